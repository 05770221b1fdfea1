package org.shegong.tabular;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;

/**
 * One row of a ledger as read: a record row (with its record when it could be bound) or a row of
 * the file itself (a header with unknown columns, a skipped sheet, a file that could not be read
 * further), with the issues found while reading it.
 *
 * <p>Issues carry the file, the sheet (workbooks), the line (the row number the spreadsheet shows),
 * the column and the cell (workbooks), the record index, type and id as far as known. {@link
 * #locate(Issue)} gives an issue found later about the same record — a validation issue, with its
 * JSON Pointer — the cell its path maps to. {@link #toString()} never shows values.
 *
 * @since 0.2.0
 */
public final class TabularRow {

  private final @Nullable ExchangeRecord record;
  private final @Nullable String sheet;
  private final long line;
  private final long recordIndex;
  private final @Nullable RecordType recordType;
  private final @Nullable String recordId;
  private final List<Issue> issues;
  private final UnaryOperator<Issue> locator;

  private TabularRow(
      @Nullable ExchangeRecord record,
      @Nullable String sheet,
      long line,
      long recordIndex,
      @Nullable RecordType recordType,
      @Nullable String recordId,
      List<Issue> issues,
      UnaryOperator<Issue> locator) {
    this.record = record;
    this.sheet = sheet;
    this.line = line;
    this.recordIndex = recordIndex;
    this.recordType = recordType;
    this.recordId = recordId;
    this.issues = List.copyOf(issues);
    this.locator = Objects.requireNonNull(locator, "locator");
  }

  /**
   * Creates a record row; the reader's factory, public for readers of other sources.
   *
   * @param record the record, or null when the row could not be bound
   * @param sheet the sheet, or null for a CSV file
   * @param line the row number as the spreadsheet shows it
   * @param recordIndex the 0-based index among the records of the file
   * @param recordType the record type
   * @param recordId the record id, or null
   * @param issues the issues found while reading; not null
   * @param locator gives an issue about this record its cell; not null
   * @return the row, never null
   */
  public static TabularRow record(
      @Nullable ExchangeRecord record,
      @Nullable String sheet,
      long line,
      long recordIndex,
      RecordType recordType,
      @Nullable String recordId,
      List<Issue> issues,
      UnaryOperator<Issue> locator) {
    if (recordIndex < 0) {
      throw new IllegalArgumentException("a record index is not negative");
    }
    return new TabularRow(
        record,
        sheet,
        line,
        recordIndex,
        Objects.requireNonNull(recordType, "recordType"),
        recordId,
        issues,
        locator);
  }

  /**
   * Creates a row of the file itself, which is not a record: a header, a skipped sheet.
   *
   * @param sheet the sheet, or null
   * @param line the row number, or 0 for the file as a whole
   * @param issues the issues; not null
   * @return the row, never null
   */
  public static TabularRow file(@Nullable String sheet, long line, List<Issue> issues) {
    return new TabularRow(null, sheet, line, -1, null, null, issues, UnaryOperator.identity());
  }

  /**
   * Tells whether the row is a record row (whether or not its record could be bound).
   *
   * @return {@code true} for a record row, {@code false} for a header or file row
   */
  public boolean isRecord() {
    return recordIndex >= 0;
  }

  /**
   * Returns the record, with values that could not be read left absent.
   *
   * @return the record, or empty for a file row and a record row that could not be bound
   */
  public Optional<ExchangeRecord> record() {
    return Optional.ofNullable(record);
  }

  /**
   * Returns the sheet of the row.
   *
   * @return the sheet name, or empty for a CSV file
   */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /**
   * Returns the row number as the spreadsheet shows it (1-based, title and header rows counted).
   *
   * @return the row number, or 0 for the file as a whole
   */
  public long line() {
    return line;
  }

  /**
   * Returns the index of the record among the records of the file, over all its sheets.
   *
   * @return the 0-based index, or empty for a file row
   */
  public OptionalLong recordIndex() {
    return recordIndex < 0 ? OptionalLong.empty() : OptionalLong.of(recordIndex);
  }

  /**
   * Returns the record type of the row's sheet or file.
   *
   * @return the record type, or empty for a file row
   */
  public Optional<RecordType> recordType() {
    return Optional.ofNullable(recordType);
  }

  /**
   * Returns the record's id, when its cell could be read.
   *
   * @return the id, or empty
   */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /**
   * Returns the issues found while reading the row, located.
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

  /**
   * Gives an issue about this row's record the location of the cell its path maps to: sheet, line,
   * column and cell (a visit's cells are on the 走访记录 sheet). An issue whose path maps to no cell
   * keeps its path and gets the sheet and the row.
   *
   * @param issue an issue about the record; not null
   * @return the issue, located; never null
   */
  public Issue locate(Issue issue) {
    return locator.apply(Objects.requireNonNull(issue, "issue"));
  }

  /**
   * Describes where the row was and how many issues it has, never its values.
   *
   * @return for example {@code TabularRow[sheet=儿童, line=17, recordIndex=14, issues=1]}
   */
  @Override
  public String toString() {
    return "TabularRow[sheet="
        + sheet
        + ", line="
        + line
        + ", recordIndex="
        + (recordIndex < 0 ? "-" : String.valueOf(recordIndex))
        + ", issues="
        + issues.size()
        + "]";
  }
}
