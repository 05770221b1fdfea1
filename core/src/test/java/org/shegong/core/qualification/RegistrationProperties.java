package org.shegong.core.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

class RegistrationProperties {

  private static final LocalDate START = LocalDate.of(2010, 1, 1);
  private final QualificationPolicy policy = QualificationPolicy.defaults();

  private static LocalDate date(Gen gen) {
    return gen.dayFrom(START, 20 * 366);
  }

  @PropertyTest
  void aConsistentRegistrationIsRegisteredExactlyUpToItsLastValidDay(Gen gen) {
    QualificationLevel level = gen.oneOf(QualificationLevel.class);
    LocalDate obtainedOn = date(gen);
    LocalDate until = date(gen);
    LocalDate asOf = date(gen);

    RegistrationAssessment assessment =
        policy.assessRegistration(level, obtainedOn, Optional.of(until), asOf);

    if (assessment.status() != RegistrationStatus.INCONSISTENT) {
      assertThat(assessment.status().registered()).isEqualTo(!asOf.isAfter(until));
      assertThat(assessment.expiresOn()).contains(until.plusDays(1));
      LocalDate opens = assessment.renewalWindowOpensOn().orElseThrow();
      assertThat(opens).isBefore(until.plusDays(1)).isAfter(until.minusMonths(4));
    }
  }

  @PropertyTest
  void withoutRegistrationTheStatusTurnsOverdueExactlyAfterTheDeadline(Gen gen) {
    QualificationLevel level = gen.oneOf(QualificationLevel.class);
    LocalDate obtainedOn = date(gen);
    LocalDate asOf = date(gen);

    RegistrationStatus status =
        policy.assessRegistration(level, obtainedOn, Optional.empty(), asOf).status();

    if (asOf.isBefore(obtainedOn)) {
      assertThat(status).isEqualTo(RegistrationStatus.INCONSISTENT);
    } else if (asOf.isAfter(policy.firstRegistrationLastDay(obtainedOn))) {
      assertThat(status).isEqualTo(RegistrationStatus.FIRST_REGISTRATION_OVERDUE);
    } else {
      assertThat(status).isEqualTo(RegistrationStatus.NOT_YET_REGISTERED_WITHIN_DEADLINE);
    }
  }
}
