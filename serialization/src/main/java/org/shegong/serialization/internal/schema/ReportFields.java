package org.shegong.serialization.internal.schema;

import java.util.List;

/**
 * The field names of the validation report JSON, in the order of the exchange format specification;
 * shared by the renderer, the reader and the schema generator.
 *
 * @since 0.1.0
 */
public final class ReportFields {

  /** The fields of the report object, in the specification's order. */
  public static final List<String> REPORT =
      List.of("reportVersion", "valid", "profile", "asOf", "divisionTable", "summary", "issues");

  /** The fields of the {@code summary} object, in the specification's order. */
  public static final List<String> SUMMARY =
      List.of("records", "validRecords", "errors", "warnings");

  /**
   * The fields a {@code summary} may also have (report 1.1): {@code truncated} and {@code
   * issuesOmitted}, written together when a run's issue cap left issues out.
   */
  public static final List<String> SUMMARY_1_1 = List.of("truncated", "issuesOmitted");

  /**
   * The fields of an issue, in the specification's order; {@code sheet}, {@code column} and {@code
   * cell} are those of report 1.1, written only when known.
   */
  public static final List<String> ISSUE =
      List.of(
          "severity",
          "code",
          "file",
          "sheet",
          "line",
          "column",
          "cell",
          "recordIndex",
          "recordType",
          "recordId",
          "path",
          "message");

  /** The fields of an issue that report 1.1 added. */
  public static final List<String> ISSUE_1_1 = List.of("sheet", "column", "cell");

  /** The required fields of an issue; the others are omitted when absent. */
  public static final List<String> ISSUE_REQUIRED = List.of("severity", "code", "path", "message");

  private ReportFields() {}
}
