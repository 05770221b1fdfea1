package org.shegong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  @Test
  void acceptsElevenDigitMobileNumber() {
    MobileNumber number = MobileNumber.of("13800138000");

    assertThat(number.isValid()).isTrue();
    assertThat(number.defect()).isEmpty();
    assertThat(number.value()).isEqualTo("13800138000");
    assertThat(number.masked()).isEqualTo("138****8000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+86 138-0013-8000",
        "+8613800138000",
        "8613800138000",
        "86 138 0013 8000",
        " 138 0013 8000 ",
        "138\u30000013\u30008000"
      })
  void stripsSeparatorsAndCountryPrefix(String raw) {
    assertThat(MobileNumber.of(raw)).isEqualTo(MobileNumber.of("13800138000"));
    assertThat(MobileNumber.of(raw).value()).isEqualTo("13800138000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12800138000",
        "10800138000",
        "23800138000",
        "1380013800",
        "138001380001",
        "1380013800a",
        "008613800138000",
        "(138)00138000"
      })
  void rejectsNonMobileNumbers(String raw) {
    MobileNumber number = MobileNumber.lenient(raw);

    assertThat(number.isValid()).isFalse();
    assertThat(number.defects()).containsExactly(MobileNumberDefect.WRONG_FORMAT);
    assertThatThrownBy(() -> MobileNumber.of(raw))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageStartingWith("SG-TEL-001 ");
  }

  @Test
  void exceptionAndToStringNeverShowTheRawNumber() {
    String raw = "12800138000";

    assertThatThrownBy(() -> MobileNumber.of(raw))
        .hasMessageContaining("128****8000")
        .hasMessageNotContaining(raw);
    assertThat(MobileNumber.of("13800138000").toString())
        .isEqualTo("138****8000")
        .doesNotContain("13800138000");
  }
}
