package org.shegong.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shegong.core.code.UnknownCodeException;

class ExclusionReasonTest {

  @Test
  void findsEveryReasonByItsCode() {
    for (ExclusionReason reason : ExclusionReason.values()) {
      assertThat(ExclusionReason.ofCode(reason.code())).isSameAs(reason);
      assertThat(reason.labelZh()).isNotBlank();
      assertThat(reason.labelEn()).isNotBlank();
    }
  }

  @Test
  void rejectsAnUnknownCode() {
    assertThatThrownBy(() -> ExclusionReason.ofCode("SUSPENDED"))
        .isInstanceOf(UnknownCodeException.class);
  }
}
