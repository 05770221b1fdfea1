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
 * <p>Needs AssertJ ({@code org.assertj:assertj-core}) on the test class path, an optional
 * dependency of {@code shegong-testing}: without it, code that calls these assertions does not
 * compile ("class file for org.assertj.core.api.AbstractAssert not found"), and a call that
 * compiled elsewhere fails on first use with a {@link NoClassDefFoundError} that says so.
 *
 * <p>When AssertJ's own {@code Assertions.assertThat} is statically imported too, a call with a
 * {@code List<Issue>} may be ambiguous: use {@link #assertThatIssues(List)} then.
 *
 * @since 0.1.0
 */
public final class ShegongAssertions {

  /** What a user without AssertJ is told, instead of a bare missing-class error. */
  static final String ASSERTJ_MISSING =
      "org/assertj/core/api/AbstractAssert: the assertions of shegong-testing"
          + " (org.shegong.testing.assertions) are AssertJ assertions, and AssertJ is an optional"
          + " dependency of shegong-testing: add org.assertj:assertj-core (3.27 or newer) to your"
          + " test dependencies. SampleData and Defect need no AssertJ.";

  static {
    // Runs before any assertion class (each extends an AssertJ class) is loaded: one clear error
    // instead of a NoClassDefFoundError naming an AssertJ class deep in a stack trace. An Error
    // thrown here reaches the caller as it is.
    try {
      Class.forName(
          "org.assertj.core.api.AbstractAssert", false, ShegongAssertions.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      NoClassDefFoundError error = new NoClassDefFoundError(ASSERTJ_MISSING);
      error.initCause(e);
      throw error;
    }
  }

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
