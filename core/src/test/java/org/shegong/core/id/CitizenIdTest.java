package org.shegong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.ShegongException;
import org.shegong.core.code.Sex;
import org.shegong.core.issue.Severity;

class CitizenIdTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 24);
  private static final String PUBLISHED = "11010519491231002X";

  /** Builds a number with the right check character from its first 17 digits. */
  private static String withCheck(String first17) {
    return first17 + CitizenId.checkCharacter(first17);
  }

  @Test
  void acceptsPublishedExampleAndDerivesItsParts() {
    CitizenId id = CitizenId.of(PUBLISHED);

    assertThat(id.isValid()).isTrue();
    assertThat(id.defect()).isEmpty();
    assertThat(id.defects()).isEmpty();
    assertThat(id.value()).isEqualTo(PUBLISHED);
    assertThat(id.addressCode()).isEqualTo("110105");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sequence()).isEqualTo("002");
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.wasLegacy()).isFalse();
  }

  @Test
  void computesPublishedCheckCharacter() {
    assertThat(CitizenId.checkCharacter("11010519491231002")).isEqualTo('X');
  }

  @Test
  void computesCheckCharacterOneForAllZeroDigits() {
    // Σ = 0, remainder 0 → '1'
    assertThat(CitizenId.checkCharacter("00000000000000000")).isEqualTo('1');
  }

  @Test
  void normalisesLowerCaseXToUpperCase() {
    CitizenId id = CitizenId.of("11010519491231002x");

    assertThat(id.value()).isEqualTo(PUBLISHED);
    assertThat(id).isEqualTo(CitizenId.of(PUBLISHED));
  }

  @Test
  void stripsSurroundingWhiteSpaceIncludingIdeographicSpace() {
    assertThat(CitizenId.of("  11010519491231002X\u3000\t").value()).isEqualTo(PUBLISHED);
  }

  @Test
  void derivesMaleFromOddSequence() {
    assertThat(CitizenId.of(withCheck("11010519491231001")).sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void rejectsIdNumberWithWrongCheckCharacter() {
    String raw = "110105194912310021";

    InvalidIdentifierException e =
        catchThrowableOfType(() -> CitizenId.of(raw), InvalidIdentifierException.class);

    assertThat(e.ruleCode()).isEqualTo("SG-CID-004");
    assertThat(e.defect()).isEqualTo(CitizenIdDefect.WRONG_CHECK_CHARACTER);
    assertThat(e.getMessage()).startsWith("SG-CID-004 ").contains("MOD 11-2");
    assertThat(e.getMessage()).contains("110105********0021").doesNotContain(raw);
    assertThat(e.maskedValue()).isEqualTo("110105********0021");
    assertThat(e).isInstanceOf(ShegongException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1101051949123100",
        "1101051949123100201",
        "11010519491231002A",
        "1101051949123100X2",
        "11010519491231OO2X",
        "１１０１０５１９４９１２３１００２Ｘ",
        "11010549123100",
        "11010549123100A"
      })
  void rejectsWrongLengthOrCharacters(String raw) {
    CitizenId id = CitizenId.lenient(raw, AS_OF);

    assertThat(id.isValid()).isFalse();
    assertThat(id.defects()).containsExactly(CitizenIdDefect.WRONG_FORMAT);
    assertThatThrownBy(() -> CitizenId.of(raw, AS_OF))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageStartingWith("SG-CID-001 ");
  }

  @Test
  void acceptsExactlyTheListedProvinceCodes() {
    Set<Integer> provinces =
        Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
            51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);
    for (int p = 0; p < 100; p++) {
      String raw = withCheck(String.format("%02d0105194912310%02d", p, 2).substring(0, 17));
      CitizenId id = CitizenId.lenient(raw, AS_OF);
      if (provinces.contains(p)) {
        assertThat(id.isValid()).as("province %02d", p).isTrue();
      } else {
        assertThat(id.defects())
            .as("province %02d", p)
            .containsExactly(CitizenIdDefect.UNKNOWN_PROVINCE);
      }
    }
  }

  @Test
  void acceptsTwentyNinthOfFebruaryInLeapYears() {
    assertThat(CitizenId.of(withCheck("11010520000229001"), AS_OF).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(CitizenId.of(withCheck("11010520080229002"), AS_OF).birthDate())
        .isEqualTo(LocalDate.of(2008, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519000229001", // 1900 is not a leap year
        "11010520010229001",
        "11010519490230002",
        "11010519491301002",
        "11010519491200002",
        "11010519490431002",
        "11010519490100002"
      })
  void rejectsBirthDateThatIsNotARealDate(String first17) {
    CitizenId id = CitizenId.lenient(withCheck(first17), AS_OF);

    assertThat(id.defects()).containsExactly(CitizenIdDefect.INVALID_BIRTH_DATE);
    assertThatThrownBy(() -> CitizenId.of(withCheck(first17), AS_OF))
        .hasMessageStartingWith("SG-CID-003 ");
  }

  @Test
  void rejectsBirthDateAfterTheReferenceDate() {
    String raw = withCheck("11010520240625001");

    assertThat(CitizenId.lenient(raw, AS_OF).defects())
        .containsExactly(CitizenIdDefect.BIRTH_DATE_IN_FUTURE);
    assertThatThrownBy(() -> CitizenId.of(raw, AS_OF)).hasMessageStartingWith("SG-CID-005 ");
  }

  @Test
  void acceptsBirthDateOnTheReferenceDate() {
    assertThat(CitizenId.lenient(withCheck("11010520240624001"), AS_OF).isValid()).isTrue();
  }

  @Test
  void strictFactoryChecksBirthDateAgainstTodayByDefault() {
    String raw = withCheck("11010529991231001");

    assertThatThrownBy(() -> CitizenId.of(raw)).hasMessageStartingWith("SG-CID-005 ");
    assertThat(CitizenId.lenient(raw).defect()).contains(CitizenIdDefect.BIRTH_DATE_IN_FUTURE);
  }

  @Test
  void reportsEveryIndependentDefectInCheckOrder() {
    // province 99, 30 February, wrong check character
    CitizenId id = CitizenId.lenient("990105194902300020", AS_OF);

    assertThat(id.defects())
        .containsExactly(
            CitizenIdDefect.UNKNOWN_PROVINCE,
            CitizenIdDefect.INVALID_BIRTH_DATE,
            CitizenIdDefect.WRONG_CHECK_CHARACTER);
    assertThat(id.defect()).contains(CitizenIdDefect.UNKNOWN_PROVINCE);
  }

  @Test
  void countsAgeInCompletedYearsAroundTheBirthday() {
    CitizenId id = CitizenId.of(PUBLISHED);

    assertThat(id.ageOn(LocalDate.of(2024, 12, 30))).isEqualTo(74);
    assertThat(id.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(75);
    assertThat(id.ageOn(LocalDate.of(1949, 12, 31))).isZero();
  }

  @Test
  void countsTwentyNinthOfFebruaryBirthdayOnFirstOfMarchInNonLeapYears() {
    CitizenId id = CitizenId.of(withCheck("11010520080229002"), AS_OF);

    assertThat(id.ageOn(LocalDate.of(2009, 2, 28))).isZero();
    assertThat(id.ageOn(LocalDate.of(2009, 3, 1))).isEqualTo(1);
    assertThat(id.ageOn(LocalDate.of(2012, 2, 28))).isEqualTo(3);
    assertThat(id.ageOn(LocalDate.of(2012, 2, 29))).isEqualTo(4);
  }

  @Test
  void refusesAgeOnADateBeforeBirth() {
    CitizenId id = CitizenId.of(PUBLISHED);

    assertThatThrownBy(() -> id.ageOn(LocalDate.of(1949, 12, 30)))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageStartingWith("SG-CID-005 ")
        .hasMessageNotContaining(PUBLISHED);
  }

  @Test
  void convertsLegacyFifteenDigitNumberAndFlagsIt() {
    CitizenId id = CitizenId.of("110105491231002", AS_OF);

    assertThat(id.value()).isEqualTo(PUBLISHED);
    assertThat(id.isValid()).isTrue();
    assertThat(id.wasLegacy()).isTrue();
    assertThat(id.defect()).contains(CitizenIdDefect.LEGACY_15_DIGIT);
    assertThat(id.defects()).containsExactly(CitizenIdDefect.LEGACY_15_DIGIT);
    assertThat(CitizenIdDefect.LEGACY_15_DIGIT.severity()).isEqualTo(Severity.WARNING);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id).isEqualTo(CitizenId.of(PUBLISHED)).hasSameHashCodeAs(CitizenId.of(PUBLISHED));
  }

  @Test
  void reportsErrorBeforeLegacyWarningForBrokenLegacyNumber() {
    CitizenId id = CitizenId.lenient("110105490230002", AS_OF);

    assertThat(id.isValid()).isFalse();
    assertThat(id.wasLegacy()).isTrue();
    assertThat(id.defects())
        .containsExactly(CitizenIdDefect.LEGACY_15_DIGIT, CitizenIdDefect.INVALID_BIRTH_DATE);
    assertThat(id.defect()).contains(CitizenIdDefect.INVALID_BIRTH_DATE);
    assertThat(id.value()).isEqualTo("110105490230002");
  }

  @Test
  void keepsMalformedTextForReporting() {
    CitizenId id = CitizenId.lenient(" 1101-0519491231 ", AS_OF);

    assertThat(id.value()).isEqualTo("1101-0519491231");
    assertThat(id.defect()).contains(CitizenIdDefect.WRONG_FORMAT);
  }

  @Test
  void derivedAccessorsOnInvalidNumberThrowWithTheDefect() {
    CitizenId id = CitizenId.lenient("110105194912310021", AS_OF);

    assertThatThrownBy(id::birthDate)
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> assertThat(e.defect()).isEqualTo(CitizenIdDefect.WRONG_CHECK_CHARACTER));
    assertThatThrownBy(id::addressCode).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(id::sex).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(id::sequence).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(() -> id.ageOn(AS_OF)).isInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void toStringShowsOnlyTheMaskedValue() {
    CitizenId valid = CitizenId.of(PUBLISHED);
    CitizenId invalid = CitizenId.lenient("110105194912310021", AS_OF);

    assertThat(valid.toString()).isEqualTo("110105********002X").doesNotContain(PUBLISHED);
    assertThat(valid.masked()).isEqualTo("110105********002X");
    assertThat(invalid.toString()).doesNotContain("110105194912310021");
  }

  @Test
  void checkCharacterHelperRejectsAnythingButSeventeenDigits() {
    assertThatThrownBy(() -> CitizenId.checkCharacter("1101051949123100"))
        .hasMessageStartingWith("SG-CID-001 ");
    assertThatThrownBy(() -> CitizenId.checkCharacter("1101051949123100A"))
        .hasMessageStartingWith("SG-CID-001 ");
  }

  @Test
  void everyDefectHasRuleCodeSeverityAndBothDescriptions() {
    for (CitizenIdDefect d : CitizenIdDefect.values()) {
      assertThat(d.ruleCode()).matches("SG-CID-00[1-6]");
      assertThat(d.descriptionEn()).isNotBlank();
      assertThat(d.descriptionZh()).isNotBlank();
      assertThat(d.severity())
          .isEqualTo(d == CitizenIdDefect.LEGACY_15_DIGIT ? Severity.WARNING : Severity.ERROR);
    }
  }
}
