package org.shegong.testing.assertions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.testing.assertions.ShegongAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.RiskTier;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.Child;
import org.shegong.testing.sample.SampleData;

class ShegongAssertionsTest {

  private static final Issue WRONG_CHECK =
      Issue.builder()
          .severity(Severity.ERROR)
          .code("SG-CID-004")
          .message("SG-CID-004 校验码错误：110105********002X")
          .path("/citizenId")
          .file("batch.ndjson")
          .line(18L)
          .recordIndex(17L)
          .recordType("child")
          .recordId("C-0017")
          .build();
  private static final Issue DANGLING =
      Issue.builder()
          .severity(Severity.ERROR)
          .code("SG-BAT-002")
          .message("SG-BAT-002 stationId refers to no station: ST-9")
          .path("/stationId")
          .line(30L)
          .recordIndex(29L)
          .recordType("serviceRecord")
          .recordId("SR-3")
          .build();
  private static final Issue LEGACY =
      Issue.builder()
          .severity(Severity.WARNING)
          .code("SG-CID-006")
          .message("SG-CID-006 legacy 15-digit number")
          .path("/citizenId")
          .line(40L)
          .recordType("worker")
          .recordId("W-1")
          .build();

  private static Report report(List<Issue> issues, long records) {
    long errors = issues.stream().filter(Issue::isError).count();
    return Report.builder()
        .profile(Profile.EXCHANGE)
        .asOf(LocalDate.of(2024, 6, 30))
        .divisionTable("2022")
        .summary(
            Report.Summary.builder()
                .records(records)
                .validRecords(records - errors)
                .errors(errors)
                .warnings(issues.size() - errors)
                .build())
        .issues(issues)
        .build();
  }

  private static final Report INVALID = report(List.of(WRONG_CHECK, DANGLING, LEGACY), 100);
  private static final Report VALID_WITH_WARNING = report(List.of(LEGACY), 100);

  @Test
  void passesOnMatchingReports() {
    assertThatCode(
            () -> {
              assertThat(VALID_WITH_WARNING).isValid().hasNoErrors().hasWarningCount(1);
              assertThat(INVALID)
                  .isNotValid()
                  .hasErrorCount(2)
                  .hasOnlyIssues("SG-CID-004", "SG-BAT-002", "SG-CID-006")
                  .doesNotHaveIssue("SG-DIV-003")
                  .hasRecordCount(100)
                  .hasValidRecordCount(98);
              assertThat(INVALID)
                  .hasIssue("SG-CID-004")
                  .atLine(18)
                  .atPath("/citizenId")
                  .forRecord("C-0017");
              assertThat(INVALID)
                  .hasIssue("SG-BAT-002")
                  .ofRecordType("serviceRecord")
                  .atRecordIndex(29)
                  .withSeverity(Severity.ERROR)
                  .withMessageContaining("ST-9")
                  .single()
                  .isError()
                  .hasCode("SG-BAT-002");
              assertThat(report(List.of(), 5)).isValid().hasNoIssues().hasOnlyIssues();
            })
        .doesNotThrowAnyException();
  }

