package org.shegong.spark.internal;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.shegong.core.issue.Profile;
import org.shegong.spark.ExchangeLines;
import org.shegong.spark.ShegongSpark;
import org.shegong.spark.SparkValidation;
import org.shegong.validation.ValidationConfig;

/**
 * {@code ./shegong-spark validate}: the command line's {@code validate --format json} run on a
 * Spark session, for trying the adapter without a cluster (and as the main class of {@code
 * spark-submit}).
 *
 * <pre>
 * shegong-spark validate [--master local[2]] [--format json] [--as-of yyyy-MM-dd]
 *                        [--profile EXCHANGE|DRAFT] [--locale zh-CN|en] [--partitions N]
 *                        [--issues DIR --issues-format parquet|json] FILE…
 * </pre>
 *
 * <p>Prints the report JSON on standard output (or, with {@code --issues}, writes the issues there
 * and only the summary), a summary line on standard error; exits 0 without errors, 1 with errors, 2
 * when it cannot run.
 *
 * @since 0.1.0
 */
public final class Launcher {

  private Launcher() {}

  /**
   * Runs the command.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command and returns its exit status.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, OutputStream out, PrintStream err) {
    if (args.length == 0 || !args[0].equals("validate")) {
      err.println(
          "usage: shegong-spark validate [--master URL] [--format json] [--as-of DATE]"
              + " [--profile EXCHANGE|DRAFT] [--locale zh-CN|en] [--partitions N]"
              + " [--issues DIR [--issues-format parquet|json]] FILE...");
      return 2;
    }
    String master = null;
    LocalDate asOf = LocalDate.now();
    Profile profile = Profile.EXCHANGE;
    Locale locale = Locale.SIMPLIFIED_CHINESE;
    int partitions = 1;
    String issuesDir = null;
    String issuesFormat = "parquet";
    List<String> files = new ArrayList<>();
    try {
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--master" -> master = args[++i];
          case "--format" -> {
            String format = args[++i];
            if (!format.equals("json")) {
              err.println("shegong-spark: only --format json is supported, not " + format);
              return 2;
            }
          }
          case "--as-of" -> asOf = LocalDate.parse(args[++i]);
          case "--profile" -> profile = Profile.valueOf(args[++i]);
          case "--locale" -> locale = Locale.forLanguageTag(args[++i]);
          case "--partitions" -> partitions = Integer.parseInt(args[++i]);
          case "--issues" -> issuesDir = args[++i];
          case "--issues-format" -> issuesFormat = args[++i];
          default -> {
            if (a.startsWith("--")) {
              err.println("shegong-spark: unknown option " + a);
              return 2;
            }
            files.add(Path.of(a).toString());
          }
        }
      }
    } catch (RuntimeException e) {
      err.println("shegong-spark: bad arguments: " + e.getMessage());
      return 2;
    }
    if (files.isEmpty()) {
      err.println("shegong-spark: no FILE given");
      return 2;
    }
    for (String file : files) {
      if (!file.contains("://") && !Files.isRegularFile(Path.of(file))) {
        err.println("shegong-spark: cannot read " + file + ": not a readable file");
        return 2;
      }
    }
    ValidationConfig config =
        ValidationConfig.builder().profile(profile).locale(locale).asOf(asOf).build();
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("shegong-spark validate")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try (SparkValidation result =
        ShegongSpark.of(config).validate(ExchangeLines.read(spark, files, partitions))) {
      if (issuesDir != null) {
        result.writeIssues(issuesDir, issuesFormat);
      } else {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        result.writeJsonReport(buffered);
        buffered.flush();
      }
      var summary = result.summary();
      err.println(
          "shegong-spark: "
              + files.size()
              + " file(s), "
              + summary.records()
              + " records, "
              + summary.validRecords()
              + " valid, "
              + summary.errors()
              + " errors, "
              + summary.warnings()
              + " warnings");
      return summary.errors() > 0 ? 1 : 0;
    } catch (java.io.IOException e) {
      err.println("shegong-spark: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }
}
