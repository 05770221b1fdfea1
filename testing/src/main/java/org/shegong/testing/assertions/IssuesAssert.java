package org.shegong.testing.assertions;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Severity;

/**
 * Assertions on a list of issues, for example the result of validating one record.
 *
 * @since 0.1.0
 */
public final class IssuesAssert extends AbstractAssert<IssuesAssert, List<Issue>> {

  IssuesAssert(List<Issue> actual) {
    super(actual, IssuesAssert.class);
  }

  private void fail(String text) {
    failWithMessage("%s", text);
  }

  private long count(Severity severity) {
    return actual.stream().filter(i -> i.severity() == severity).count();
  }

  /**
   * Checks that there is no issue at all.
   *
   * @return this assertion, never null
   */
  public IssuesAssert hasNoIssues() {
    isNotNull();
    if (!actual.isEmpty()) {
      fail("Expected no issues but found " + actual.size() + ":\n" + IssueText.list(actual));
    }
    return this;
  }

  /**
   * Checks that no issue is an error (warnings and information are allowed).
   *
   * @return this assertion, never null
   */
  public IssuesAssert hasNoErrors() {
    isNotNull();
    List<Issue> errors = actual.stream().filter(Issue::isError).toList();
    if (!errors.isEmpty()) {
      fail("Expected no errors but found " + errors.size() + ":\n" + IssueText.list(errors));
    }
    return this;
  }

  /**
   * Checks the number of errors.
   *
   * @param expected the expected number of {@code ERROR} issues
   * @return this assertion, never null
   */
  public IssuesAssert hasErrorCount(long expected) {
    return hasCount(Severity.ERROR, expected);
  }

  /**
   * Checks the number of warnings.
   *
   * @param expected the expected number of {@code WARNING} issues
   * @return this assertion, never null
   */
  public IssuesAssert hasWarningCount(long expected) {
    return hasCount(Severity.WARNING, expected);
  }

  private IssuesAssert hasCount(Severity severity, long expected) {
    isNotNull();
    long found = count(severity);
    if (found != expected) {
      fail(
          "Expected "
              + expected
              + " issue(s) of severity "
              + severity
              + " but found "
              + found
              + "; the issues were:\n"
              + IssueText.list(actual));
    }
    return this;
  }

  /**
   * Checks the number of issues.
   *
   * @param expected the expected number of issues of any severity
   * @return this assertion, never null
   */
  public IssuesAssert hasIssueCount(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      fail(
          "Expected "
              + expected
              + " issue(s) but found "
              + actual.size()
              + ":\n"
              + IssueText.list(actual));
    }
    return this;
  }

  /**
   * Checks that at least one issue has a rule code, and returns an assertion on those issues to
   * narrow by line, path, record or severity.
   *
   * @param code the rule code, for example {@code SG-CID-004}; not null
   * @return an assertion on the issues with that code, never null
   */
  public IssueMatchAssert hasIssue(String code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    List<Issue> matching = actual.stream().filter(i -> i.code().equals(code)).toList();
    if (matching.isEmpty()) {
      fail("Expected an issue " + code + " but the issues were:\n" + IssueText.list(actual));
    }
    IssueMatchAssert match = new IssueMatchAssert(matching, actual, code);
    if (info.hasDescription()) {
      match.describedAs(info.description());
    }
    return match;
  }

  /**
   * Checks that no issue has a rule code.
   *
   * @param code the rule code; not null
   * @return this assertion, never null
   */
  public IssuesAssert doesNotHaveIssue(String code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    List<Issue> matching = actual.stream().filter(i -> i.code().equals(code)).toList();
    if (!matching.isEmpty()) {
      fail(
          "Expected no issue "
              + code
              + " but found "
              + matching.size()
              + ":\n"
              + IssueText.list(matching));
    }
    return this;
  }

  /**
   * Checks that the issues have exactly the given rule codes: each at least once, and no other.
   *
   * @param codes the expected rule codes; an empty array means "no issues"
   * @return this assertion, never null
   */
  public IssuesAssert hasOnlyIssues(String... codes) {
    isNotNull();
    Set<String> expected = new LinkedHashSet<>(Arrays.asList(codes));
    Set<String> found = new LinkedHashSet<>();
    actual.forEach(i -> found.add(i.code()));
    if (!found.equals(expected)) {
      Set<String> missing = new LinkedHashSet<>(expected);
      missing.removeAll(found);
      Set<String> unexpected = new LinkedHashSet<>(found);
      unexpected.removeAll(expected);
      fail(
          "Expected only the issue codes "
              + expected
              + " but "
              + (missing.isEmpty()
                  ? ""
                  : "missed " + missing + (unexpected.isEmpty() ? "" : " and "))
              + (unexpected.isEmpty() ? "" : "also found " + unexpected)
              + "; the issues were:\n"
              + IssueText.list(actual));
    }
    return this;
  }
}
