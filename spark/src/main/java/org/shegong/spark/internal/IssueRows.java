package org.shegong.spark.internal;

import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Severity;

/**
 * Issues to rows of {@link Schemas#ISSUE} and back.
 *
 * @since 0.1.0
 */
public final class IssueRows {

  /** The rank of SG-BAT-001 among a record's issues: after its own. */
  public static final int SEQ_DUPLICATE_ID = 1_000_000;

  /** The rank of SG-BAT-003. */
  public static final int SEQ_DUPLICATE_CHILD = 1_000_001;

  /** The rank of the first slot's issue (SG-BAT-004 to SG-BAT-007); the others follow. */
  public static final int SEQ_SLOT = 1_000_002;

  /** The rank of a header's issues: before anything else on the line. */
  public static final int SEQ_HEADER = -1_000_000;

  private IssueRows() {}

  /** The position of an issue in its source: its line, else its record index + 1, else 0. */
  static long position(Issue issue) {
    Optional<Long> line = issue.line();
    if (line.isPresent()) {
      return line.get();
    }
    return issue.recordIndex().map(i -> i + 1).orElse(0L);
  }

  /**
   * Returns the row of an issue.
   *
   * @param issue the issue
   * @param src the source's position
   * @param late whether it is known only at the end of the source
   * @param seq its rank among the issues of its record
   * @return the row
   */
  public static Row row(Issue issue, int src, boolean late, int seq) {
    return RowFactory.create(
        src,
        position(issue),
        late ? 1 : 0,
        seq,
        issue.severity().code(),
        issue.code(),
        issue.file().orElse(null),
        issue.line().orElse(null),
        issue.recordIndex().orElse(null),
        issue.recordType().orElse(null),
        issue.recordId().orElse(null),
        issue.path(),
        issue.message(),
        issue.column().orElse(null),
        null,
        null);
  }

  /**
   * Returns the issue of a row with the report's columns (by name).
   *
   * @param row a row with the columns of {@link Schemas#REPORT_COLUMNS}
   * @return the issue
   */
  public static Issue issue(Row row) {
    Issue.Builder builder =
        Issue.builder()
            .severity(Severity.ofCode(row.getAs("severity")))
            .code(row.<String>getAs("code"))
            .path(row.<String>getAs("path"))
            .message(row.<String>getAs("message"));
    String file = nullable(row, "file");
    if (file != null) {
      builder.file(file);
    }
    Long line = nullable(row, "line");
    if (line != null) {
      builder.line(line);
    }
    Long column = nullable(row, "column");
    if (column != null) {
      builder.column(column);
    }
    Long recordIndex = nullable(row, "recordIndex");
    if (recordIndex != null) {
      builder.recordIndex(recordIndex);
    }
    String recordType = nullable(row, "recordType");
    if (recordType != null) {
      builder.recordType(recordType);
    }
    String recordId = nullable(row, "recordId");
    if (recordId != null) {
      builder.recordId(recordId);
    }
    return builder.build();
  }

  /**
   * Returns a list as the Scala sequence a row's array column holds.
   *
   * @param values the values
   * @return the sequence
   */
  public static scala.collection.immutable.Seq<Object> seq(java.util.List<?> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(
            java.util.Collections.<Object>unmodifiableList(values))
        .toList();
  }

  /** The value of a nullable column. */
  static <T> @Nullable T nullable(Row row, String column) {
    int i = row.fieldIndex(column);
    return row.isNullAt(i) ? null : row.<T>getAs(i);
  }
}
