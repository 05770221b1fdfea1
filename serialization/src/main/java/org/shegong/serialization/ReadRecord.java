package org.shegong.serialization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;

/**
 * One record line of an exchange file as read: the record (when the line could be bound), where it
 * was, and the issues found while reading it.
 *
 * <p>Every non-blank line other than the header gives one {@code ReadRecord}, including lines that
 * are not JSON (their record is empty). Issues carry the file, line, record index, record type and
 * record id as far as known. Immutable.
 *
 * @since 0.1.0
 */
public final class ReadRecord {

  private final ExchangeRecord record;
  private final long line;
  private final long recordIndex;
  private final RecordType recordType;
  private final String recordId;
  private final List<Issue> issues;

  private ReadRecord(
      ExchangeRecord record,
      long line,
      long recordIndex,
      RecordType recordType,
      String recordId,
      List<Issue> issues) {
    this.record = record;
    this.line = line;
    this.recordIndex = recordIndex;
    this.recordType = recordType;
    this.recordId = recordId;
    this.issues = List.copyOf(issues);
  }

  /**
   * Creates a read record; the reader's factory, public for tests and for readers of other sources.
   *
   * @param record the record; may be null when the line could not be bound
   * @param line the 1-based line
   * @param recordIndex the 0-based index among records
   * @param recordType the record type; may be null when not known
   * @param recordId the record id; may be null when not known
   * @param issues the issues found while reading; not null
   * @return the read record, never null
   */
  public static ReadRecord of(
      ExchangeRecord record,
      long line,
      long recordIndex,
      RecordType recordType,
      String recordId,
      List<Issue> issues) {
    return new ReadRecord(record, line, recordIndex, recordType, recordId, issues);
  }

  /**
   * Returns the record, with values that could not be read left absent.
   *
   * @return the record, or empty when the line could not be bound at all (not JSON, not an object,
   *     no known {@code recordType})
   */
  public Optional<ExchangeRecord> record() {
    return Optional.ofNullable(record);
  }

  /**
   * Returns the 1-based line the record was on.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 0-based index of the record among the records of the file (the header does not
   * count).
   *
   * @return the record index
   */
  public long recordIndex() {
    return recordIndex;
  }

  /**
   * Returns the record type, when the line named a known one.
   *
   * @return the record type, or empty
   */
  public Optional<RecordType> recordType() {
    return Optional.ofNullable(recordType);
  }

  /**
   * Returns the record id, when the line had a string {@code id}.
   *
   * @return the id, or empty
   */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /**
   * Returns the issues found while reading the line, in the order found.
   *
   * @return an unmodifiable list, never null
   */
  public List<Issue> issues() {
    return issues;
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

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadRecord r
        && Objects.equals(r.record, record)
        && r.line == line
        && r.recordIndex == recordIndex
        && r.recordType == recordType
        && Objects.equals(r.recordId, recordId)
        && r.issues.equals(issues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, line, recordIndex, recordType, recordId, issues);
  }

  @Override
  public String toString() {
    return "ReadRecord[line="
        + line
        + ", recordIndex="
        + recordIndex
        + ", recordType="
        + (recordType == null ? null : recordType.code())
        + ", recordId="
        + recordId
        + ", issues="
        + issues.size()
        + "]";
  }
}
