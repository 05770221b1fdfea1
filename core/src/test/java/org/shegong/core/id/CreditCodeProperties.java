package org.shegong.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

class CreditCodeProperties {

  private static final String DIGITS = "0123456789";

  /** A code with a valid check character: any head and organization code, six-digit division. */
  static String validCode(Gen gen) {
    String first17 =
        gen.string(CreditCode.ALPHABET, 2) + gen.digits(6) + gen.string(CreditCode.ALPHABET, 9);
    return first17 + CreditCode.checkCharacter(first17);
  }

  @PropertyTest
  void everyValidCodeIsAcceptedAndRoundTrips(Gen gen) {
    String raw = validCode(gen);

    CreditCode code = CreditCode.of(raw);

    assertThat(code.isValid()).isTrue();
    assertThat(CreditCode.of(code.value())).isEqualTo(code);
    assertThat(CreditCode.of(raw.toLowerCase(Locale.ROOT))).isEqualTo(code);
    assertThat(code.divisionCode()).matches("\\d{6}");
  }

  @PropertyTest
  void everySingleCharacterSubstitutionIsRejected(Gen gen) {
    String raw = validCode(gen);

    for (int position = 0; position < 18; position++) {
      String allowed = position >= 2 && position < 8 ? DIGITS : CreditCode.ALPHABET;
      for (char c : allowed.toCharArray()) {
        if (c == raw.charAt(position)) {
          continue;
        }
        String mutated = raw.substring(0, position) + c + raw.substring(position + 1);
        assertThat(CreditCode.lenient(mutated).defects())
            .as("substituting %s at %d", c, position)
            .containsExactly(CreditCodeDefect.WRONG_CHECK_CHARACTER);
      }
    }
  }

  @PropertyTest
  void strictVariantAcceptsExactlyTheCodesWithAValidOrganizationCode(Gen gen) {
    String raw = validCode(gen);

    CreditCode code = CreditCode.of(raw);

    assertThat(CreditCode.lenientStrict(raw).isValid()).isEqualTo(code.hasValidOrganizationCode());
  }
}
