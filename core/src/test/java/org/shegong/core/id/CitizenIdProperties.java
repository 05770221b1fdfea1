package org.shegong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class CitizenIdProperties {

  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  private static final String DIGITS = "0123456789";

  @Provide
  Arbitrary<String> validIds() {
    Arbitrary<String> province =
        Arbitraries.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
            "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");
    Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(4);
    Arbitrary<LocalDate> birth =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), AS_OF.toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
    return Combinators.combine(province, rest, birth, sequence)
        .as(
            (p, r, b, s) -> {
              String first17 =
                  p
                      + r
                      + String.format(
                          "%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth())
                      + s;
              return first17 + CitizenId.checkCharacter(first17);
            });
  }

  @Property
  void everyValidIdIsAcceptedAndRoundTrips(@ForAll("validIds") String raw) {
    CitizenId id = CitizenId.of(raw, AS_OF);

    assertThat(id.isValid()).isTrue();
    assertThat(CitizenId.of(id.value(), AS_OF)).isEqualTo(id);
    assertThat(CitizenId.of(raw.toLowerCase(), AS_OF)).isEqualTo(id);
    assertThat(id.birthDate()).isBeforeOrEqualTo(AS_OF);
  }

  @Property
  void everySingleCharacterSubstitutionIsRejected(@ForAll("validIds") String raw) {
    for (int position = 0; position < 18; position++) {
      String allowed = position == 17 ? DIGITS + "X" : DIGITS;
      for (char c : allowed.toCharArray()) {
        if (c == raw.charAt(position)) {
          continue;
        }
        String mutated = raw.substring(0, position) + c + raw.substring(position + 1);
        CitizenId id = CitizenId.lenient(mutated, AS_OF);
        assertThat(id.isValid()).as("substituting %s at %d", c, position).isFalse();
        // MOD 11-2 catches every single substitution on its own, whatever else is wrong
        assertThat(id.defects())
            .as("substituting %s at %d", c, position)
            .contains(CitizenIdDefect.WRONG_CHECK_CHARACTER);
      }
    }
  }

  @Property
  void legacyNumberConvertsToItsEighteenCharacterForm(@ForAll("validIds") String raw) {
    CitizenId modern = CitizenId.of(raw, AS_OF);
    if (modern.birthDate().getYear() / 100 != 19) {
      return;
    }
    String legacy = raw.substring(0, 6) + raw.substring(8, 17);

    CitizenId converted = CitizenId.of(legacy, AS_OF);

    assertThat(converted).isEqualTo(modern);
    assertThat(converted.wasLegacy()).isTrue();
    assertThat(converted.defect()).contains(CitizenIdDefect.LEGACY_15_DIGIT);
  }

  @Property
  void lenientNeverThrowsAndNeverShowsTheRawText(
      @ForAll @StringLength(min = 1, max = 25) String raw) {
    CitizenId id = CitizenId.lenient(raw, AS_OF);

    // Very short values may occur in any text by chance ("(" in a message template), so the
    // "never shown" check applies from six characters on; the masked form is always what is shown.
    boolean identifying = id.value().length() >= 6 && !id.value().contains("*");
    assertThat(id.toString()).isEqualTo(id.masked());
    if (identifying) {
      assertThat(id.toString()).doesNotContain(id.value());
    }
    if (!id.isValid()) {
      InvalidIdentifierException e =
          catchThrowableOfType(() -> CitizenId.of(raw, AS_OF), InvalidIdentifierException.class);
      assertThat(e.getMessage()).startsWith(e.ruleCode() + " ");
      assertThat(e.maskedValue()).isEqualTo(id.masked());
      if (identifying) {
        assertThat(e.getMessage()).doesNotContain(id.value());
      }
    }
  }

  @Property
  void toStringAndExceptionsNeverContainAnEighteenDigitNumber(
      @ForAll("eighteenDigits") String raw) {
    CitizenId id = CitizenId.lenient(raw, AS_OF);

    assertThat(id.toString()).doesNotContain(raw);
    if (!id.isValid()) {
      InvalidIdentifierException e =
          catchThrowableOfType(() -> CitizenId.of(raw, AS_OF), InvalidIdentifierException.class);
      assertThat(e.getMessage()).doesNotContain(raw).contains(id.masked());
    }
  }

  @Provide
  Arbitrary<String> eighteenDigits() {
    return Arbitraries.strings().numeric().ofLength(18);
  }
}
