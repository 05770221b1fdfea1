package org.shegong.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InFlightTest {

  @Test
  void sixteenChunksAtLeastAndTwoMoreThanTheThreadsOnManyCores() {
    assertThat(Engine.inFlight(1)).isEqualTo(Engine.MIN_IN_FLIGHT).isEqualTo(16);
    assertThat(Engine.inFlight(2)).isEqualTo(16);
    assertThat(Engine.inFlight(14)).isEqualTo(16);
    assertThat(Engine.inFlight(15)).isEqualTo(17);
    assertThat(Engine.inFlight(64)).isEqualTo(66);
  }
}