  @Test
  void isValidFailsListingTheErrors() {
    assertThatThrownBy(() -> assertThat(INVALID).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a valid report but it has 2 error(s) in 100 record(s)")
        .hasMessageContaining(
            "ERROR SG-CID-004 file batch.ndjson line 18 record child C-0017 (#17) path /citizenId")
        .hasMessageContaining(
            "ERROR SG-BAT-002 line 30 record serviceRecord SR-3 (#29) path /stationId")
        .hasMessageNotContaining("SG-CID-006");
  }

  @Test
  void hasIssueFailsListingTheActualIssues() {
    assertThatThrownBy(() -> assertThat(INVALID).hasIssue("SG-X-001"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected an issue SG-X-001 but the issues were:")
        .hasMessageContaining("SG-CID-004")
        .hasMessageContaining("SG-BAT-002")
        .hasMessageContaining("WARNING SG-CID-006");
  }

  @Test
  void narrowingFailsNamingTheCriteriaAndTheCandidates() {
    assertThatThrownBy(() -> assertThat(INVALID).hasIssue("SG-CID-004").atLine(19))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected an issue SG-CID-004 at line 19 but the issues SG-CID-004 were:")
        .hasMessageContaining("line 18");
    assertThatThrownBy(() -> assertThat(INVALID).hasIssue("SG-CID-004").atPath("/x"))
        .hasMessageContaining("at path /x");
    assertThatThrownBy(() -> assertThat(INVALID).hasIssue("SG-CID-004").forRecord("C-1"))
        .hasMessageContaining("for record C-1");
    assertThatThrownBy(() -> assertThat(INVALID).hasIssue("SG-CID-004").times(2))
        .hasMessageContaining("Expected 2 issue(s) SG-CID-004 but found 1");
  }

  @Test
  void countAndOnlyIssuesFailures() {
    assertThatThrownBy(() -> assertThat(INVALID).hasErrorCount(1))
        .hasMessageContaining("Expected 1 issue(s) of severity ERROR but found 2");
    assertThatThrownBy(() -> assertThat(INVALID).hasOnlyIssues("SG-CID-004", "SG-DIV-003"))
        .hasMessageContaining("missed [SG-DIV-003] and also found [SG-BAT-002, SG-CID-006]");
    assertThatThrownBy(() -> assertThat(VALID_WITH_WARNING).isNotValid())
        .hasMessageContaining("Expected an invalid report but it has no errors");
    assertThatThrownBy(() -> assertThat(INVALID).doesNotHaveIssue("SG-BAT-002"))
        .hasMessageContaining("Expected no issue SG-BAT-002 but found 1");
    assertThatThrownBy(() -> assertThat(VALID_WITH_WARNING).hasNoIssues())
        .hasMessageContaining("Expected no issues but found 1");
    assertThatThrownBy(() -> assertThat(INVALID).hasValidRecordCount(100))
        .hasMessageContaining("Expected 100 valid record(s) but the summary says 98");
  }

  @Test
  void describedAsIsKeptWhenNarrowing() {
    assertThatThrownBy(() -> assertThat(INVALID).as("batch A").hasIssue("SG-CID-004").atLine(3))
        .hasMessageContaining("[batch A]");
  }

  @Test
  void assertionsOnIssueListsAndSingleIssues() {
    assertThat(List.of(WRONG_CHECK)).hasIssueCount(1).hasIssue("SG-CID-004").single().atLine(18);
    ShegongAssertions.assertThatIssues(List.of()).hasNoIssues();
    assertThat(WRONG_CHECK)
        .hasCode("SG-CID-004")
        .isError()
        .atPath("/citizenId")
        .forRecord("C-0017");
    assertThatThrownBy(() -> assertThat(WRONG_CHECK).isWarning())
        .hasMessageContaining("Expected the issue to have severity WARNING but it was:")
        .hasMessageContaining("ERROR SG-CID-004");
    assertThatThrownBy(() -> assertThat((Issue) null).hasCode("SG-CID-004"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void failureMessagesMaskIdentifiersThatLeakedIntoIssueMessages() {
    Issue leaky =
        Issue.builder()
            .severity(Severity.ERROR)
            .code("SG-X-001")
            .message("bad 11010519491231002X and 13800138000")
            .path("/citizenId")
            .build();
    assertThatThrownBy(() -> assertThat(List.of(leaky)).hasNoErrors())
        .hasMessageContaining("SG-X-001")
        .hasMessageNotContaining("11010519491231002X")
        .hasMessageNotContaining("13800138000")
        .hasMessageContaining("138****8000");
  }

  @Test
  void childAssertionsNameTheChildByIdOnly() {
    Child child =
        SampleData.withSeed(1).records(400).stream()
            .filter(r -> r instanceof Child c && c.categories().contains(ChildCategory.LEFT_BEHIND))
            .map(Child.class::cast)
            .findFirst()
            .orElseThrow();
    RiskTier tier = child.classification().orElseThrow().tier().orElseThrow();
    int age =
        java.time.Period.between(child.birthDate().orElseThrow(), SampleData.DEFAULT_AS_OF)
            .getYears();
    assertThat(child)
        .hasTier(tier)
        .hasCategory(ChildCategory.LEFT_BEHIND)
        .hasCarePlan()
        .isAgedOn(SampleData.DEFAULT_AS_OF, age);
    RiskTier other = tier == RiskTier.TIER_1 ? RiskTier.TIER_4 : RiskTier.TIER_1;
    assertThatThrownBy(() -> assertThat(child).hasTier(other))
        .hasMessageContaining(
            "Expected child " + child.id() + " to have tier " + other + " but it has " + tier)
        .hasMessageNotContaining(child.name().orElseThrow())
        .hasMessageNotContaining(child.citizenId().orElseThrow().value());
    assertThatThrownBy(() -> assertThat(child).isAgedOn(SampleData.DEFAULT_AS_OF, age + 1))
        .hasMessageContaining("but it is aged " + age)
        .hasMessageNotContaining(child.citizenId().orElseThrow().value());
    assertThatThrownBy(() -> assertThat(child).hasOnlyCategories(ChildCategory.ORPHAN))
        .hasMessageContaining("to have only categories [ORPHAN]");
  }
}
