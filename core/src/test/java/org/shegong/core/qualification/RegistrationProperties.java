package org.shegong.core.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.shegong.core.code.QualificationLevel;

class RegistrationProperties {

  private final QualificationPolicy policy = QualificationPolicy.defaults();

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 20 * 366)
        .map(days -> LocalDate.of(2010, 1, 1).plusDays(days));
  }

  @Property
  void aConsistentRegistrationIsRegisteredExactlyUpToItsLastValidDay(
      @ForAll QualificationLevel level,
      @ForAll("dates") LocalDate obtainedOn,
      @ForAll("dates") LocalDate until,
      @ForAll("dates") LocalDate asOf) {
    RegistrationAssessment assessment =
        policy.assessRegistration(level, obtainedOn, Optional.of(until), asOf);
    if (assessment.status() != RegistrationStatus.INCONSISTENT) {
      assertThat(assessment.status().registered()).isEqualTo(!asOf.isAfter(until));
      assertThat(assessment.expiresOn()).contains(until.plusDays(1));
      LocalDate opens = assessment.renewalWindowOpensOn().orElseThrow();
      assertThat(opens).isBefore(until.plusDays(1)).isAfter(until.minusMonths(4));
    }
  }

  @Property
  void withoutRegistrationTheStatusTurnsOverdueExactlyAfterTheDeadline(
      @ForAll QualificationLevel level,
      @ForAll("dates") LocalDate obtainedOn,
      @ForAll("dates") LocalDate asOf) {
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
