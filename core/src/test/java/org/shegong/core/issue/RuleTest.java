package org.shegong.core.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleTest {

  private static Rule.Builder unknownField() {
    Rule.Builder b = Rule.builder();
    b.code("SG-STR-004")
        .layer(Layer.STRUCTURE)
        .severity(Severity.ERROR)
        .draftSeverity(Severity.WARNING)
        .summaryZh("不允许未知字段")
        .summaryEn("No unknown fields")
        .messageZh("未知字段 {field}")
        .messageEn("unknown field {field}")
        .example("{\"recordType\":\"agency\",\"nmae\":\"x\"}");
    return b;
  }

  @Test
  void formatsTheMessageInTheChosenLanguage() {
    Rule rule = unknownField().build();
    assertThat(rule.message(Locale.SIMPLIFIED_CHINESE, Map.of("field", "nmae")))
        .isEqualTo("未知字段 nmae");
    assertThat(rule.message(Locale.ENGLISH, Map.of("field", "nmae")))
        .isEqualTo("unknown field nmae");
    assertThat(rule.message(Locale.forLanguageTag("zh-TW"), Map.of("field", "$1")))
        .isEqualTo("未知字段 $1");
  }

  @Test
  void takesItsSeverityFromTheProfile() {
    Rule rule = unknownField().build();
    assertThat(rule.severityIn(Profile.EXCHANGE)).isEqualTo(Severity.ERROR);
    assertThat(rule.severityIn(Profile.DRAFT)).isEqualTo(Severity.WARNING);
    Rule sameEverywhere = unknownField().draftSeverity(java.util.Optional.empty()).build();
    assertThat(sameEverywhere.severityIn(Profile.DRAFT)).isEqualTo(Severity.ERROR);
  }

  @Test
  void startsAnIssueWithCodeSeverityMessageAndPath() {
    Issue issue =
        unknownField()
            .build()
            .issue(Profile.DRAFT, Locale.ENGLISH, "/nmae", Map.of("field", "nmae"))
            .line(3L)
            .recordIndex(2L)
            .recordType("agency")
            .recordId("A-1")
            .build();
    assertThat(issue.code()).isEqualTo("SG-STR-004");
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.isError()).isFalse();
    assertThat(issue.message()).isEqualTo("unknown field nmae");
    assertThat(issue.path()).isEqualTo("/nmae");
    assertThat(issue.line()).contains(3L);
    assertThat(issue.file()).isEmpty();
  }

  @Test
  void rejectsAMissingMessageArgument() {
    Rule rule = unknownField().build();
    assertThatThrownBy(() -> rule.message(Locale.ENGLISH, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SG-STR-004")
        .hasMessageContaining("field");
  }

  @Test
  void rejectsMalformedRuleCodes() {
    assertThatThrownBy(() -> unknownField().code("SG-STR-4").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SG-ABC-123");
  }

  @Test
  void rejectsMessagesWhosePlaceholdersDifferBetweenLanguages() {
    assertThatThrownBy(() -> unknownField().messageEn("unknown field {name}").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("placeholders");
  }

  @Test
  void catalogueSortsByCodeAndRejectsDuplicateCodes() {
    Rule a = unknownField().build();
    Rule b = unknownField().code("SG-STR-001").build();
    RuleCatalogue catalogue = RuleCatalogue.of(List.of(a, b));
    assertThat(catalogue.rules())
        .extracting(Rule::code)
        .containsExactly("SG-STR-001", "SG-STR-004");
    assertThat(catalogue.find("SG-STR-004")).contains(a);
    assertThat(catalogue.find("SG-XXX-000")).isEmpty();
    assertThatThrownBy(() -> RuleCatalogue.of(List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SG-STR-004");
  }

  @Test
  void reportIsValidExactlyWhenItCountsNoErrors() {
    Report.Summary clean =
        Report.Summary.builder().records(3).validRecords(3).errors(0).warnings(2).build();
    Report report =
        Report.builder()
            .profile(Profile.EXCHANGE)
            .asOf(LocalDate.of(2024, 6, 30))
            .divisionTable("2022")
            .summary(clean)
            .build();
    assertThat(report.valid()).isTrue();
    assertThat(report.reportVersion()).isEqualTo("1.0");
    assertThat(report.withSummary(clean.withErrors(1).withValidRecords(2)).valid()).isFalse();
  }

  @Test
  void summaryRejectsImpossibleCounts() {
    assertThatThrownBy(
            () -> Report.Summary.builder().records(1).validRecords(2).errors(0).warnings(0).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
