package org.shegong.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.StringReader;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Severity;
import org.shegong.pipeline.PipelineSummary;
import org.shegong.pipeline.SourceSummary;
import org.shegong.serialization.ExchangeHeader;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.SerializationRules;
import org.shegong.validation.BatchFacts;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;

/**
 * Runs a validation on Spark: numbering, the header of each source (on the driver: one line per
 * source), the per-record stage, the cross-record rules, and the counts.
 *
 * @since 0.1.0
 */
public final class Engine {

  private static final SecureRandom SECRETS = new SecureRandom();

  private Engine() {}

  /**
   * What a run computed.
   *
   * @param facts the facts of every record line (persisted)
   * @param issues every issue, rows of {@link Schemas#ISSUE} (persisted)
   * @param summary the counts
   * @since 0.1.0
   */
  public record Computed(Dataset<Row> facts, Dataset<Row> issues, PipelineSummary summary) {}

  /**
   * Runs the validation of lines in source order.
   *
   * @param spark the session
   * @param lines rows of {@link Schemas#LINE}, in source order, then line order
   * @param names the name of each source (null: no file, no lines reported)
   * @param headers whether the first non-blank line of a source may be a header
   * @param config the validation configuration
   * @return what was computed
   */
  public static Computed run(
      SparkSession spark,
      JavaRDD<Row> lines,
      List<@Nullable String> names,
      boolean headers,
      ValidationConfig config) {
    ShegongValidator validator = Validators.of(config);
    BatchFacts facts = BatchFacts.of(validator);
    ReadOptions options =
        ReadOptions.defaults().withProfile(config.profile()).withLocale(config.locale());
    int maxLineLength = options.limits().maxLineLength();
    Numbering.Plan plan = Numbering.plan(lines, names.size(), maxLineLength);

    List<RecordReading.SourceInfo> infos = new ArrayList<>(names.size());
    List<Row> sourceIssues = new ArrayList<>();
    long[] records = new long[names.size()];
    for (int s = 0; s < names.size(); s++) {
      String name = names.get(s);
      Numbering.SourceLines source = plan.sources().get(s);
      String first = source.firstText();
      ExchangeHeader header = null;
      List<Issue> headerIssues = List.of();
      if (headers && first != null) {
        String text =
            source.firstLine() == 1 && first.startsWith("\uFEFF") ? first.substring(1) : first;
        try (ExchangeReader reader =
            ExchangeReader.open(new StringReader(text.replace('\n', ' ') + "\n"), options)) {
          header = reader.header().orElse(null);
          headerIssues = reader.headerIssues();
        }
      }
      infos.add(new RecordReading.SourceInfo(name, header != null));
      records[s] = source.nonBlank() - (header != null ? 1 : 0);
      if (header != null) {
        List<Issue> located = new ArrayList<>(headerIssues.size());
        for (Issue issue : headerIssues) {
          Issue.Builder builder = Issue.builder().from(issue).file(Optional.ofNullable(name));
          builder.line(name == null ? Optional.empty() : Optional.of(source.firstLine()));
          located.add(builder.build());
        }
        int seq = IssueRows.SEQ_HEADER;
        for (Issue issue : facts.readingIssues(located)) {
          sourceIssues.add(IssueRows.row(issue, s, false, seq++));
        }
        if (header.recordCount().isPresent() && header.recordCount().get() != records[s]) {
          Issue.Builder mismatch =
              SerializationRules.RECORD_COUNT_MISMATCH
                  .issue(
                      config.profile(),
                      config.locale(),
                      "/recordCount",
                      Map.of("declared", header.recordCount().get(), "actual", records[s]))
                  .recordType(ExchangeHeader.RECORD_TYPE);
          if (name != null) {
            mismatch.file(name).line(source.firstLine());
          }
          for (Issue issue : facts.readingIssues(List.of(mismatch.build()))) {
            sourceIssues.add(IssueRows.row(issue, s, true, 0));
          }
        }
      }
      if (name != null && records[s] == 0) {
        int src = s;
        facts.emptyFile(name).ifPresent(i -> sourceIssues.add(IssueRows.row(i, src, true, 0)));
      }
    }

    JavaRDD<Row> read =
        lines.mapPartitionsWithIndex(
            new RecordReading(config, plan, infos, citizenIdSecret()), true);
    Dataset<Row> factRows =
        spark.createDataFrame(read, Schemas.FACTS).persist(StorageLevel.MEMORY_AND_DISK());
    // read and validate once: the stages below read the facts in parallel, and each would
    // compute the partitions not cached yet
    factRows.count();
    Dataset<Row> streamed = factRows.select(explode(col("issues")).as("i")).select(col("i.*"));
    Dataset<Row> all =
        streamed
            .union(CrossRecord.issues(factRows, config, names))
            .union(spark.createDataFrame(sourceIssues, Schemas.ISSUE))
            .persist(StorageLevel.MEMORY_AND_DISK());

    Map<Integer, long[]> counts = new HashMap<>();
    for (Row row :
        all.groupBy("src")
            .agg(
                sum(when(col("severity").equalTo(Severity.ERROR.code()), 1L).otherwise(0L))
                    .as("errors"),
                sum(when(col("severity").equalTo(Severity.WARNING.code()), 1L).otherwise(0L))
                    .as("warnings"),
                count(lit(1)).as("n"))
            .collectAsList()) {
      counts.put(row.getInt(0), new long[] {row.getLong(1), row.getLong(2), 0, row.getLong(3)});
    }
    Dataset<Row> invalid =
        all.where(
                col("severity").equalTo(Severity.ERROR.code()).and(col("recordIndex").isNotNull()))
            .select(col("src"), col("recordIndex").as("idx"))
            .union(factRows.where(col("unreadable")).select("src", "idx"))
            .distinct()
            .groupBy("src")
            .count();
    for (Row row : invalid.collectAsList()) {
      counts.computeIfAbsent(row.getInt(0), s -> new long[4])[2] = row.getLong(1);
    }
    List<SourceSummary> sources = new ArrayList<>(names.size());
    long totalRecords = 0;
    long totalValid = 0;
    long totalErrors = 0;
    long totalWarnings = 0;
    for (int s = 0; s < names.size(); s++) {
      long[] c = counts.getOrDefault(s, new long[4]);
      long valid = Math.max(0, records[s] - c[2]);
      sources.add(
          new SourceSummary(
              s, Optional.ofNullable(names.get(s)), records[s], valid, c[0], c[1], 0));
      totalRecords += records[s];
      totalValid += valid;
      totalErrors += c[0];
      totalWarnings += c[1];
    }
    long issueCount = 0;
    for (long[] c : counts.values()) {
      issueCount += c[3];
    }
    PipelineSummary summary =
        new PipelineSummary(
            config.profile(),
            config.asOf(),
            validator.divisionTableVintage(),
            totalRecords,
            totalValid,
            totalErrors,
            totalWarnings,
            issueCount,
            sources);
    return new Computed(factRows, all, summary);
  }

  /**
   * A new random secret for one run's citizen-ID keys: the same in every partition of the run,
   * unknown to whoever wrote the input, so that no crafted file can make two numbers share a key.
   */
  private static byte[] citizenIdSecret() {
    byte[] secret = new byte[32];
    SECRETS.nextBytes(secret);
    return secret;
  }
}
