package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.issue.Report;
import org.shegong.core.privacy.Scrubber;
import org.shegong.serialization.report.ReportJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ValidateCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @TempDir Path dir;

  @Test
  void exitsZeroOnACleanGeneratedFile() {
    Path file = Cli.writeSample(dir.resolve("clean.ndjson"), 5, AS_OF, 300);

    Cli.Result result =
        Cli.run("validate", "--as-of", "2024-06-30", "--locale", "en", file.toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .startsWith("VALID: 1 file, 300 records (300 without errors), 0 errors");
  }

  @Test
  void exitsOneOnTheSampleFileAndNamesTheRules() {
    Cli.Result result =
        Cli.run("validate", "--as-of", Cli.SAMPLE_AS_OF, Cli.sampleFile().toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("SG-CID-004", "SG-CHD-004", "SG-FWK-004", "SG-SYN-001", "SG-BAT-002")
        .contains("SG-DEM-001", "SG-STR-004", "SG-DIV-003", "SG-BAT-001")
        .contains("未通过：1 个文件，62 条记录（53 条无错误），9 个错误，0 个警告");
  }

  @Test
  void aFileWithoutRecordsIsAWarningInEitherLanguage() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.ndjson"), "");
    // a temporary directory's random digits can have the shape of an ID, which every output masks
    String empty = Scrubber.scrub(file.toString());

    Cli.Result zh = Cli.run("validate", "--as-of", Cli.SAMPLE_AS_OF, file.toString());
    Cli.Result en =
        Cli.run("validate", "--locale", "en", "--as-of", Cli.SAMPLE_AS_OF, file.toString());

    assertThat(zh.exitCode()).isZero();
    assertThat(zh.out())
        .contains(empty)
        .contains("警告", "SG-BAT-008", "文件「" + empty + "」中没有任何记录")
        .contains("通过：1 个文件，0 条记录（0 条无错误），0 个错误，1 个警告");
    assertThat(en.out())
        .contains("SG-BAT-008", "file '" + empty + "' has no records")
        .contains("0 records (0 without errors), 0 errors, 1 warning;");
  }

  @Test
  void exitsTwoWhenAFileIsMissing() {
    Cli.Result result = Cli.run("validate", dir.resolve("nope.ndjson").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("SG-CLI-001").contains("nope.ndjson").doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void exitsTwoWhenGivenADirectory() {
    assertThat(Cli.run("validate", dir.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void exitsTwoOnBadArguments() {
    String file = Cli.sampleFile().toString();
    assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", "--format", "xml", file).exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", "--as-of", "2024-13-01", file).exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", "--locale", "fr", file).exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", "--profile", "FINAL", file).exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", "--colour", file).exitCode()).isEqualTo(2);
    assertThat(Cli.run("nonsense").exitCode()).isEqualTo(2);
    assertThat(Cli.run().exitCode()).isEqualTo(2);
    Cli.Result bad = Cli.run("validate", "--as-of", "yesterday", file);
    assertThat(bad.err()).contains("yyyy-MM-dd").contains("validate --help");
  }

  @Test
  void jsonReportHasTheSpecKeysInTheSpecOrder() throws IOException {
    Cli.Result result =
        Cli.run(
            "validate",
            "--format",
            "json",
            "--as-of",
            Cli.SAMPLE_AS_OF,
            Cli.sampleFile().toString());

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode report = MAPPER.readTree(result.out());
    assertThat(names(report))
        .containsExactly(
            "reportVersion", "valid", "profile", "asOf", "divisionTable", "summary", "issues");
    assertThat(names(report.get("summary")))
        .containsExactly("records", "validRecords", "errors", "warnings");
    // the sample has a syntax error, whose column report 1.1 carries
    assertThat(report.get("reportVersion").asText()).isEqualTo("1.1");
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("profile").asText()).isEqualTo("EXCHANGE");
    assertThat(report.get("asOf").asText()).isEqualTo(Cli.SAMPLE_AS_OF);
    assertThat(report.get("divisionTable").asText()).isEqualTo("2022");
    assertThat(report.get("summary").get("records").asLong()).isEqualTo(62);
    assertThat(report.get("summary").get("errors").asLong()).isEqualTo(9);
    JsonNode issue = report.get("issues").get(0);
    assertThat(names(issue))
        .containsExactly(
            "severity",
            "code",
            "file",
            "line",
            "recordIndex",
            "recordType",
            "recordId",
            "path",
            "message");
    // stdout is pure JSON: the summary line went to stderr
    assertThat(result.err()).contains("未通过").contains("每秒");
  }

  @Test
  void jsonReportIsExactlyWhatTheReportRendererWrites() {
    Cli.Result result =
        Cli.run(
            "validate",
            "--format",
            "json",
            "--as-of",
            Cli.SAMPLE_AS_OF,
            Cli.sampleFile().toString());

    Report report = ReportJson.read(result.out());
    assertThat(result.out()).isEqualTo(ReportJson.render(report));
    assertThat(report.issues()).extracting(i -> i.line().orElseThrow()).isSorted();
  }

  @Test
  void textReportGroupsByRecordInEitherLanguage() {
    String file = Cli.sampleFile().toString();
    Cli.Result zh = Cli.run("validate", "--as-of", Cli.SAMPLE_AS_OF, file);
    Cli.Result en = Cli.run("validate", "--as-of", Cli.SAMPLE_AS_OF, "--locale", "en", file);

    assertThat(zh.out())
        .contains("  第 10 行 · child C-000001\n    错误   SG-CID-004  /citizenId  ")
        .contains("校验码");
    assertThat(en.out())
        .contains("  line 10 · child C-000001\n    ERROR    SG-CID-004  /citizenId  ")
        .contains("INVALID: 1 file, 62 records (53 without errors), 9 errors, 0 warnings");
  }

  @Test
  void neverPrintsTheRawIdentifiersOrNamesOfTheSample() throws IOException {
    List<String> lines = Files.readAllLines(Cli.sampleFile(), StandardCharsets.UTF_8);
    Cli.Result result =
        Cli.run(
            "validate",
            "--format",
            "json",
            "--as-of",
            Cli.SAMPLE_AS_OF,
            Cli.sampleFile().toString());

    JsonNode child = MAPPER.readTree(lines.get(9)); // line 10: the broken citizen ID
    assertThat(result.out())
        .doesNotContain(child.get("citizenId").asText())
        .doesNotContain(child.get("name").asText());
  }

  @Test
  void draftProfileMakesUnknownFieldsWarnings() throws IOException {
    Path clean = Cli.writeSample(dir.resolve("clean.ndjson"), 3, AS_OF, 5);
    List<String> lines = new ArrayList<>(Files.readAllLines(clean));
    lines.set(2, lines.get(2).replaceFirst("\\{", "{\"nickname\":\"x\","));
    Path file = Files.write(dir.resolve("unknown-field.ndjson"), lines);

    Cli.Result exchange =
        Cli.run("validate", "--as-of", "2024-06-30", "--format", "json", file.toString());
    Cli.Result draft =
        Cli.run(
            "validate",
            "--as-of",
            "2024-06-30",
            "--format",
            "json",
            "--profile",
            "draft",
            file.toString());

    assertThat(exchange.exitCode()).isEqualTo(1);
    assertThat(draft.exitCode()).isZero();
    Report report = ReportJson.read(draft.out());
    assertThat(report.profile().code()).isEqualTo("DRAFT");
    assertThat(report.summary().warnings()).isEqualTo(1);
    assertThat(report.issues()).extracting(i -> i.code()).containsExactly("SG-STR-004");
  }

  @Test
  void referenceDateDecidesTimeDependentRules() {
    Path file = Cli.writeSample(dir.resolve("clean.ndjson"), 9, AS_OF, 120);

    Cli.Result then =
        Cli.run("validate", "--as-of", "2024-06-30", "--format", "json", file.toString());
    Cli.Result later =
        Cli.run("validate", "--as-of", "2031-01-01", "--format", "json", file.toString());

    assertThat(then.exitCode()).isZero();
    assertThat(later.exitCode()).isEqualTo(1);
    assertThat(ReportJson.read(later.out()).asOf()).isEqualTo(LocalDate.of(2031, 1, 1));
  }

  @Test
  void aUserDivisionTableIsUsedAndNamedInTheReport() throws IOException {
    Path table = Files.createDirectory(dir.resolve("divisions"));
    Files.writeString(table.resolve("provinces.csv"), "code,name\n34,\"安徽省\"\n");
    Files.writeString(table.resolve("cities.csv"), "code,name,provinceCode\n3403,\"蚌埠市\",34\n");
    Files.writeString(
        table.resolve("areas.csv"), "code,name,cityCode,provinceCode\n340323,\"固镇县\",3403,34\n");
    Files.writeString(
        table.resolve("streets.csv"),
        "code,name,areaCode,provinceCode,cityCode\n340323107,\"濠城镇\",340323,34,3403\n");
    Files.writeString(table.resolve("VINTAGE"), "2099-test\n");
    // the first 20 records are all in 濠城镇; record 22 is a station in 杨庙镇 (340323108)
    Path small = Cli.writeSample(dir.resolve("small.ndjson"), 2024, LocalDate.of(2026, 11, 22), 20);
    Path wider = Cli.writeSample(dir.resolve("wider.ndjson"), 2024, LocalDate.of(2026, 11, 22), 25);
    String[] common = {"validate", "--as-of", "2026-11-22", "--format", "json"};

    Cli.Result inside = Cli.run(concat(common, "--divisions", table.toString(), small.toString()));
    Cli.Result outside = Cli.run(concat(common, "--divisions", table.toString(), wider.toString()));
    Cli.Result bundled = Cli.run(concat(common, wider.toString()));
    Cli.Result named =
        Cli.run(
            concat(
                common,
                "--divisions",
                table.toString(),
                "--divisions-vintage",
                "2024-01",
                small.toString()));

    assertThat(inside.exitCode()).as(inside.out()).isZero();
    assertThat(ReportJson.read(inside.out()).divisionTable()).isEqualTo("2099-test");
    assertThat(outside.exitCode()).isEqualTo(1);
    assertThat(ReportJson.read(outside.out()).issues())
        .extracting(i -> i.code())
        .containsOnly("SG-DIV-003");
    assertThat(bundled.exitCode()).isZero();
    assertThat(ReportJson.read(named.out()).divisionTable()).isEqualTo("2024-01");
  }

  @Test
  void aUserDivisionTableWithoutVintageCannotRun() throws IOException {
    Path table = Files.createDirectory(dir.resolve("divisions"));
    Cli.Result result =
        Cli.run("validate", "--divisions", table.toString(), Cli.sampleFile().toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--divisions-vintage");
  }

  @Test
  void aVintageWithoutATableCannotRun() {
    Cli.Result result =
        Cli.run("validate", "--divisions-vintage", "2023", Cli.sampleFile().toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("SG-CLI-003").contains("--divisions DIR");
  }

  @Test
  void severalFilesGiveOneReportInFileOrder() throws IOException {
    Path first = Cli.writeSample(dir.resolve("first.ndjson"), 1, AS_OF, 40);
    Path second = Files.copy(Cli.sampleFile(), dir.resolve("second.ndjson"));

    Cli.Result result =
        Cli.run(
            "validate",
            "--format",
            "json",
            "--as-of",
            Cli.SAMPLE_AS_OF,
            second.toString(),
            first.toString());

    Report report = ReportJson.read(result.out());
    assertThat(report.summary().records()).isEqualTo(102);
    // file names are reported scrubbed: a temporary directory may have an ID-shaped name
    String secondName = Scrubber.scrub(second.toString());
    String firstName = Scrubber.scrub(first.toString());
    assertThat(report.issues()).extracting(i -> i.file().orElseThrow()).contains(secondName);
    // at 2026-11-22 the 2024 sample has overdue visits: its issues come after the first file's
    List<String> files = report.issues().stream().map(i -> i.file().orElseThrow()).toList();
    assertThat(files.lastIndexOf(secondName)).isLessThan(files.indexOf(firstName));
  }

  @Test
  void textAndJsonReportsOfTheSampleAreExactlyThoseOfTheOneThreadCommand() throws IOException {
    // the outputs of `validate` before it ran on the pipeline, saved from version 0.1 (messages
    // since reworded in Chinese)
    String file = Cli.sampleFile().toString();
    for (String threads : List.of("1", "2", "4")) {
      Cli.Result zh = Cli.run("validate", "--threads", threads, "--as-of", Cli.SAMPLE_AS_OF, file);
      Cli.Result en =
          Cli.run(
              "validate",
              "--threads",
              threads,
              "--locale",
              "en",
              "--as-of",
              Cli.SAMPLE_AS_OF,
              file);
      Cli.Result json =
          Cli.run(
              "validate",
              "--threads",
              threads,
              "--format",
              "json",
              "--as-of",
              Cli.SAMPLE_AS_OF,
              file);

      assertThat(withoutTiming(zh.out())).isEqualTo(expected("sample.zh.txt", file));
      assertThat(withoutTiming(en.out())).isEqualTo(expected("sample.en.txt", file));
      assertThat(json.out()).isEqualTo(expected("sample.json", file));
      assertThat(zh.out()).endsWith("\n").contains("未通过：1 个文件，62 条记录（53 条无错误），9 个错误");
    }
  }

  @Test
  void readsStandardInputAndCompressedFilesAsTheFileItself() throws IOException {
    Path sample = Cli.sampleFile();
    Path gz = dir.resolve("sample.ndjson.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(sample, out);
    }
    String plain =
        Cli.run("validate", "--format", "json", "--as-of", Cli.SAMPLE_AS_OF, sample.toString())
            .out();
    Cli.Result compressed =
        Cli.run("validate", "--format", "json", "--as-of", Cli.SAMPLE_AS_OF, gz.toString());
    java.io.InputStream saved = System.in;
    Cli.Result stdin;
    try {
      System.setIn(Files.newInputStream(sample));
      stdin = Cli.run("validate", "--format", "json", "--as-of", Cli.SAMPLE_AS_OF, "-");
    } finally {
      System.setIn(saved);
    }

    assertThat(compressed.exitCode()).isEqualTo(1);
    assertThat(compressed.out())
        .isEqualTo(plain.replace(Scrubber.scrub(sample.toString()), Scrubber.scrub(gz.toString())));
    assertThat(stdin.exitCode()).isEqualTo(1);
    assertThat(stdin.out()).isEqualTo(plain.replace(Scrubber.scrub(sample.toString()), "<stdin>"));
  }

  @Test
  void threadsMustBeAtLeastOne() {
    Cli.Result result = Cli.run("validate", "--threads", "0", Cli.sampleFile().toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--threads");
  }

  @Test
  void aCorruptCompressedFileIsAUsageFailureWithoutAStackTrace() throws IOException {
    Path gz = dir.resolve("cut.ndjson.gz");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
      Files.copy(Cli.sampleFile(), out);
    }
    byte[] all = bytes.toByteArray();
    Files.write(gz, java.util.Arrays.copyOf(all, all.length / 2));

    Cli.Result result = Cli.run("validate", gz.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("SG-CLI-001")
        .contains("cut.ndjson.gz")
        .doesNotContain("\tat ");
  }

  private static String withoutTiming(String text) {
    int summary = text.lastIndexOf('\n', text.length() - 2);
    return text.substring(0, summary + 1);
  }

  private static String expected(String name, String file) throws IOException {
    try (var in = ValidateCommandTest.class.getResourceAsStream("/validate/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("examples/data/sample-exchange.ndjson", file);
    }
  }

  private static List<String> names(JsonNode node) {
    return new ArrayList<>(node.propertyNames());
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
