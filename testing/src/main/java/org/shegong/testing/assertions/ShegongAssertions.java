package org.shegong.testing.assertions;

import java.util.List;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.model.Child;

/**
 * The entry point of Shegong's AssertJ assertions: {@code import static
 * org.shegong.testing.assertions.ShegongAssertions.assertThat;}.
 *
 * <pre>{@code
 * assertThat(report).isNotValid().hasOnlyIssues("SG-CID-004");
 * assertThat(report).hasIssue("SG-BAT-002").forRecord("SR-000003").atPath("/stationId");
 * assertThat(validator.validate(child)).hasNoErrors();
 * }</pre>
 *
 * <p>When AssertJ's own {@code Assertions.assertThat} is statically imported too, a call with a
 * {@code List<Issue>} may be ambiguous: use {@link #assertThatIssues(List)} then.
 *
 * @since 0.1.0
 */
public final class ShegongAssertions {

  private ShegongAssertions() {}

  /**
   * Starts assertions on a validation report.
   *
   * @param actual the report; may be null (the assertions then fail)
   * @return the assertion, never null
   */
  public static ReportAssert assertThat(Report actual) {
    return new ReportAssert(actual);
  }

  /**
   * Starts assertions on a list of issues.
   *
   * @param actual the issues; may be null (the assertions then fail)
   * @return the assertion, never null
   */
  public static IssuesAssert assertThat(List<Issue> actual) {
    return new IssuesAssert(actual);
  }

  /**
   * Starts assertions on a list of issues; the same as {@link #assertThat(List)}, with a name that
   * cannot clash with AssertJ's {@code assertThat(List)}.
   *
   * @param actual the issues; may be null (the assertions then fail)
   * @return the assertion, never null
   */
  public static IssuesAssert assertThatIssues(List<Issue> actual) {
    return new IssuesAssert(actual);
  }

  /**
   * Starts assertions on one issue.
   *
   * @param actual the issue; may be null (the assertions then fail)
   * @return the assertion, never null
   */
  public static IssueAssert assertThat(Issue actual) {
    return new IssueAssert(actual);
  }

  /**
   * Starts assertions on a child record.
   *
   * @param actual the child; may be null (the assertions then fail)
   * @return the assertion, never null
   */
  public static ChildAssert assertThat(Child actual) {
    return new ChildAssert(actual);
  }
}
