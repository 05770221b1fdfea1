package org.shegong.core.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.core.code.QualificationLevel.ASSISTANT_SOCIAL_WORKER;
import static org.shegong.core.code.QualificationLevel.SENIOR_SOCIAL_WORKER;
import static org.shegong.core.code.QualificationLevel.SOCIAL_WORKER;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shegong.core.ShegongException;
import org.shegong.core.code.QualificationLevel;

class QualificationPolicyTest {

  private static final QualificationPolicy NATIONAL = QualificationPolicy.defaults();
  private static final LocalDate OBTAINED = LocalDate.of(2023, 6, 10);

  private static RegistrationStatus statusOn(Optional<LocalDate> until, LocalDate asOf) {
    return NATIONAL.assessRegistration(SOCIAL_WORKER, OBTAINED, until, asOf).status();
  }

  @Test
  void defaultsAreTheNationalRules() {
    assertThat(NATIONAL.name()).isEqualTo("national rules");
    assertThat(NATIONAL.nameEn()).isEqualTo("national rules");
    assertThat(NATIONAL.nameZh()).isEqualTo("国家规定（民政部）");
    assertThat(NATIONAL.firstRegistrationDeadline()).isEqualTo(Period.ofYears(1));
    assertThat(NATIONAL.registrationValidity()).isEqualTo(Period.ofYears(3));
    assertThat(NATIONAL.renewalWindow()).isEqualTo(Period.ofMonths(3));
    assertThat(NATIONAL.continuingEducationHours())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ASSISTANT_SOCIAL_WORKER, 72, SOCIAL_WORKER, 90, SENIOR_SOCIAL_WORKER, 90));
    assertThat(QualificationPolicy.builder().build()).isEqualTo(NATIONAL);
  }

  @Nested
  class FirstRegistration {

    @Test
    void deadlineIsTheDayBeforeTheAnniversaryOfObtaining() {
      assertThat(NATIONAL.firstRegistrationLastDay(OBTAINED)).isEqualTo(LocalDate.of(2024, 6, 9));
    }

    @Test
    void isStillInTimeOnTheDeadlineDay() {
      RegistrationAssessment assessment =
          NATIONAL.assessRegistration(
              SOCIAL_WORKER, OBTAINED, Optional.empty(), LocalDate.of(2024, 6, 9));
      assertThat(assessment.status())
          .isEqualTo(RegistrationStatus.NOT_YET_REGISTERED_WITHIN_DEADLINE);
      assertThat(assessment.ruleCode()).contains("SG-QUA-006");
      assertThat(assessment.expiresOn()).isEmpty();
      assertThat(assessment.renewalWindowOpensOn()).isEmpty();
    }

    @Test
    void isOverdueTheDayAfterTheDeadline() {
      RegistrationAssessment assessment =
          NATIONAL.assessRegistration(
              SOCIAL_WORKER, OBTAINED, Optional.empty(), LocalDate.of(2024, 6, 10));
      assertThat(assessment.status()).isEqualTo(RegistrationStatus.FIRST_REGISTRATION_OVERDUE);
      assertThat(assessment.messageEn())
          .startsWith("SG-QUA-001 ")
          .contains("2024-06-09", "first-registration deadline 1 year", "'national rules'");
      assertThat(assessment.messageZh())
          .startsWith("SG-QUA-001 ")
          .contains("资格政策「国家规定（民政部）」首次登记期限1年");
    }

    @Test
    void isInTimeOnTheDayOfObtaining() {
      assertThat(statusOn(Optional.empty(), OBTAINED))
          .isEqualTo(RegistrationStatus.NOT_YET_REGISTERED_WITHIN_DEADLINE);
    }
  }

  @Nested
  class ValidityAndRenewal {

    private final Optional<LocalDate> until = Optional.of(LocalDate.of(2026, 6, 30));

    @Test
    void isRegisteredOnTheLastValidDay() {
      RegistrationAssessment assessment =
          NATIONAL.assessRegistration(SOCIAL_WORKER, OBTAINED, until, LocalDate.of(2026, 6, 30));
      assertThat(assessment.status()).isEqualTo(RegistrationStatus.RENEWAL_WINDOW_OPEN);
      assertThat(assessment.status().registered()).isTrue();
      assertThat(assessment.expiresOn()).contains(LocalDate.of(2026, 7, 1));
    }

    @Test
    void isExpiredTheDayAfterTheLastValidDay() {
      RegistrationAssessment assessment =
          NATIONAL.assessRegistration(SOCIAL_WORKER, OBTAINED, until, LocalDate.of(2026, 7, 1));
      assertThat(assessment.status()).isEqualTo(RegistrationStatus.EXPIRED);
      assertThat(assessment.status().registered()).isFalse();
      assertThat(assessment.messageEn())
          .startsWith("SG-QUA-002 registration expired on 2026-07-01")
          .contains("registration validity 3 years");
      assertThat(assessment.messageZh()).startsWith("SG-QUA-002 ").contains("登记有效期3年");
    }

    @Test
    void windowCoversTheThreeCalendarMonthsBeforeExpiry() {
      assertThat(NATIONAL.renewalWindowOpensOn(LocalDate.of(2026, 6, 30)))
          .isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(statusOn(until, LocalDate.of(2026, 3, 31))).isEqualTo(RegistrationStatus.VALID);
      assertThat(statusOn(until, LocalDate.of(2026, 4, 1)))
          .isEqualTo(RegistrationStatus.RENEWAL_WINDOW_OPEN);
    }

    @Test
    void windowOpensThreeMonthsBeforeTheExpiryDayMidMonth() {
      Optional<LocalDate> midMonth = Optional.of(LocalDate.of(2026, 6, 15));
      assertThat(NATIONAL.renewalWindowOpensOn(midMonth.get()))
          .isEqualTo(LocalDate.of(2026, 3, 16));
      assertThat(statusOn(midMonth, LocalDate.of(2026, 3, 15))).isEqualTo(RegistrationStatus.VALID);
      assertThat(statusOn(midMonth, LocalDate.of(2026, 3, 16)))
          .isEqualTo(RegistrationStatus.RENEWAL_WINDOW_OPEN);
    }

    @Test
    void validAssessmentNamesTheWindowAndThePolicy() {
      RegistrationAssessment assessment =
          NATIONAL.assessRegistration(SOCIAL_WORKER, OBTAINED, until, LocalDate.of(2025, 1, 1));
      assertThat(assessment.status()).isEqualTo(RegistrationStatus.VALID);
      assertThat(assessment.ruleCode()).isEmpty();
      assertThat(assessment.renewalWindowOpensOn()).contains(LocalDate.of(2026, 4, 1));
      assertThat(assessment.messageEn())
          .isEqualTo(
              "registration valid until 2026-06-30; renewal window (3 months under qualification"
                  + " policy 'national rules') opens 2026-04-01");
    }

    @Test
    void aRenewedRegistrationReachingBeyondTheFirstPeriodIsValid() {
      // obtained 2015, registered 2015-2018, renewed twice: valid until 2024-08-31
      RegistrationAssessment assessment =
          NATIONAL.assessRegistration(
              SENIOR_SOCIAL_WORKER,
              LocalDate.of(2015, 6, 20),
              Optional.of(LocalDate.of(2024, 8, 31)),
              LocalDate.of(2023, 1, 1));
      assertThat(assessment.status()).isEqualTo(RegistrationStatus.VALID);
    }

    @Test
    void aLongerWindowOfALocalPolicyOpensEarlierAndIsNamed() {
      QualificationPolicy local =
          QualificationPolicy.builder().name("某省 2025").renewalWindow(Period.ofMonths(6)).build();
      RegistrationAssessment assessment =
          local.assessRegistration(SOCIAL_WORKER, OBTAINED, until, LocalDate.of(2026, 1, 1));
      assertThat(assessment.status()).isEqualTo(RegistrationStatus.RENEWAL_WINDOW_OPEN);
      assertThat(assessment.messageEn())
          .startsWith("SG-QUA-005 ")
          .contains("6 months before expiry under qualification policy '某省 2025'");
      assertThat(assessment.messageZh()).contains("资格政策「某省 2025」有效期满前6个月");
      assertThat(local.registrationValidity()).isEqualTo(Period.ofYears(3));
    }
  }

  @Nested
  class Inconsistency {

    @Test
    void registeredUntilBeforeObtainingIsInconsistentButOnTheDayItIsNot() {
      assertThat(statusOn(Optional.of(OBTAINED.minusDays(1)), LocalDate.of(2023, 7, 1)))
          .isEqualTo(RegistrationStatus.INCONSISTENT);
      assertThat(statusOn(Optional.of(OBTAINED), LocalDate.of(2023, 7, 1)))
          .isEqualTo(RegistrationStatus.EXPIRED);
    }

    @Test
    void aReferenceDateBeforeObtainingIsInconsistent() {
      RegistrationAssessment assessment =
          NATIONAL.assessRegistration(
              SOCIAL_WORKER, OBTAINED, Optional.empty(), OBTAINED.minusDays(1));
      assertThat(assessment.status()).isEqualTo(RegistrationStatus.INCONSISTENT);
      assertThat(assessment.messageEn())
          .startsWith("SG-QUA-003 ")
          .contains("after the reference date");
    }

    @Test
    void registeredUntilBeyondWhatAnyRegistrationByTheReferenceDateReachesIsInconsistent() {
      LocalDate asOf = LocalDate.of(2024, 1, 15);
      LocalDate latest = NATIONAL.latestReachableUntil(asOf);
      assertThat(latest).isEqualTo(LocalDate.of(2027, 4, 15));
      assertThat(statusOn(Optional.of(latest), asOf)).isEqualTo(RegistrationStatus.VALID);
      RegistrationAssessment beyond =
          NATIONAL.assessRegistration(
              SOCIAL_WORKER, OBTAINED, Optional.of(latest.plusDays(1)), asOf);
      assertThat(beyond.status()).isEqualTo(RegistrationStatus.INCONSISTENT);
      assertThat(beyond.messageEn())
          .contains("renewal window 3 months plus registration validity 3 years");
    }
  }

  @Nested
  class ContinuingEducation {

    @ParameterizedTest
    @CsvSource({
      "ASSISTANT_SOCIAL_WORKER, 71, false",
      "ASSISTANT_SOCIAL_WORKER, 72, true",
      "SOCIAL_WORKER, 89, false",
      "SOCIAL_WORKER, 90, true",
      "SENIOR_SOCIAL_WORKER, 89, false",
      "SENIOR_SOCIAL_WORKER, 90, true"
    })
    void meetsTheRequirementFromTheRequiredHoursOn(
        QualificationLevel level, int hours, boolean met) {
      ContinuingEducationCheck check = NATIONAL.checkContinuingEducation(level, hours);
      assertThat(check.met()).isEqualTo(met);
      assertThat(check.shortfall()).isEqualTo(met ? 0 : 1);
      assertThat(check.ruleCode()).isEqualTo(met ? Optional.empty() : Optional.of("SG-QUA-004"));
    }

    @Test
    void shortfallMessageNamesTheRequiredHoursAndThePolicy() {
      ContinuingEducationCheck check =
          NATIONAL.checkContinuingEducation(ASSISTANT_SOCIAL_WORKER, 60);
      assertThat(check.messageEn())
          .startsWith("SG-QUA-004 60 h recorded, 12 h short")
          .contains("requires 72 h per registration period under qualification policy");
      assertThat(check.messageZh()).contains("初级每个登记有效期内继续教育不少于72学时");
    }

    @Test
    void assessmentCarriesTheCheckWhenHoursAreGiven() {
      RegistrationAssessment assessment =
          NATIONAL.assessRegistration(
              SOCIAL_WORKER,
              OBTAINED,
              Optional.of(LocalDate.of(2026, 6, 30)),
              LocalDate.of(2026, 5, 1),
              OptionalInt.of(89));
      assertThat(assessment.continuingEducation())
          .hasValueSatisfying(c -> assertThat(c.met()).isFalse());
      assertThat(
              NATIONAL
                  .assessRegistration(SOCIAL_WORKER, OBTAINED, Optional.empty(), OBTAINED)
                  .continuingEducation())
          .isEmpty();
    }

    @Test
    void aLocalPolicyCanChangeOneLevelStartingFromTheDefaults() {
      QualificationPolicy local =
          QualificationPolicy.builder()
              .from(NATIONAL)
              .name("local")
              .putContinuingEducationHours(ASSISTANT_SOCIAL_WORKER, 80)
              .build();
      assertThat(local.requiredContinuingEducationHours(ASSISTANT_SOCIAL_WORKER)).isEqualTo(80);
      assertThat(local.requiredContinuingEducationHours(SENIOR_SOCIAL_WORKER)).isEqualTo(90);
      assertThat(local.checkContinuingEducation(ASSISTANT_SOCIAL_WORKER, 79).met()).isFalse();
    }

    @Test
    void rejectsNegativeHours() {
      assertThatThrownBy(() -> NATIONAL.checkContinuingEducation(SOCIAL_WORKER, -1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class InvalidPolicies {

    @Test
    void rejectsAZeroPeriod() {
      assertThatThrownBy(() -> QualificationPolicy.builder().renewalWindow(Period.ZERO).build())
          .isInstanceOf(ShegongException.class)
          .hasMessageStartingWith("SG-QUA-010 ")
          .hasMessageContaining("renewalWindow");
    }

    @Test
    void rejectsHoursThatDoNotNameEveryLevel() {
      assertThatThrownBy(
              () ->
                  QualificationPolicy.builder()
                      .putContinuingEducationHours(ASSISTANT_SOCIAL_WORKER, 72)
                      .build())
          .isInstanceOf(ShegongException.class)
          .hasMessageStartingWith("SG-QUA-010 ")
          .hasMessageContaining("SOCIAL_WORKER")
          .extracting(e -> ((ShegongException) e).ruleCode())
          .isEqualTo(QualificationPolicy.INVALID_POLICY);
    }

    @Test
    void rejectsABlankName() {
      assertThatThrownBy(() -> QualificationPolicy.builder().name(" ").build())
          .isInstanceOf(ShegongException.class)
          .hasMessageStartingWith("SG-QUA-010 ");
    }
  }

  @Test
  void statusCodesRoundTrip() {
    for (RegistrationStatus status : RegistrationStatus.values()) {
      assertThat(RegistrationStatus.ofCode(status.code())).isSameAs(status);
    }
  }
}
