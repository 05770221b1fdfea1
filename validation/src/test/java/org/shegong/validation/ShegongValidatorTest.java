package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;

class ShegongValidatorTest {

  @Test
  void acceptsTheSampleRecordsOfEveryType() {
    Report report = Generated.validator().validateAll(Generated.all());

    assertThat(report.issues()).isEmpty();
    assertThat(report.summary().records()).isEqualTo(Generated.all().size());
    assertThat(report.summary().validRecords()).isEqualTo(Generated.all().size());
    assertThat(report.valid()).isTrue();
    assertThat(report.asOf()).isEqualTo(Generated.AS_OF);
    assertThat(report.divisionTable()).isEqualTo("2022");
  }

  @Test
  void reportsAFutureBirthDateWithItsPathAndRecord() {
    var child = Generated.child().withBirthDate(LocalDate.of(2030, 1, 1));

    assertThat(Generated.validator().validate(child))
        .filteredOn(issue -> issue.code().equals("SG-DAT-001"))
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.path()).isEqualTo("/birthDate");
              assertThat(issue.severity()).isEqualTo(Severity.ERROR);
              assertThat(issue.recordType()).contains("child");
              assertThat(issue.recordId()).contains(Generated.child().id());
              // the birth date would complete a masked citizen ID: only its year is shown
              assertThat(issue.message())
                  .contains("2030-**-**")
                  .doesNotContain("2030-01-01")
                  .contains("2024-06-30");
            });
  }

  @Test
  void singleRecordIssuesCarryNoBatchLocation() {
    var child = Generated.child().withBirthDate(LocalDate.of(2030, 1, 1));

    for (Issue issue : Generated.validator().validate(child)) {
      assertThat(issue.file()).isEmpty();
      assertThat(issue.line()).isEmpty();
      assertThat(issue.recordIndex()).isEmpty();
    }
  }
}
