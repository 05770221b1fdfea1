package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Rule;
import org.shegong.core.model.RecordType;
import org.shegong.testing.assertions.ShegongAssertions;
import org.shegong.testing.mutation.Defect;
import org.shegong.testing.mutation.DefectInjector;
import org.shegong.testing.mutation.InjectedDefect;
import org.shegong.testing.mutation.SampleBatch;
import org.shegong.testing.sample.SampleData;

/**
 * The sample data, the defect catalogue and the validator agree: a clean sample validates without a
 * single issue, and every defect makes exactly its rule fire on exactly the broken record.
 */
class SampleValidationEndToEndTest {

  private static final Map<LocalDate, ShegongValidator> VALIDATORS = new ConcurrentHashMap<>();

  private static ShegongValidator validatorFor(SampleData sample) {
    return VALIDATORS.computeIfAbsent(
        sample.asOf(),
        asOf -> ShegongValidator.create(ValidationConfig.builder().asOf(asOf).build()));
  }

  /** The issues of a report by record index. */
  private static Map<Long, List<Issue>> byRecord(Report report) {
    Map<Long, List<Issue>> result = new TreeMap<>();
    for (Issue issue : report.issues()) {
      assertThat(issue.recordIndex()).as("record index of %s", issue.code()).isPresent();
      result.computeIfAbsent(issue.recordIndex().get(), i -> new ArrayList<>()).add(issue);
    }
    return result;
  }

  // ------------------------------------------------------------ clean samples

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42})
  void cleanSampleWithVolunteersHasNoIssueAtAll(long seed) {
    SampleData sample = SampleData.withSeed(seed).withVolunteers();
    Report report = validatorFor(sample).validateAll(sample.records(2_000));

    ShegongAssertions.assertThat(report).isValid().hasNoIssues().hasValidRecordCount(2_000);
  }

  @Test
  void cleanSampleHasNoIssueAtAnotherReferenceDate() {
    // a month end after a short month: reviews 1 month after an assessment stay ahead
    for (LocalDate asOf : List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2024, 3, 1))) {
      SampleData sample = SampleData.withSeed(3).asOf(asOf);
      Report report = validatorFor(sample).validateAll(sample.records(2_000));

      ShegongAssertions.assertThat(report).hasNoIssues();
    }
  }

  @Test
  void cleanSampleHasEveryRecordTypeTheValidatorChecks() {
    Set<RecordType> types = EnumSet.noneOf(RecordType.class);
    SampleData.withSeed(1).withVolunteers().stream(2_000).forEach(r -> types.add(r.recordType()));

    assertThat(types).containsExactlyInAnyOrder(RecordType.values());
  }

  // ------------------------------------------------------------ every defect, one rule

  @ParameterizedTest
  @EnumSource(Defect.class)
  void defectNamesARuleOfTheValidatorWithItsSeverity(Defect defect) {
    ShegongValidator validator = validatorFor(SampleData.withSeed(1));
    Rule rule =
        validator
            .rules()
            .find(defect.ruleCode())
            .orElseThrow(() -> new AssertionError(defect + ": no rule " + defect.ruleCode()));

    assertThat(rule.severity())
        .as("severity of %s", defect.ruleCode())
        .isEqualTo(defect.severity());
  }

  @Test
  void everyRuleOfTheValidatorHasADefectExceptTheseListedOnes() {
    Set<String> withDefect = new TreeSet<>();
    for (Defect defect : Defect.values()) {
      withDefect.add(defect.ruleCode());
    }
    Set<String> without = new TreeSet<>();
    for (Rule rule : validatorFor(SampleData.withSeed(1)).rules().rules()) {
      if (!withDefect.contains(rule.code())) {
        without.add(rule.code());
      }
    }

    // no defect yet: ages the model cannot express without a new citizen ID (SG-CHD-002/003), a
    // legacy ID (SG-CID-006), strict credit codes (SG-USC-003, off by default), negative hours
    // (SG-WRK-002), unverifiable categories (SG-CHD-007), the other plan discrepancies and the
    // other qualification statuses; a social worker's expired registration (SG-BAT-007) is also
    // the worker's own qualification status, so no defect breaks it alone; an empty file
    // (SG-BAT-008) is no defect of a record
    assertThat(without)
        .containsExactly(
            "SG-BAT-007",
            "SG-BAT-008",
            "SG-CHD-002",
            "SG-CHD-003",
            "SG-CHD-007",
            "SG-CID-006",
            "SG-FWK-005",
            "SG-FWK-006",
            "SG-FWK-008",
            "SG-FWK-009",
            "SG-QUA-001",
            "SG-QUA-003",
            "SG-QUA-005",
            "SG-QUA-006",
            "SG-USC-003",
            "SG-WRK-002");
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void everyRecordTheDefectAppliesToGetsExactlyItsRule(Defect defect) {
    SampleData sample = SampleData.withSeed(11).withVolunteers();
    SampleBatch batch = DefectInjector.of(sample, 1.0).onlyDefects(Set.of(defect)).batch(1_000);
    Report report = validatorFor(sample).validateAll(batch.records());

    assertThat(batch.defects()).as("records broken by %s", defect).isNotEmpty();
    Map<Long, List<Issue>> issues = byRecord(report);
    Map<Long, InjectedDefect> injected = new HashMap<>();
    batch.defects().forEach(d -> injected.put(d.recordIndex(), d));
    for (InjectedDefect d : batch.defects()) {
      assertThat(issues.get(d.recordIndex()))
          .as("issues of record %d (%s) broken by %s", d.recordIndex(), d.recordId(), defect)
          .isNotEmpty()
          .allSatisfy(
              issue -> {
                assertThat(issue.code()).isEqualTo(defect.ruleCode());
                assertThat(issue.severity()).isEqualTo(defect.severity());
                assertThat(issue.recordId()).contains(d.recordId());
              });
    }
    assertThat(injected.keySet())
        .as("records with issues must be records broken by %s", defect)
        .containsAll(issues.keySet());
  }

  // ------------------------------------------------------------ a seeded share of defects

  @ParameterizedTest
  @ValueSource(longs = {42, 2024})
  void everyInjectedDefectIsReportedAtItsRecordAndNothingElse(long seed) {
    SampleData sample = SampleData.withSeed(seed).withVolunteers();
    SampleBatch batch = DefectInjector.of(sample, 0.05).batch(5_000);
    Report report = validatorFor(sample).validateAll(batch.records());

    assertThat(batch.defects()).hasSizeBetween(150, 350);
    for (InjectedDefect d : batch.defects()) {
      ShegongAssertions.assertThat(report)
          .hasIssue(d.expectedRuleCode())
          .atRecordIndex(d.recordIndex())
          .forRecord(d.recordId())
          .withSeverity(d.defect().severity());
    }
    Map<Long, List<Issue>> issues = byRecord(report);
    Map<Long, String> expected = new HashMap<>();
    batch.defects().forEach(d -> expected.put(d.recordIndex(), d.expectedRuleCode()));
    issues.forEach(
        (index, found) ->
            assertThat(found)
                .as("issues of record %d", index)
                .extracting(Issue::code)
                .containsOnly(expected.getOrDefault(index, "(no issue: record not broken)")));
    assertThat(issues).hasSameSizeAs(batch.defects());
  }
}
