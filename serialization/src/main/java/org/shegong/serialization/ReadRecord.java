package org.shegong.serialization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;

/**
 * One record line of an exchange file as read: the record (when the line could be bound), where it
 * was, and the issues found while reading it.
 *
 * <p>Every non-blank line other than the header gives one {@code ReadRecord}, including lines that
 * are not JSON (their record is empty). Issues carry the file, line, record index, record type and
 * record id as far as known. Immutable; {@link #toString()} never shows the record's values.
 *
 * @param record the record, with values that could not be read left absent; empty when the line
 *     could not be bound at all (not JSON, not an object, no known {@code recordType}); not null
 * @param line the 1-based line the record was on
 * @param recordIndex the 0-based index of the record among the records of the file (the header does
 *     not count)
 * @param recordType the record type, when the line named a known one; not null
 * @param recordId the record id, when the line had a string {@code id}; not null
 * @param issues the issues found while reading the line, in the order found; not null
 * @param issuesOmitted the problems found beyond {@link Limits#maxIssuesPerRecord()}, counted but
 *     not listed; when not 0, the last issue is SG-SYN-006 saying so
 * @since 0.1.0
 */
public record ReadRecord(
    Optional<ExchangeRecord> record,
    long line,
    long recordIndex,
    Optional<RecordType> recordType,
    Optional<String> recordId,
    List<Issue> issues,
    long issuesOmitted) {

  /**
   * Checks the components and copies the issues.
   *
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when {@code issuesOmitted} is negative
   */
  public ReadRecord {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(recordId, "recordId");
    issues = List.copyOf(issues);
    if (issuesOmitted < 0) {
      throw new IllegalArgumentException("issuesOmitted is not negative, was " + issuesOmitted);
    }
  }

  /**
   * Creates a read record with every issue listed.
   *
   * @param record the record; not null
   * @param line the 1-based line
   * @param recordIndex the 0-based index among records
   * @param recordType the record type; not null
   * @param recordId the record id; not null
   * @param issues the issues found while reading; not null
   * @throws NullPointerException when a component is null
   */
  public ReadRecord(
      Optional<ExchangeRecord> record,
      long line,
      long recordIndex,
      Optional<RecordType> recordType,
      Optional<String> recordId,
      List<Issue> issues) {
    this(record, line, recordIndex, recordType, recordId, issues, 0);
  }

  /**
   * Creates a read record; the reader's factory, public for tests and for readers of other sources.
   *
   * @param record the record; null when the line could not be bound
   * @param line the 1-based line
   * @param recordIndex the 0-based index among records
   * @param recordType the record type; null when not known
   * @param recordId the record id; null when not known
   * @param issues the issues found while reading; not null
   * @return the read record, never null
   */
  public static ReadRecord of(
      @Nullable ExchangeRecord record,
      long line,
      long recordIndex,
      @Nullable RecordType recordType,
      @Nullable String recordId,
      List<Issue> issues) {
    return of(record, line, recordIndex, recordType, recordId, issues, 0);
  }

  /**
   * Creates a read record whose list of issues was cut at the limit of issues per record.
   *
   * @param record the record; null when the line could not be bound
   * @param line the 1-based line
   * @param recordIndex the 0-based index among records
   * @param recordType the record type; null when not known
   * @param recordId the record id; null when not known
   * @param issues the issues found while reading, the last one SG-SYN-006 when some were left out;
   *     not null
   * @param issuesOmitted the problems counted but not listed, at least 0
   * @return the read record, never null
   */
  public static ReadRecord of(
      @Nullable ExchangeRecord record,
      long line,
      long recordIndex,
      @Nullable RecordType recordType,
      @Nullable String recordId,
      List<Issue> issues,
      long issuesOmitted) {
    return new ReadRecord(
        Optional.ofNullable(record),
        line,
        recordIndex,
        Optional.ofNullable(recordType),
        Optional.ofNullable(recordId),
        issues,
        issuesOmitted);
  }

  /**
   * Tells whether reading found an error.
   *
   * @return {@code true} when an issue has severity {@code ERROR}
   */
  public boolean hasErrors() {
    for (Issue issue : issues) {
      if (issue.isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Describes where the record was and how many issues it has, never its values (which may hold
   * citizen IDs and names) nor its id.
   *
   * @return for example {@code ReadRecord[line=3, recordIndex=2, recordType=child, issues=1]}
   */
  @Override
  public String toString() {
    return "ReadRecord[line="
        + line
        + ", recordIndex="
        + recordIndex
        + ", recordType="
        + recordType.map(RecordType::code).orElse(null)
        + ", issues="
        + issues.size()
        + "]";
  }
}
