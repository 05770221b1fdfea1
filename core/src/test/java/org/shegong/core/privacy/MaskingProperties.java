package org.shegong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

class MaskingProperties {

  private static final String ALPHANUMERIC = Gen.DIGITS + Gen.LETTERS;

  @PropertyTest
  void citizenIdOfAnyOtherLengthRevealsAtMostAThirdAndNoBirthDateCharacter(Gen gen) {
    String raw = gen.string(ALPHANUMERIC, 0, 40);

    String masked = Masking.citizenId(raw);

    assertThat(masked).hasSameSizeAs(raw);
    if (raw.length() != 18) {
      assertThat(revealed(masked)).isLessThanOrEqualTo(raw.length() / 3);
    }
    for (int i = 6; i < Math.min(14, raw.length()); i++) {
      assertThat(masked.charAt(i)).isEqualTo('*');
    }
  }

  @PropertyTest
  void phoneOfAnyOtherLengthRevealsAtMostAThird(Gen gen) {
    String raw = gen.string(Gen.DIGITS, 0, 30);

    String masked = Masking.phone(raw);

    assertThat(masked).hasSameSizeAs(raw);
    if (raw.length() != 11) {
      assertThat(revealed(masked)).isLessThanOrEqualTo(raw.length() / 3);
    }
  }

  @PropertyTest
  void maskedNonEmptyValueNeverEqualsTheRawValue(Gen gen) {
    String raw = gen.string(ALPHANUMERIC, 1, 30);

    assertThat(Masking.citizenId(raw)).isNotEqualTo(raw);
    assertThat(Masking.phone(raw)).isNotEqualTo(raw);
    assertThat(Masking.name(raw)).isNotEqualTo(raw);
  }

  private static long revealed(String masked) {
    return masked.chars().filter(c -> c != '*').count();
  }
}
