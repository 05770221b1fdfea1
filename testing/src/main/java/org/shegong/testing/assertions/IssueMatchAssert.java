package org.shegong.testing.assertions;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Severity;

/**
 * Assertions on the issues that matched {@code hasIssue(code)} so far: each method narrows the
 * match further and fails when nothing is left, listing what there was.
 *
 * <p>{@code assertThat(report).hasIssue("SG-CID-004").forRecord("C-000017").atPath("/citizenId")}
 * passes when at least one issue has that code, that record id and that path.
 *
 * @since 0.1.0
 */
public final class IssueMatchAssert extends AbstractAssert<IssueMatchAssert, List<Issue>> {

  private final List<Issue> all;
  private final String criteria;

  IssueMatchAssert(List<Issue> matching, List<Issue> all, String criteria) {
    super(matching, IssueMatchAssert.class);
    this.all = all;
    this.criteria = criteria;
  }

  private IssueMatchAssert narrow(String criterion, Predicate<Issue> test) {
    List<Issue> left = actual.stream().filter(test).toList();
    String now = criteria + " " + criterion;
    if (left.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected an issue "
              + now
              + " but the issues "
              + criteria
              + " were:\n"
              + IssueText.list(actual)
              + "\nAll issues:\n"
              + IssueText.list(all));
    }
    return new IssueMatchAssert(left, all, now).withInfoOf(this);
  }

  private IssueMatchAssert withInfoOf(IssueMatchAssert other) {
    if (other.info.hasDescription()) {
      describedAs(other.info.description());
    }
    return this;
  }

  /**
   * Keeps the issues at a line of the file.
   *
   * @param line the 1-based line
   * @return an assertion on the issues left, never null
   */
  public IssueMatchAssert atLine(long line) {
    return narrow("at line " + line, i -> i.line().filter(l -> l == line).isPresent());
  }

  /**
   * Keeps the issues at a JSON Pointer.
   *
   * @param path the pointer, for example {@code /classification/tier}; not null
   * @return an assertion on the issues left, never null
   */
  public IssueMatchAssert atPath(String path) {
    Objects.requireNonNull(path, "path");
    return narrow("at path " + path, i -> i.path().equals(path));
  }

  /**
   * Keeps the issues of a record.
   *
   * @param recordId the record id, for example {@code C-1}; not null
   * @return an assertion on the issues left, never null
   */
  public IssueMatchAssert forRecord(String recordId) {
    Objects.requireNonNull(recordId, "recordId");
    return narrow("for record " + recordId, i -> i.recordId().filter(recordId::equals).isPresent());
  }

  /**
   * Keeps the issues of a record type.
   *
   * @param recordType the record type's code, for example {@code child}; not null
   * @return an assertion on the issues left, never null
   */
  public IssueMatchAssert ofRecordType(String recordType) {
    Objects.requireNonNull(recordType, "recordType");
    return narrow(
        "of record type " + recordType, i -> i.recordType().filter(recordType::equals).isPresent());
  }

  /**
   * Keeps the issues of the record at an index of the batch.
   *
   * @param recordIndex the 0-based record index
   * @return an assertion on the issues left, never null
   */
  public IssueMatchAssert atRecordIndex(long recordIndex) {
    return narrow(
        "at record index " + recordIndex,
        i -> i.recordIndex().filter(x -> x == recordIndex).isPresent());
  }

  /**
   * Keeps the issues of a severity.
   *
   * @param severity the severity; not null
   * @return an assertion on the issues left, never null
   */
  public IssueMatchAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return narrow("with severity " + severity, i -> i.severity() == severity);
  }

  /**
   * Keeps the issues whose message contains a text.
   *
   * @param text the text; not null
   * @return an assertion on the issues left, never null
   */
  public IssueMatchAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return narrow(
        "with a message containing \"" + IssueText.mask(text) + "\"",
        i -> i.message().contains(text));
  }

  /**
   * Checks how many issues match.
   *
   * @param count the expected number of matching issues
   * @return this assertion, never null
   */
  public IssueMatchAssert times(int count) {
    if (actual.size() != count) {
      failWithMessage(
          "%s",
          "Expected "
              + count
              + " issue(s) "
              + criteria
              + " but found "
              + actual.size()
              + ":\n"
              + IssueText.list(actual));
    }
    return this;
  }

  /**
   * Returns an assertion on the only matching issue.
   *
   * @return an assertion on that issue, never null
   */
  public IssueAssert single() {
    times(1);
    return new IssueAssert(actual.get(0));
  }
}
