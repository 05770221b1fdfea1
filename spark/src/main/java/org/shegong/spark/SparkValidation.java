package org.shegong.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;
import org.shegong.pipeline.PipelineSummary;
import org.shegong.pipeline.SourceSummary;
import org.shegong.serialization.report.ReportJson;
import org.shegong.spark.internal.Engine;
import org.shegong.spark.internal.IssueRows;
import org.shegong.spark.internal.Schemas;

/**
 * The result of a validation on Spark: the issues, a verdict per record and the counts, as Spark
 * data sets; and writers of the exchange format's JSON report (for modest sizes) and of Parquet or
 * JSON lines (for any size).
 *
 * <p>The issues carry the report's columns: {@code severity}, {@code code}, {@code file}, {@code
 * line}, {@code recordIndex}, {@code recordType}, {@code recordId}, {@code path}, {@code message},
 * and the fields of report 1.1, nullable: {@code column} (on syntax issues), {@code sheet} and
 * {@code cell} (for tabular sources; null for exchange lines). They are masked exactly as the
 * command line's (every issue scrubs its own text). The intermediate data sets are persisted;
 * {@link #close()} releases them.
 *
 * @since 0.1.0
 */
public final class SparkValidation implements AutoCloseable {

  private final Engine.Computed computed;

  SparkValidation(Engine.Computed computed) {
    this.computed = computed;
  }

  /**
   * Returns the counts: of the run and of each file, as {@code shegong validate} reports them
   * ({@link SourceSummary#bytes()} is 0: Spark reads the files).
   *
   * @return the summary, never null
   */
  public PipelineSummary summary() {
    return computed.summary();
  }

  /**
   * Returns the issues in file order: by file (in the order given), then position in the file, as
   * the report lists them.
   *
   * @return the issues with the report's columns, never null
   */
  public Dataset<Row> issues() {
    return ordered().select(reportColumns());
  }

  /**
   * Returns the issues in no particular order (cheaper than {@link #issues()}: no sort), with the
   * report's columns.
   *
   * @return the issues, never null
   */
  public Dataset<Row> unorderedIssues() {
    return computed.issues().select(reportColumns());
  }

  /**
   * Returns the verdict of each record line: columns {@code file}, {@code line}, {@code
   * recordIndex}, {@code recordType}, {@code recordId} (null when the line did not say), {@code
   * valid} (no error, and the line could be read as a record), {@code errors} and {@code warnings}.
   *
   * @return the verdicts, in no particular order; never null
   */
  public Dataset<Row> verdicts() {
    Dataset<Row> perRecord =
        computed
            .issues()
            .where(col("recordIndex").isNotNull())
            .groupBy(col("src"), col("recordIndex").as("idx"))
            .agg(
                sum(when(col("severity").equalTo(Severity.ERROR.code()), 1L).otherwise(0L))
                    .as("errors"),
                sum(when(col("severity").equalTo(Severity.WARNING.code()), 1L).otherwise(0L))
                    .as("warnings"));
    Dataset<Row> facts = computed.facts();
    return facts
        .join(
            perRecord,
            facts
                .col("src")
                .equalTo(perRecord.col("src"))
                .and(facts.col("idx").equalTo(perRecord.col("idx"))),
            "left")
        .select(
            facts.col("file"),
            facts.col("line"),
            facts.col("idx").as("recordIndex"),
            facts.col("type").as("recordType"),
            facts.col("id").as("recordId"),
            not(facts.col("unreadable"))
                .and(coalesce(col("errors"), lit(0L)).equalTo(0L))
                .as("valid"),
            coalesce(col("errors"), lit(0L)).as("errors"),
            coalesce(col("warnings"), lit(0L)).as("warnings"));
  }

  /**
   * Returns the counts of each file as a data set: {@code file}, {@code records}, {@code
   * validRecords}, {@code errors}, {@code warnings}.
   *
   * @return one row per file, in report order; never null
   */
  public Dataset<Row> sourceSummaries() {
    List<Row> rows = new ArrayList<>();
    for (SourceSummary source : summary().sources()) {
      rows.add(
          RowFactory.create(
              source.name().orElse(null),
              source.records(),
              source.validRecords(),
              source.errors(),
              source.warnings()));
    }
    return computed
        .issues()
        .sparkSession()
        .createDataFrame(
            rows,
            new org.apache.spark.sql.types.StructType()
                .add("file", "string", true)
                .add("records", "long", false)
                .add("validRecords", "long", false)
                .add("errors", "long", false)
                .add("warnings", "long", false));
  }

  /**
   * Returns the report of the exchange format, every issue held in the driver's memory: for modest
   * numbers of issues (a few hundred thousand); for more write {@link #writeIssues}.
   *
   * @return the report, never null
   */
  public Report report() {
    List<Issue> issues = new ArrayList<>();
    Iterator<Row> rows = issues().toLocalIterator();
    while (rows.hasNext()) {
      issues.add(IssueRows.issue(rows.next()));
    }
    PipelineSummary summary = summary();
    return Report.builder()
        .profile(summary.profile())
        .asOf(summary.asOf())
        .divisionTable(summary.divisionTable())
        .summary(summary.reportSummary())
        .issues(issues)
        .build();
  }

  /**
   * Writes the report of the exchange format as JSON: the same bytes as {@code shegong validate
   * --format json} for the same files and configuration. Holds every issue in the driver's memory
   * ({@link #report()}).
   *
   * @param out the target, written as UTF-8; flushed, not closed; not null
   */
  public void writeJsonReport(OutputStream out) {
    Objects.requireNonNull(out, "out");
    ReportJson.write(report(), out);
  }

  /**
   * Writes the issues, in file order, as Parquet ({@code "parquet"}) or JSON lines ({@code
   * "json"}), any number of them; each partition is one file of the directory.
   *
   * @param path the directory to write, replaced when it exists; not null
   * @param format {@code "parquet"} or {@code "json"}; not null
   * @throws IllegalArgumentException for another format
   */
  public void writeIssues(String path, String format) {
    Objects.requireNonNull(path, "path");
    if (!format.equals("parquet") && !format.equals("json")) {
      throw new IllegalArgumentException("issues are written as parquet or json, not " + format);
    }
    issues().write().mode(SaveMode.Overwrite).format(format).save(path);
  }

  /** Releases the persisted data sets. */
  @Override
  public void close() {
    computed.issues().unpersist();
    computed.facts().unpersist();
  }

  private Dataset<Row> ordered() {
    return computed.issues().orderBy("src", "position", "late", "seq", "path");
  }

  private static Column[] reportColumns() {
    Column[] columns = new Column[Schemas.REPORT_COLUMNS.length];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = col(Schemas.REPORT_COLUMNS[i]);
    }
    return columns;
  }

  @Override
  public String toString() {
    return "SparkValidation[" + summary().records() + " records]";
  }
}
