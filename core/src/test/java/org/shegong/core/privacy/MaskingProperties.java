package org.shegong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class MaskingProperties {

  @Property
  void citizenIdOfAnyOtherLengthRevealsAtMostAThirdAndNoBirthDateCharacter(
      @ForAll @NumericChars @AlphaChars @StringLength(max = 40) String raw) {
    String masked = Masking.citizenId(raw);
    assertThat(masked).hasSameSizeAs(raw);
    if (raw.length() != 18) {
      assertThat(revealed(masked)).isLessThanOrEqualTo(raw.length() / 3);
    }
    for (int i = 6; i < Math.min(14, raw.length()); i++) {
      assertThat(masked.charAt(i)).isEqualTo('*');
    }
  }

  @Property
  void phoneOfAnyOtherLengthRevealsAtMostAThird(
      @ForAll @NumericChars @StringLength(max = 30) String raw) {
    String masked = Masking.phone(raw);
    assertThat(masked).hasSameSizeAs(raw);
    if (raw.length() != 11) {
      assertThat(revealed(masked)).isLessThanOrEqualTo(raw.length() / 3);
    }
  }

  @Property
  void maskedNonEmptyValueNeverEqualsTheRawValue(
      @ForAll @NumericChars @AlphaChars @StringLength(min = 1, max = 30) String raw) {
    assertThat(Masking.citizenId(raw)).isNotEqualTo(raw);
    assertThat(Masking.phone(raw)).isNotEqualTo(raw);
    assertThat(Masking.name(raw)).isNotEqualTo(raw);
  }

  private static long revealed(String masked) {
    return masked.chars().filter(c -> c != '*').count();
  }
}
