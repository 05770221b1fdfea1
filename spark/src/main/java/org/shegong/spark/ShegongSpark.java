package org.shegong.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.shegong.spark.internal.Engine;
import org.shegong.validation.ValidationConfig;

/**
 * Shegong's validation on Apache Spark: the same issues as {@code shegong validate} and {@link
 * org.shegong.pipeline.Pipeline} for the same input and configuration, computed by Spark at
 * provincial and national scale.
 *
 * <pre>{@code
 * ShegongSpark shegong = ShegongSpark.of(ValidationConfig.builder().asOf(asOf).build());
 * try (SparkValidation result =
 *     shegong.validate(ExchangeLines.read(spark, List.of("hdfs:///exchange/2024/640502.ndjson")))) {
 *   result.issues().write().parquet("hdfs:///reports/640502-issues");
 *   PipelineSummary summary = result.summary();
 * }
 * }</pre>
 *
 * <p><b>How it runs.</b> The per-record rules (syntax, structure, field, domain) run in {@code
 * mapPartitions}: each partition reads its lines with the serialization module's exchange reader
 * and checks them with a validator rebuilt from the serializable {@link ValidationConfig} (once per
 * executor JVM). The cross-record rules (SG-BAT-001 to SG-BAT-007) are Spark groupings and joins
 * over each record's keys and references; nothing is collected to the driver but a few numbers per
 * partition (to number the lines), the first line of each file (its header) and the counts. The
 * header checks (SG-HDR-001) and the empty-file warning (SG-BAT-008) are decided per file. Ids and
 * references are checked within each file, as the command line does.
 *
 * <p>Immutable and serializable-free: a {@code ShegongSpark} lives on the driver; only the
 * configuration is shipped.
 *
 * @since 0.1.0
 */
public final class ShegongSpark {

  private final ValidationConfig config;

  private ShegongSpark(ValidationConfig config) {
    this.config = config;
  }

  /**
   * Returns the validation of a configuration.
   *
   * @param config the configuration; not null
   * @return the validation, never null
   */
  public static ShegongSpark of(ValidationConfig config) {
    return new ShegongSpark(Objects.requireNonNull(config, "config"));
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration, never null
   */
  public ValidationConfig config() {
    return config;
  }

  /**
   * Validates exchange files.
   *
   * @param spark the session; not null
   * @param paths the files, in report order, named in the issues as given; not null
   * @return the result, never null
   */
  public SparkValidation validateFiles(SparkSession spark, String... paths) {
    return validate(ExchangeLines.read(spark, Arrays.asList(paths)));
  }

  /**
   * Validates the lines of exchange files: each file's first non-blank line may be its header.
   *
   * @param lines the lines; not null
   * @return the result, never null
   */
  public SparkValidation validate(ExchangeLines lines) {
    Objects.requireNonNull(lines, "lines");
    SparkSession spark = lines.dataset().sparkSession();
    List<@Nullable String> names = List.copyOf(lines.files());
    return new SparkValidation(Engine.run(spark, lines.ordered(), names, true, config));
  }

  /**
   * Validates a data set of NDJSON lines (for example {@code spark.read().textFile(…)}) as one
   * exchange stream, in the data set's order: the first non-blank line may be a header.
   *
   * @param lines the lines; not null
   * @param name the name the issues carry as their file, with the line numbered in the data set's
   *     order; or null for issues without file and line (located by record index only)
   * @return the result, never null
   */
  public SparkValidation validateText(Dataset<String> lines, @Nullable String name) {
    Objects.requireNonNull(lines, "lines");
    java.util.ArrayList<@Nullable String> names = new java.util.ArrayList<>(1);
    names.add(name);
    return new SparkValidation(
        Engine.run(
            lines.sparkSession(),
            lines.javaRDD().map(text -> RowFactory.create(0, null, text)),
            names,
            true,
            config));
  }

  /**
   * Validates a table whose columns follow the exchange format's field names ({@code recordType},
   * {@code id}, {@code stationId}, nested structs for nested objects, arrays for lists; a null
   * column is an absent field), in the table's order: each row is turned into its JSON line ({@link
   * Dataset#toJSON()}) and read as the exchange reader reads a line, so that the issues are the
   * ones a file with those lines gives, located by record index.
   *
   * @param table the table; not null
   * @return the result, never null
   */
  public SparkValidation validateTable(Dataset<Row> table) {
    Objects.requireNonNull(table, "table");
    java.util.ArrayList<@Nullable String> names = new java.util.ArrayList<>(1);
    names.add(null);
    return new SparkValidation(
        Engine.run(
            table.sparkSession(),
            table.toJSON().javaRDD().map(text -> RowFactory.create(0, null, text)),
            names,
            false,
            config));
  }

  @Override
  public String toString() {
    return "ShegongSpark[" + config + "]";
  }
}
