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
   * The fields of an issue, in the specification's order. An issue's column (syntax issues) is not
   * a field of the report format: syntax messages state it in their text.
   */
  public static final List<String> ISSUE =
      List.of(
          "severity",
          "code",
          "file",
          "line",
          "recordIndex",
          "recordType",
          "recordId",
          "path",
          "message");

  /** The required fields of an issue; the others are omitted when absent. */
  public static final List<String> ISSUE_REQUIRED = List.of("severity", "code", "path", "message");

  private ReportFields() {}
}
