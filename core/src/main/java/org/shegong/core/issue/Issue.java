package org.shegong.core.issue;

import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.privacy.Scrubber;

/**
 * One problem found in data: which rule, how serious, where, and a message for people.
 *
 * <p>The fields are those of the exchange-format validation report: severity, code, message, a JSON
 * Pointer ({@code path}) to the offending value, and — for records read from a file — the file, the
 * 1-based line, the 0-based record index (records only, not the header), the record type and the
 * record id. A message never contains a raw citizen ID, phone number or child's name. Records read
 * from a spreadsheet (report 1.1) also carry the {@linkplain #sheet() sheet}, the {@linkplain
 * #column() column} and the {@linkplain #cell() cell}, and their line is the row number the
 * spreadsheet shows.
 *
 * <p>Every issue is the last line of defence for what it carries: whoever builds it, its message,
 * path, file and record id pass through {@link Scrubber#scrub(String)}, so that a citizen ID or a
 * mobile number in the wrong field of the input (a record {@code id}, a reference, a JSON key, a
 * code) comes out masked. Record ids without those shapes are kept, so records stay findable.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Issue implements WithIssue {

  Issue() {}

  /**
   * Returns how serious the issue is.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * Returns the stable code of the rule that found the issue.
   *
   * @return for example {@code SG-CID-004}, never null
   */
  public abstract String code();

  /**
   * Returns the message in the locale the validator was configured with.
   *
   * @return the message, with sensitive values masked, never null
   */
  public abstract String message();

  /**
   * Returns the JSON Pointer (RFC 6901) to the offending value within its record.
   *
   * @return for example {@code /classification/tier}; {@code ""} for the whole record or line
   */
  public abstract String path();

  /**
   * Returns the name of the file the record was read from.
   *
   * @return the file name, or empty for data not read from a file
   */
  public abstract Optional<String> file();

  /**
   * Returns the 1-based line of the file the issue was found on.
   *
   * @return the line, or empty for data not read from a file
   */
  public abstract Optional<Long> line();

  /**
   * Returns the 1-based column: on the line of a syntax issue in NDJSON, or the column of the cell
   * in a spreadsheet (report 1.1).
   *
   * @return the column, or empty when not known or not meaningful
   */
  public abstract Optional<Long> column();

  /**
   * Returns the worksheet of a workbook the issue was found in (report 1.1).
   *
   * @return the sheet name, for example {@code 儿童}, or empty for data not read from a workbook
   * @since 0.2.0
   */
  public abstract Optional<String> sheet();

  /**
   * Returns the cell of a spreadsheet the issue was found in, in A1 notation (report 1.1).
   *
   * @return the cell, for example {@code D17}, or empty when the issue is not of one cell
   * @since 0.2.0
   */
  public abstract Optional<String> cell();

  /**
   * Tells whether the issue uses a field that report 1.1 added: {@code column}, {@code sheet} or
   * {@code cell}.
   *
   * @return {@code true} when one of them is present
   * @since 0.2.0
   */
  public final boolean usesReport11Fields() {
    return column().isPresent() || sheet().isPresent() || cell().isPresent();
  }

  /**
   * Returns the 0-based index of the record in its file, counting records only (not the header).
   *
   * @return the record index, or empty outside batches and for issues of the header
   */
  public abstract Optional<Long> recordIndex();

  /**
   * Returns the record type as spelled in the exchange format, for example {@code child}.
   *
   * @return the record type, or empty when not known (a line that is not JSON, say)
   */
  public abstract Optional<String> recordType();

  /**
   * Returns the id of the record the issue belongs to.
   *
   * @return the record id, or empty when the record has none or is not known
   */
  public abstract Optional<String> recordId();

  /**
   * Tells whether the issue makes the data invalid.
   *
   * @return {@code true} for {@link Severity#ERROR}
   */
  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** Masks ID- and phone-shaped text in every field that may quote the input. */
  @Value.Check
  Issue scrubbed() {
    String message = Scrubber.scrub(message());
    String path = Scrubber.scrub(path());
    Optional<String> file = file().map(Scrubber::scrub);
    Optional<String> recordId = recordId().map(Scrubber::scrub);
    Optional<String> recordType = recordType().map(Scrubber::scrub);
    Optional<String> sheet = sheet().map(Scrubber::scrub);
    if (message == message()
        && sheet.equals(sheet())
        && path == path()
        && file.equals(file())
        && recordId.equals(recordId())
        && recordType.equals(recordType())) {
      return this;
    }
    return ImmutableIssue.copyOf(this)
        .withMessage(message)
        .withPath(path)
        .withFile(file)
        .withRecordId(recordId)
        .withRecordType(recordType)
        .withSheet(sheet);
  }

  /**
   * Starts a new issue; usually obtained from {@link Rule#issue} instead.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Issue}; obtained from {@link Issue#builder()} or {@link Rule#issue}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableIssue.Builder {
    Builder() {}
  }
}
