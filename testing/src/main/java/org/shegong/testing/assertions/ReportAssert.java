package org.shegong.testing.assertions;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;

/**
 * Assertions on a validation {@link Report}: its validity, summary counts and issues.
 *
 * @since 0.1.0
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Returns an assertion on the report's issues.
   *
   * @return an assertion on {@code report.issues()}, never null
   */
  public IssuesAssert issues() {
    isNotNull();
    IssuesAssert issues = new IssuesAssert(actual.issues());
    if (info.hasDescription()) {
      issues.describedAs(info.description());
    }
    return issues;
  }

  /**
   * Checks that the report is valid: no {@code ERROR} issue.
   *
   * @return this assertion, never null
   */
  public ReportAssert isValid() {
    isNotNull();
    if (!actual.valid()) {
      List<Issue> errors = actual.issues().stream().filter(Issue::isError).toList();
      failWithMessage(
          "%s",
          "Expected a valid report but it has "
              + actual.summary().errors()
              + " error(s) in "
              + actual.summary().records()
              + " record(s):\n"
              + IssueText.list(errors));
    }
    return this;
  }

  /**
   * Checks that the report is not valid: at least one {@code ERROR} issue.
   *
   * @return this assertion, never null
   */
  public ReportAssert isNotValid() {
    isNotNull();
    if (actual.valid()) {
      failWithMessage(
          "%s",
          "Expected an invalid report but it has no errors; the issues were:\n"
              + IssueText.list(actual.issues()));
    }
    return this;
  }

  /**
   * Checks that no issue is an error.
   *
   * @return this assertion, never null
   */
  public ReportAssert hasNoErrors() {
    issues().hasNoErrors();
    return this;
  }

  /**
   * Checks that there is no issue at all.
   *
   * @return this assertion, never null
   */
  public ReportAssert hasNoIssues() {
    issues().hasNoIssues();
    return this;
  }

  /**
   * Checks the number of {@code ERROR} issues.
   *
   * @param expected the expected number
   * @return this assertion, never null
   */
  public ReportAssert hasErrorCount(long expected) {
    issues().hasErrorCount(expected);
    return this;
  }

  /**
   * Checks the number of {@code WARNING} issues.
   *
   * @param expected the expected number
   * @return this assertion, never null
   */
  public ReportAssert hasWarningCount(long expected) {
    issues().hasWarningCount(expected);
    return this;
  }

  /**
   * Checks that at least one issue has a rule code, and returns an assertion on those issues to
   * narrow by line, path, record or severity.
   *
   * @param code the rule code, for example {@code SG-BAT-002}; not null
   * @return an assertion on the issues with that code, never null
   */
  public IssueMatchAssert hasIssue(String code) {
    return issues().hasIssue(code);
  }

  /**
   * Checks that no issue has a rule code.
   *
   * @param code the rule code; not null
   * @return this assertion, never null
   */
  public ReportAssert doesNotHaveIssue(String code) {
    issues().doesNotHaveIssue(code);
    return this;
  }

  /**
   * Checks that the issues have exactly the given rule codes: each at least once, and no other.
   *
   * @param codes the expected rule codes
   * @return this assertion, never null
   */
  public ReportAssert hasOnlyIssues(String... codes) {
    issues().hasOnlyIssues(codes);
    return this;
  }

  /**
   * Checks the number of records in the summary.
   *
   * @param expected the expected number of records
   * @return this assertion, never null
   */
  public ReportAssert hasRecordCount(long expected) {
    isNotNull();
    if (actual.summary().records() != expected) {
      failWithMessage(
          "%s",
          "Expected " + expected + " record(s) but the summary says " + actual.summary().records());
    }
    return this;
  }

  /**
   * Checks the number of valid records in the summary.
   *
   * @param expected the expected number of records without errors
   * @return this assertion, never null
   */
  public ReportAssert hasValidRecordCount(long expected) {
    isNotNull();
    if (actual.summary().validRecords() != expected) {
      failWithMessage(
          "%s",
          "Expected "
              + expected
              + " valid record(s) but the summary says "
              + actual.summary().validRecords()
              + "; the errors were:\n"
              + IssueText.list(actual.issues().stream().filter(Issue::isError).toList()));
    }
    return this;
  }
}
