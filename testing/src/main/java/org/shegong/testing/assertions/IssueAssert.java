package org.shegong.testing.assertions;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Severity;

/**
 * Assertions on one {@link Issue}.
 *
 * @since 0.1.0
 */
public final class IssueAssert extends AbstractAssert<IssueAssert, Issue> {

  IssueAssert(Issue actual) {
    super(actual, IssueAssert.class);
  }

  private IssueAssert check(boolean ok, String expectation) {
    isNotNull();
    if (!ok) {
      failWithMessage(
          "%s",
          "Expected the issue to " + expectation + " but it was:\n  " + IssueText.describe(actual));
    }
    return this;
  }

  /**
   * Checks the rule code.
   *
   * @param code the expected code, for example {@code SG-CID-004}; not null
   * @return this assertion, never null
   */
  public IssueAssert hasCode(String code) {
    Objects.requireNonNull(code, "code");
    return check(actual == null || actual.code().equals(code), "have code " + code);
  }

  /**
   * Checks the severity.
   *
   * @param severity the expected severity; not null
   * @return this assertion, never null
   */
  public IssueAssert hasSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return check(actual == null || actual.severity() == severity, "have severity " + severity);
  }

  /**
   * Checks that the issue is an error.
   *
   * @return this assertion, never null
   */
  public IssueAssert isError() {
    return hasSeverity(Severity.ERROR);
  }

  /**
   * Checks that the issue is a warning.
   *
   * @return this assertion, never null
   */
  public IssueAssert isWarning() {
    return hasSeverity(Severity.WARNING);
  }

  /**
   * Checks the line.
   *
   * @param line the expected 1-based line
   * @return this assertion, never null
   */
  public IssueAssert atLine(long line) {
    return check(
        actual == null || actual.line().filter(l -> l == line).isPresent(), "be at line " + line);
  }

  /**
   * Checks the JSON Pointer.
   *
   * @param path the expected pointer, for example {@code /visits/2/on}; not null
   * @return this assertion, never null
   */
  public IssueAssert atPath(String path) {
    Objects.requireNonNull(path, "path");
    return check(actual == null || actual.path().equals(path), "be at path " + path);
  }

  /**
   * Checks the record id.
   *
   * @param recordId the expected record id; not null
   * @return this assertion, never null
   */
  public IssueAssert forRecord(String recordId) {
    Objects.requireNonNull(recordId, "recordId");
    return check(
        actual == null || actual.recordId().filter(recordId::equals).isPresent(),
        "be for record " + recordId);
  }

  /**
   * Checks that the message contains a text.
   *
   * @param text the text; not null
   * @return this assertion, never null
   */
  public IssueAssert hasMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return check(
        actual == null || actual.message().contains(text),
        "have a message containing \"" + IssueText.mask(text) + "\"");
  }
}
