package org.shegong.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.model.RecordType;
import org.shegong.pipeline.Fixtures;
import org.shegong.pipeline.Pipeline;
import org.shegong.pipeline.PipelineConfig;
import org.shegong.pipeline.PipelineResult;
import org.shegong.pipeline.Source;
import org.shegong.serialization.report.ReportJson;
import org.shegong.validation.SeverityOverride;
import org.shegong.validation.ValidationConfig;

/**
 * The Spark adapter on {@code local[2]} gives the pipeline's report, byte for byte, on the sample
 * file and on generated files with defects of every rule, with the lines split over several
 * partitions.
 */
class SparkValidationTest {

  private static final Path SAMPLE = Path.of("../examples/data/sample-exchange.ndjson");

  private static final ValidationConfig CONFIG =
      ValidationConfig.builder().asOf(Fixtures.AS_OF).build();

  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("shegong-spark tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            // tiny inputs: compiling each stage costs more than it saves
            .config("spark.sql.codegen.wholeStage", "false")
            .config("spark.default.parallelism", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String pipelineJson(ValidationConfig config, Path... files) {
    PipelineResult result =
        Pipeline.of(PipelineConfig.builder().validation(config).threads(2).build()).validate(files);
    return ReportJson.render(result.report());
  }

  private static String sparkJson(SparkValidation result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    result.writeJsonReport(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> findings(Report report) {
    return report.issues().stream()
        .map(i -> i.code() + " " + i.line().orElse(-1L) + " " + i.path() + " " + i.message())
        .toList();
  }

  @Test
  void theSampleFileGivesThePipelinesReport() {
    ValidationConfig config =
        ValidationConfig.builder().asOf(java.time.LocalDate.of(2024, 6, 30)).build();
    try (SparkValidation result =
        ShegongSpark.of(config).validate(ExchangeLines.read(spark, SAMPLE, 3))) {
      assertThat(sparkJson(result)).isEqualTo(pipelineJson(config, SAMPLE));
      assertThat(result.summary().records()).isEqualTo(62);
      assertThat(result.verdicts().count()).isEqualTo(62);
    }
  }

  static Stream<Arguments> seeds() {
    return Stream.of(Arguments.of(2024L, 400));
  }

  @ParameterizedTest(name = "seed {0}, {1} records")
  @MethodSource("seeds")
  void generatedFilesWithDefectsOfEveryRuleGiveThePipelinesReport(long seed, int n) {
    Fixtures.Generated generated = Fixtures.generate(seed, n, 0.3);
    Path file = Fixtures.write(dir.resolve("generated.ndjson"), generated.lines(), true);
    Path gz = Fixtures.write(dir.resolve("again.ndjson.gz"), generated.lines(), false);
    Path empty = Fixtures.write(dir.resolve("empty.ndjson"), List.of("", " "), true);
    Path headerOnly =
        Fixtures.write(
            dir.resolve("header.ndjson"),
            List.of("{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"recordCount\":2}"),
            true);
    Path[] files = {file, gz, empty, headerOnly};
    String expected = pipelineJson(CONFIG, files);
    List<String> paths = Stream.of(files).map(Path::toString).toList();
    try (SparkValidation result =
        ShegongSpark.of(CONFIG).validate(ExchangeLines.read(spark, paths, 5))) {
      String actual = sparkJson(result);
      Report expectedReport = ReportJson.read(expected);
      Report actualReport = ReportJson.read(actual);
      assertThat(findings(actualReport)).containsExactlyElementsOf(findings(expectedReport));
      assertThat(actual).isEqualTo(expected);
      // the file holds defects of many rules, and the findings cover the file-level rules (the
      // duplicates are the cross-partition test's)
      assertThat(generated.defects()).hasSizeGreaterThan(20);
      assertThat(actualReport.issues().stream().map(Issue::code).collect(Collectors.toSet()))
          .contains(
              "SG-BAT-002", "SG-BAT-008", "SG-HDR-001", "SG-HDR-002", "SG-SYN-001", "SG-SYN-004");
      long invalid = result.verdicts().where("NOT valid").count();
      assertThat(invalid).isEqualTo(result.summary().records() - result.summary().validRecords());
    }
  }

  /** Records whose duplicates, references and workers sit in other partitions than they do. */
  private static List<String> crossPartitionLines() {
    List<String> lines = new ArrayList<>();
    String child =
        "{\"recordType\":\"child\",\"id\":\"C-%d\",\"name\":\"张三\",\"citizenId\":\"%s\","
            + "\"responsibleIds\":{\"childSupervisorId\":\"W-1\",\"childDirectorId\":\"W-2\","
            + "\"socialWorkerId\":\"%s\"}}";
    lines.add(String.format(child, 1, "110101201501011233", "W-3"));
    lines.add(
        "{\"recordType\":\"worker\",\"id\":\"W-2\",\"name\":\"李四\",\"roles\":[\"CHILD_SUPERVISOR\"]}");
    for (int i = 0; i < 200; i++) {
      lines.add("{\"recordType\":\"station\",\"id\":\"S-" + i + "\",\"name\":\"站" + i + "\"}");
    }
    lines.add(
        "{\"recordType\":\"worker\",\"id\":\"W-1\",\"name\":\"王五\",\"roles\":[\"CHILD_DIRECTOR\"]}");
    lines.add("{\"recordType\":\"worker\",\"id\":\"W-3\",\"name\":\"赵六\",\"roles\":[]}");
    lines.add("{\"recordType\":\"station\",\"id\":\"S-7\",\"name\":\"重复\"}");
    lines.add(String.format(child, 2, "110101201501011233", "W-404"));
    lines.add(
        "{\"recordType\":\"serviceRecord\",\"id\":\"R-1\",\"stationId\":\"S-199\","
            + "\"workerIds\":[\"W-1\",\"W-9\"],\"recipientIds\":[\"C-2\",\"C-3\"]}");
    return lines;
  }

  @Test
  void crossPartitionDuplicatesReferencesAndWorkersAreFound() {
    Path file = Fixtures.write(dir.resolve("cross.ndjson"), crossPartitionLines(), true);
    String expected = pipelineJson(CONFIG, file);
    try (SparkValidation result =
        ShegongSpark.of(CONFIG).validate(ExchangeLines.read(spark, file, 6))) {
      assertThat(result.unorderedIssues().sparkSession()).isSameAs(spark);
      String actual = sparkJson(result);
      assertThat(findings(ReportJson.read(actual)))
          .containsExactlyElementsOf(findings(ReportJson.read(expected)));
      assertThat(actual).isEqualTo(expected);
      List<String> codes = result.issues().select("code").as(Encoders.STRING()).collectAsList();
      // duplicates of S-7 and of the citizen ID, W-9/W-404/C-3 missing, the roles misfit both ways
      assertThat(codes)
          .contains(
              "SG-BAT-001", "SG-BAT-002", "SG-BAT-003", "SG-BAT-004", "SG-BAT-005", "SG-BAT-006");
    }
  }

  @Test
  void severityOverridesAndKnownExternalsApplyAsInThePipeline() {
    ValidationConfig config =
        ValidationConfig.builder()
            .asOf(Fixtures.AS_OF)
            .severity("SG-BAT-001", SeverityOverride.WARNING)
            .severity("SG-SYN-001", SeverityOverride.OFF)
            .severity("SG-STR-003", SeverityOverride.INFO)
            .knownExternalIds(RecordType.WORKER, List.of("W-404", "W-9"))
            .build();
    Fixtures.Generated generated = Fixtures.generate(7L, 150, 0.3);
    List<String> lines = new ArrayList<>(generated.lines());
    lines.addAll(crossPartitionLines());
    Path file = Fixtures.write(dir.resolve("overrides.ndjson"), lines, true);
    try (SparkValidation result =
        ShegongSpark.of(config).validate(ExchangeLines.read(spark, file, 4))) {
      assertThat(sparkJson(result)).isEqualTo(pipelineJson(config, file));
    }
  }

  @Test
  void aDatasetOfLinesIsValidatedAsTheFileItCameFrom() throws Exception {
    Fixtures.Generated generated = Fixtures.generate(5L, 150, 0.3);
    Path file = Fixtures.write(dir.resolve("text.ndjson"), generated.lines(), true);
    Dataset<String> lines =
        spark.createDataset(Files.readAllLines(file), Encoders.STRING()).repartition(1);
    try (SparkValidation result = ShegongSpark.of(CONFIG).validateText(lines, file.toString())) {
      assertThat(sparkJson(result)).isEqualTo(pipelineJson(CONFIG, file));
    }
    // lines with their file and line, in any order
    List<Row> numbered = new ArrayList<>();
    List<String> all = Files.readAllLines(file);
    for (int i = all.size() - 1; i >= 0; i--) {
      numbered.add(RowFactory.create(file.toString(), (long) i + 1, all.get(i)));
    }
    StructType schema =
        new StructType()
            .add("file", DataTypes.StringType)
            .add("line", DataTypes.LongType)
            .add("text", DataTypes.StringType);
    Dataset<Row> shuffled = spark.createDataFrame(numbered, schema).repartition(3);
    try (SparkValidation result =
        ShegongSpark.of(CONFIG).validate(ExchangeLines.of(shuffled, List.of(file.toString())))) {
      assertThat(sparkJson(result)).isEqualTo(pipelineJson(CONFIG, file));
    }
  }

  @Test
  void aTableWithTheExchangeFieldNamesGivesTheIssuesOfItsRecords() throws Exception {
    List<String> lines = crossPartitionLines();
    Dataset<Row> table =
        spark.read().json(spark.createDataset(lines, Encoders.STRING())).repartition(1);
    List<Issue> expected =
        Pipeline.of(PipelineConfig.builder().validation(CONFIG).threads(1).build())
            .validate(Source.lines("table", lines))
            .issues();
    try (SparkValidation result = ShegongSpark.of(CONFIG).validateTable(table)) {
      List<String> actual =
          result.issues().collectAsList().stream()
              .map(r -> r.getAs("code") + " " + r.getAs("recordIndex") + " " + r.getAs("path"))
              .toList();
      assertThat(actual)
          .containsExactlyElementsOf(
              expected.stream()
                  .map(i -> i.code() + " " + i.recordIndex().orElse(null) + " " + i.path())
                  .toList());
      assertThat(result.issues().where("file IS NOT NULL OR line IS NOT NULL").count()).isZero();
    }
  }
}
