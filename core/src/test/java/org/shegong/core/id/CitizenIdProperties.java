package org.shegong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

class CitizenIdProperties {

  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final String DIGITS = "0123456789";
  private static final List<String> PROVINCES =
      List.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  /** A valid 18-character citizen ID: real province, birth date 1900 to {@link #AS_OF}. */
  static String validId(Gen gen) {
    LocalDate birth =
        LocalDate.ofEpochDay(gen.between(EARLIEST_BIRTH.toEpochDay(), AS_OF.toEpochDay()));
    String first17 =
        gen.oneOf(PROVINCES)
            + gen.digits(4)
            + String.format(
                "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
            + gen.digits(3);
    return first17 + CitizenId.checkCharacter(first17);
  }

  @PropertyTest
  void everyValidIdIsAcceptedAndRoundTrips(Gen gen) {
    String raw = validId(gen);

    CitizenId id = CitizenId.of(raw, AS_OF);

    assertThat(id.isValid()).isTrue();
    assertThat(CitizenId.of(id.value(), AS_OF)).isEqualTo(id);
    assertThat(CitizenId.of(raw.toLowerCase(), AS_OF)).isEqualTo(id);
    assertThat(id.birthDate()).isBeforeOrEqualTo(AS_OF);
  }

  @PropertyTest
  void everySingleCharacterSubstitutionIsRejected(Gen gen) {
    String raw = validId(gen);

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

  @PropertyTest
  void legacyNumberConvertsToItsEighteenCharacterForm(Gen gen) {
    // a birth date in the 1900s: only those have a 15-digit form
    String raw = validId(gen);
    while (CitizenId.of(raw, AS_OF).birthDate().getYear() / 100 != 19) {
      raw = validId(gen);
    }
    CitizenId modern = CitizenId.of(raw, AS_OF);
    String legacy = raw.substring(0, 6) + raw.substring(8, 17);

    CitizenId converted = CitizenId.of(legacy, AS_OF);

    assertThat(converted).isEqualTo(modern);
    assertThat(converted.wasLegacy()).isTrue();
    assertThat(converted.defect()).contains(CitizenIdDefect.LEGACY_15_DIGIT);
  }

  @PropertyTest
  void lenientNeverThrowsAndNeverShowsTheRawText(Gen gen) {
    String raw = gen.anyString(1, 25);

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
          catchThrowableOfType(InvalidIdentifierException.class, () -> CitizenId.of(raw, AS_OF));
      assertThat(e.getMessage()).startsWith(e.ruleCode() + " ");
      assertThat(e.maskedValue()).isEqualTo(id.masked());
      if (identifying) {
        assertThat(e.getMessage()).doesNotContain(id.value());
      }
    }
  }

  @PropertyTest
  void toStringAndExceptionsNeverContainAnEighteenDigitNumber(Gen gen) {
    String raw = gen.digits(18);

    CitizenId id = CitizenId.lenient(raw, AS_OF);

    assertThat(id.toString()).doesNotContain(raw);
    if (!id.isValid()) {
      InvalidIdentifierException e =
          catchThrowableOfType(InvalidIdentifierException.class, () -> CitizenId.of(raw, AS_OF));
      assertThat(e.getMessage()).doesNotContain(raw).contains(id.masked());
    }
  }
}
