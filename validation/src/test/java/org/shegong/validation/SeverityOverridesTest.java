package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.testing.mutation.Defect;
import org.shegong.testing.mutation.MutationContext;
import org.shegong.testing.sample.SampleData;

/** Adopters' severities: per-rule overrides in the configuration change the report. */
class SeverityOverridesTest {

  private static final SampleData SAMPLE = SampleData.withSeed(15);
  private static final ValidationConfig CONFIG =
      ValidationConfig.builder().asOf(SampleData.DEFAULT_AS_OF).build();

  /** A clean sample in which one record gets a defect. */
  private static List<ExchangeRecord> withDefect(Defect defect) {
    List<ExchangeRecord> records = new ArrayList<>(SAMPLE.records(60));
    MutationContext context = MutationContext.of(SampleData.DEFAULT_AS_OF);
    for (int i = 0; i < records.size(); i++) {
      if (defect.appliesTo(records.get(i), context)) {
        records.set(i, defect.apply(records.get(i), context));
        return records;
      }
    }
    throw new IllegalStateException("no record of the sample takes " + defect);
  }

  private static List<Issue> issues(
      ValidationConfig config, List<ExchangeRecord> records, String code) {
    return ShegongValidator.create(config).validateAll(records).issues().stream()
        .filter(issue -> issue.code().equals(code))
        .toList();
  }

  @Test
  void anOverdueVisitBecomesAnErrorWhereTheProvinceSaysSo() {
    List<ExchangeRecord> records = withDefect(Defect.CHILD_VISITS_OVERDUE);
    ValidationConfig strict =
        CONFIG.toBuilder().severity("SG-CHD-014", SeverityOverride.ERROR).build();

    assertThat(issues(CONFIG, records, "SG-CHD-014"))
        .isNotEmpty()
        .allSatisfy(issue -> assertThat(issue.severity()).isEqualTo(Severity.WARNING));
    Report report = ShegongValidator.create(strict).validateAll(records);
    assertThat(report.issues())
        .filteredOn(issue -> issue.code().equals("SG-CHD-014"))
        .isNotEmpty()
        .allSatisfy(issue -> assertThat(issue.severity()).isEqualTo(Severity.ERROR));
    assertThat(report.valid()).isFalse();
    assertThat(report.summary().errors()).isPositive();
  }

  @Test
  void aRuleTurnedOffReportsNothingAndTheDataBecomesValid() {
    List<ExchangeRecord> records = withDefect(Defect.CHILD_TIER_WITHOUT_CARE_PLAN);
    ValidationConfig off = CONFIG.toBuilder().severity("SG-CHD-010", SeverityOverride.OFF).build();

    assertThat(ShegongValidator.create(CONFIG).validateAll(records).valid()).isFalse();
    Report report = ShegongValidator.create(off).validateAll(records);
    assertThat(report.issues()).extracting(Issue::code).doesNotContain("SG-CHD-010");
    assertThat(report.valid()).isTrue();
  }

  @Test
  void anErrorMayBeLoweredToInformation() {
    List<ExchangeRecord> records = withDefect(Defect.PROJECT_AMOUNT_NOT_POSITIVE);
    ValidationConfig lenient =
        CONFIG.toBuilder().severityOverrides(Map.of("SG-PRJ-001", SeverityOverride.INFO)).build();

    Report report = ShegongValidator.create(lenient).validateAll(records);
    assertThat(report.issues())
        .filteredOn(issue -> issue.code().equals("SG-PRJ-001"))
        .singleElement()
        .satisfies(issue -> assertThat(issue.severity()).isEqualTo(Severity.INFO));
    assertThat(report.valid()).isTrue();
  }

  @Test
  void theReadersIssuesTakeTheOverridesToo() {
    ValidationConfig config =
        CONFIG.toBuilder()
            .severity("SG-DIV-001", SeverityOverride.WARNING)
            .severity("SG-DIV-003", SeverityOverride.OFF)
            .build();
    ShegongValidator validator = ShegongValidator.create(config);
    BatchValidation batch = validator.newBatch();
    Rule malformed = validator.rules().find("SG-DIV-001").orElseThrow();
    Rule unknown = validator.rules().find("SG-DIV-003").orElseThrow();
    Map<String, Object> arguments = Map.of("field", "f", "value", "v", "vintage", "2022");

    batch.recordUnreadable(
        RecordLocation.of("a.ndjson", 2, 0),
        List.of(
            malformed
                .issue(Profile.EXCHANGE, CONFIG.locale(), "", arguments)
                .recordIndex(0L)
                .build(),
            unknown
                .issue(Profile.EXCHANGE, CONFIG.locale(), "", arguments)
                .recordIndex(0L)
                .build()));
    Report report = batch.report();

    assertThat(report.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.code()).isEqualTo("SG-DIV-001");
              assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(report.summary().records()).isEqualTo(1);
    assertThat(report.summary().validRecords()).as("an unreadable line stays invalid").isZero();
  }

  @Test
  void anUnknownCodeIsAClearErrorNamingTheCode() {
    assertThatThrownBy(
            () -> ValidationConfig.builder().severity("SG-CHD-999", SeverityOverride.ERROR))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessageContaining("SG-CHD-999")
        .satisfies(e -> assertThat(((UnknownRuleException) e).code()).isEqualTo("SG-CHD-999"));
    assertThatThrownBy(
            () ->
                ValidationConfig.builder()
                    .severityOverrides(Map.of("sg-chd-014", SeverityOverride.OFF)))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessageContaining("sg-chd-014");
  }

  @Test
  void theEffectiveSeverityIsTheOverrideElseTheProfilesSeverity() {
    ValidationConfig config =
        CONFIG.toBuilder()
            .severity("SG-CHD-014", SeverityOverride.ERROR)
            .severity("SG-WRK-001", SeverityOverride.OFF)
            .build();
    ShegongValidator validator = ShegongValidator.create(config);
    Rule overdue = validator.rules().find("SG-CHD-014").orElseThrow();
    Rule duplicateRole = validator.rules().find("SG-WRK-001").orElseThrow();
    Rule required = validator.rules().find("SG-STR-001").orElseThrow();
    Rule careplan = validator.rules().find("SG-CHD-010").orElseThrow();

    assertThat(config.effectiveSeverity(overdue)).contains(Severity.ERROR);
    assertThat(config.effectiveSeverity(duplicateRole)).isEmpty();
    assertThat(config.effectiveSeverity(careplan)).contains(Severity.ERROR);
    assertThat(config.effectiveSeverity(required)).contains(Severity.ERROR);
    assertThat(config.withProfile(Profile.DRAFT).effectiveSeverity(required)).isEmpty();
  }

  @Test
  void overridesTravelWithASerializedConfiguration() throws Exception {
    ValidationConfig config =
        CONFIG.toBuilder().severity("SG-CHD-014", SeverityOverride.ERROR).build();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(config);
    }
    ValidationConfig copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ValidationConfig) in.readObject();
    }

    assertThat(copy).isEqualTo(config);
    assertThat(copy.severityOverrides()).containsEntry("SG-CHD-014", SeverityOverride.ERROR);
  }

  @Test
  void severitiesAreReadInAnyCaseAndAnythingElseIsNamed() {
    assertThat(SeverityOverride.parse(" warning ")).isEqualTo(SeverityOverride.WARNING);
    assertThat(SeverityOverride.parse("OFF").severity()).isEmpty();
    assertThatThrownBy(() -> SeverityOverride.parse("FATAL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'FATAL'")
        .hasMessageContaining("ERROR, WARNING, INFO or OFF");
  }
}
