package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void limitsWithTheSameValuesAreEqualAndHashAlike() {
    Limits a = Limits.defaults().withMaxIssuesPerRecord(7);
    Limits b =
        new Limits(
            Limits.DEFAULT_MAX_LINE_LENGTH,
            Limits.DEFAULT_MAX_NESTING_DEPTH,
            Limits.DEFAULT_MAX_STRING_LENGTH,
            Limits.DEFAULT_MAX_NUMBER_LENGTH,
            7);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Limits.defaults())
        .isEqualTo(Limits.defaults().withMaxLineLength(Limits.DEFAULT_MAX_LINE_LENGTH));
  }

  @Test
  void limitsThatDifferInAnyValueAreNotEqual() {
    Limits base = Limits.defaults();
    List<Limits> others =
        List.of(
            base.withMaxLineLength(10),
            base.withMaxNestingDepth(3),
            base.withMaxStringLength(20),
            base.withMaxNumberLength(5),
            base.withMaxIssuesPerRecord(1));
    for (Limits other : others) {
      assertThat(other).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(other);
    }
    assertThat(others).doesNotHaveDuplicates();
    assertThat(base).isNotEqualTo(null).isNotEqualTo("limits");
  }
}
