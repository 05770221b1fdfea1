package org.shegong.core.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.core.id.CitizenId;

class ChildAgeTest {

  private static final LocalDate BIRTH = LocalDate.of(2010, 6, 15);

  @Test
  void computesCompletedYearsFromTheBirthDate() {
    ChildAge age =
        ChildAge.of(
            Optional.of(BIRTH), Optional.of(Kids.idBornOn(BIRTH)), LocalDate.of(2024, 6, 14));

    assertThat(age.years()).hasValue(13);
    assertThat(age.source()).isEqualTo(AgeSource.BIRTH_DATE);
    assertThat(age.mismatch()).isFalse();
    assertThat(age.known()).isTrue();
  }

  @Test
  void isOneYearOlderOnTheBirthday() {
    ChildAge age = ChildAge.of(Optional.of(BIRTH), Optional.empty(), LocalDate.of(2024, 6, 15));

    assertThat(age.years()).hasValue(14);
  }

  @Test
  void isUnder18UpToTheDayBeforeThe18thBirthday() {
    LocalDate eighteenth = BIRTH.plusYears(18);

    assertThat(
            ChildAge.of(Optional.of(BIRTH), Optional.empty(), eighteenth.minusDays(1)).isUnder(18))
        .contains(true);
    assertThat(ChildAge.of(Optional.of(BIRTH), Optional.empty(), eighteenth).isUnder(18))
        .contains(false);
  }

  @Test
  void aChildBornOn29FebruaryTurnsOlderOn1MarchInOtherYears() {
    LocalDate leap = LocalDate.of(2008, 2, 29);

    assertThat(ChildAge.of(Optional.of(leap), Optional.empty(), LocalDate.of(2024, 2, 28)).years())
        .hasValue(15);
    assertThat(ChildAge.of(Optional.of(leap), Optional.empty(), LocalDate.of(2025, 2, 28)).years())
        .hasValue(16);
    assertThat(ChildAge.of(Optional.of(leap), Optional.empty(), LocalDate.of(2026, 2, 28)).years())
        .hasValue(17);
    assertThat(ChildAge.of(Optional.of(leap), Optional.empty(), LocalDate.of(2026, 3, 1)).years())
        .hasValue(18);
  }

  @Test
  void usesTheCitizenIdWhenNoBirthDateIsGiven() {
    ChildAge age =
        ChildAge.of(Optional.empty(), Optional.of(Kids.idBornOn(BIRTH)), LocalDate.of(2024, 6, 15));

    assertThat(age.source()).isEqualTo(AgeSource.CITIZEN_ID);
    assertThat(age.years()).hasValue(14);
    assertThat(age.birthDate()).contains(BIRTH);
    assertThat(age.mismatch()).isFalse();
  }

  @Test
  void reportsAMismatchAndKeepsTheBirthDateWhenTheIdDisagrees() {
    LocalDate other = BIRTH.plusDays(1);
    ChildAge age =
        ChildAge.of(
            Optional.of(BIRTH), Optional.of(Kids.idBornOn(other)), LocalDate.of(2024, 6, 15));

    assertThat(age.mismatch()).isTrue();
    assertThat(age.source()).isEqualTo(AgeSource.BIRTH_DATE);
    assertThat(age.birthDate()).contains(BIRTH);
    assertThat(age.idBirthDate()).contains(other);
    assertThat(age.years()).hasValue(14);
  }

  @Test
  void ignoresAnIdWithAWrongCheckCharacter() {
    String first17 = "11010120100615001";
    char wrong = CitizenId.checkCharacter(first17) == '0' ? '1' : '0';
    CitizenId broken = CitizenId.lenient(first17 + wrong, BIRTH);

    ChildAge withoutBirthDate =
        ChildAge.of(Optional.empty(), Optional.of(broken), LocalDate.of(2024, 6, 15));
    ChildAge withBirthDate =
        ChildAge.of(Optional.of(BIRTH.plusDays(3)), Optional.of(broken), LocalDate.of(2024, 6, 15));

    assertThat(withoutBirthDate.known()).isFalse();
    assertThat(withoutBirthDate.source()).isEqualTo(AgeSource.NONE);
    assertThat(withBirthDate.mismatch()).isFalse();
  }

  @Test
  void isUnknownWithoutBirthDateOrId() {
    ChildAge age = ChildAge.of(Optional.empty(), Optional.empty(), LocalDate.of(2024, 6, 15));

    assertThat(age.years()).isEmpty();
    assertThat(age.isUnder(18)).isEmpty();
    assertThat(age.source()).isEqualTo(AgeSource.NONE);
  }

  @Test
  void isUnknownWhenBornAfterTheReferenceDate() {
    ChildAge age = ChildAge.of(Optional.of(BIRTH), Optional.empty(), BIRTH.minusDays(1));

    assertThat(age.known()).isFalse();
    assertThat(age.bornAfterAsOf()).isTrue();
  }

  @Test
  void readsTheIdBirthDateEvenWhenTheIdWasParsedAgainstAnEarlierDate() {
    // parsed against a date before the birth: invalid for that date, usable for a later asOf
    CitizenId id = CitizenId.lenient(Kids.idBornOn(BIRTH).value(), BIRTH.minusYears(1));

    ChildAge age = ChildAge.of(Optional.empty(), Optional.of(id), LocalDate.of(2024, 6, 15));

    assertThat(age.years()).hasValue(14);
  }

  @Test
  void neverPrintsTheIdOrBirthDate() {
    ChildAge age = ChildAge.of(Kids.child(BIRTH).build(), LocalDate.of(2024, 6, 15));

    assertThat(age.toString())
        .doesNotContain(Kids.idBornOn(BIRTH).value())
        .doesNotContain("2010")
        .contains("years=14");
  }
}
