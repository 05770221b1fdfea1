package org.shegong.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CreditCodeProperties {

  private static final String DIGITS = "0123456789";

  @Provide
  Arbitrary<String> validCodes() {
    Arbitrary<String> head = Arbitraries.strings().withChars(CreditCode.ALPHABET).ofLength(2);
    Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<String> organization =
        Arbitraries.strings().withChars(CreditCode.ALPHABET).ofLength(9);
    return Combinators.combine(head, division, organization)
        .as(
            (h, d, o) -> {
              String first17 = h + d + o;
              return first17 + CreditCode.checkCharacter(first17);
            });
  }

  @Property
  void everyValidCodeIsAcceptedAndRoundTrips(@ForAll("validCodes") String raw) {
    CreditCode code = CreditCode.of(raw);

    assertThat(code.isValid()).isTrue();
    assertThat(CreditCode.of(code.value())).isEqualTo(code);
    assertThat(CreditCode.of(raw.toLowerCase(Locale.ROOT))).isEqualTo(code);
    assertThat(code.divisionCode()).matches("\\d{6}");
  }

  @Property
  void everySingleCharacterSubstitutionIsRejected(@ForAll("validCodes") String raw) {
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

  @Property
  void strictVariantAcceptsExactlyTheCodesWithAValidOrganizationCode(
      @ForAll("validCodes") String raw) {
    CreditCode code = CreditCode.of(raw);

    assertThat(CreditCode.lenientStrict(raw).isValid()).isEqualTo(code.hasValidOrganizationCode());
  }
}
