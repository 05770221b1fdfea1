package org.shegong.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.privacy.Scrubber;
import org.shegong.testing.mutation.Defect;
import org.shegong.testing.sample.SampleData;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;

class PipelineTest {

  private static final ValidationConfig CONFIG =
      ValidationConfig.builder().asOf(Fixtures.AS_OF).build();

  @TempDir static Path dir;

  private static Fixtures.Generated generated;
  private static Path file;
  private static Path second;
  private static Sequential.Outcome expected;

  @BeforeAll
  static void generate() {
    // a seed whose file carries every defect on a readable line (the first assertion of
    // theGeneratedFileHasADefectOfEveryRuleAndEachIsReported says so when the generator changes)
    generated = Fixtures.generate(41, 4000, 0.3);
    file = Fixtures.write(dir.resolve("generated.ndjson"), generated.lines(), true);
    Fixtures.Generated other = Fixtures.generate(42, 300, 0.5);
    second = Fixtures.write(dir.resolve("second.ndjson"), other.lines(), false);
    expected = Sequential.run(ShegongValidator.create(CONFIG), List.of(file, second));
  }

  static Stream<Arguments> threadsAndChunks() {
    return Stream.of(
        Arguments.of(1, PipelineConfig.DEFAULT_CHUNK_BYTES),
        Arguments.of(2, PipelineConfig.DEFAULT_CHUNK_BYTES),
        Arguments.of(4, PipelineConfig.DEFAULT_CHUNK_BYTES),
        Arguments.of(1, 1),
        Arguments.of(2, 777),
        Arguments.of(4, 64 * 1024),
        Arguments.of(3, 5000));
  }

  private static Pipeline pipeline(int threads, int chunkBytes) {
    return Pipeline.of(
        PipelineConfig.builder()
            .validation(CONFIG)
            .threads(threads)
            .chunkBytes(chunkBytes)
            .build());
  }

  @ParameterizedTest(name = "{0} threads, chunks of {1} bytes")
  @MethodSource("threadsAndChunks")
  void givesTheOneThreadJobsIssuesInItsOrderWhateverTheThreadsAndChunks(
      int threads, int chunkBytes) {
    PipelineResult result = pipeline(threads, chunkBytes).validate(file, second);

    assertThat(result.issues()).containsExactlyElementsOf(expected.issues());
    PipelineSummary summary = result.summary();
    assertThat(summary.records()).isEqualTo(expected.records());
    assertThat(summary.validRecords()).isEqualTo(expected.validRecords());
    assertThat(summary.errors()).isEqualTo(expected.errors());
    assertThat(summary.warnings()).isEqualTo(expected.warnings());
    assertThat(summary.issues()).isEqualTo(expected.issues().size());
  }

  @Test
  void theGeneratedFileHasADefectOfEveryRuleAndEachIsReported() {
    assertThat(generated.defects()).containsExactlyInAnyOrder(Defect.values());
    Set<String> codes =
        pipeline(2, 8192).validate(file).issues().stream()
            .map(Issue::code)
            .collect(Collectors.toSet());
    for (Defect defect : Defect.values()) {
      assertThat(codes).as(defect.name()).contains(defect.ruleCode());
    }
    assertThat(codes)
        .contains(
            "SG-SYN-001",
            "SG-SYN-002",
            "SG-SYN-003",
            "SG-SYN-004",
            "SG-SYN-005",
            "SG-STR-002",
            "SG-STR-004",
            "SG-STR-005",
            "SG-HDR-001",
            "SG-HDR-002",
            "SG-BAT-002");
  }

  @Test
  void issuesComeInFileOrder() {
    List<Issue> issues = pipeline(4, 4096).validate(file, second).issues();
    // file names are reported scrubbed: a temporary directory may have an ID-shaped name
    List<String> files =
        List.of(Scrubber.scrub(file.toString()), Scrubber.scrub(second.toString()));
    for (int i = 1; i < issues.size(); i++) {
      Issue a = issues.get(i - 1);
      Issue b = issues.get(i);
      int fa = files.indexOf(a.file().orElseThrow());
      int fb = files.indexOf(b.file().orElseThrow());
      assertThat(fa).isLessThanOrEqualTo(fb);
      if (fa == fb) {
        assertThat(a.line().orElseThrow()).isLessThanOrEqualTo(b.line().orElseThrow());
      }
    }
    assertThat(issues).isNotEmpty();
  }

  @Test
  void aSmallSpoolThatSpillsToDiskChangesNothing() {
    Pipeline spilling =
        Pipeline.of(
            PipelineConfig.builder()
                .validation(CONFIG)
                .threads(2)
                .chunkBytes(10_000)
                .spoolMemoryBytes(256)
                .build());
    assertThat(spilling.validate(file, second).issues())
        .containsExactlyElementsOf(expected.issues());
  }

  @Test
  void readsGzipCompressedFiles() throws Exception {
    Path gz = Fixtures.write(dir.resolve("generated.ndjson.gz"), generated.lines(), true);
    PipelineResult plain = pipeline(2, 30_000).validate(file);
    PipelineResult compressed = pipeline(2, 30_000).validate(gz);

    assertThat(compressed.issues())
        .containsExactlyElementsOf(renamed(plain.issues(), gz.toString()));
    assertThat(compressed.summary().errors()).isEqualTo(plain.summary().errors());
    assertThat(compressed.summary().sources().get(0).bytes())
        .isEqualTo(Files.size(gz))
        .isLessThan(Files.size(file));
  }

  @Test
  void readsStandardInputAsASourceNamedStdin() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(file)));
      PipelineResult fromStdin = pipeline(2, 50_000).validate(Source.stdin());
      assertThat(fromStdin.issues())
          .containsExactlyElementsOf(
              renamed(pipeline(1, 50_000).validate(file).issues(), Source.STDIN_NAME));
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void readsAStreamAndLinesInMemoryAsTheFileTheyMake() {
    PipelineResult fromFile = pipeline(2, 20_000).validate(second);
    PipelineResult fromLines =
        pipeline(2, 20_000)
            .validate(Source.lines(second.toString(), Fixtures.generate(42, 300, 0.5).lines()));
    PipelineResult fromStream =
        pipeline(3, 20_000)
            .validate(
                Source.stream(
                    second.toString(),
                    new ByteArrayInputStream(
                        String.join("\n", Fixtures.generate(42, 300, 0.5).lines())
                            .getBytes(StandardCharsets.UTF_8))));

    assertThat(fromLines.issues()).containsExactlyElementsOf(fromFile.issues());
    assertThat(fromStream.issues()).containsExactlyElementsOf(fromFile.issues());
  }

  @Test
  void validatesRecordsInMemoryAsValidateAllDoes() {
    List<ExchangeRecord> records =
        org.shegong.testing.mutation.DefectInjector.of(
                SampleData.withSeed(5).asOf(Fixtures.AS_OF), 0.4)
            .batch(2000)
            .records();
    Report reference = ShegongValidator.create(CONFIG).validateAll(records);

    PipelineResult result = pipeline(3, 1).validate(Source.records(records));

    assertThat(result.issues()).containsExactlyElementsOf(inIndexOrder(reference.issues()));
    assertThat(result.summary().reportSummary()).isEqualTo(reference.summary());
    assertThat(result.issues()).allSatisfy(i -> assertThat(i.file()).isEmpty());
    assertThat(result.issues()).isNotEmpty();
  }

  @Test
  void reportsProgressInOrderUpToTheWholeFile() throws Exception {
    List<ProgressEvent> events = new ArrayList<>();
    PipelineSummary summary =
        pipeline(2, 16 * 1024)
            .run(List.of(Source.file(file), Source.file(second)), i -> {}, events::add);

    assertThat(events.size()).isGreaterThan(10);
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).records()).isGreaterThanOrEqualTo(events.get(i - 1).records());
      assertThat(events.get(i).bytes()).isGreaterThanOrEqualTo(events.get(i - 1).bytes());
      assertThat(events.get(i).issues()).isGreaterThanOrEqualTo(events.get(i - 1).issues());
    }
    ProgressEvent last = events.get(events.size() - 1);
    long total = Files.size(file) + Files.size(second);
    assertThat(last.sourceDone()).isTrue();
    assertThat(last.sourceIndex()).isEqualTo(1);
    assertThat(last.records()).isEqualTo(summary.records());
    assertThat(last.bytes()).isEqualTo(total);
    assertThat(last.totalBytes()).isEqualTo(total);
    assertThat(last.issues()).isEqualTo(summary.issues());
    assertThat(events).filteredOn(ProgressEvent::sourceDone).hasSize(2);
  }

  @Test
  void theSinkGetsTheSummaryFirstThenEveryIssueOnTheCallingThread() {
    List<Object> calls = new ArrayList<>();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    PipelineSummary summary =
        pipeline(4, 4096)
            .run(
                List.of(Source.file(second)),
                new IssueSink() {
                  @Override
                  public void begin(PipelineSummary s) {
                    calls.add(s);
                    threads.add(Thread.currentThread());
                  }

                  @Override
                  public void accept(Issue issue) {
                    calls.add(issue);
                    threads.add(Thread.currentThread());
                  }
                });
    assertThat(calls.get(0)).isEqualTo(summary);
    assertThat(calls).hasSize(1 + (int) summary.issues());
    assertThat(threads).containsExactly(Thread.currentThread());
    assertThat(summary.sources()).hasSize(1);
    assertThat(summary.sources().get(0).name()).contains(second.toString());
    assertThat(summary.divisionTable()).isEqualTo(pipeline(1, 1).divisionTableVintage());
  }

  @Test
  void aMissingFileOrADirectoryIsASourceExceptionBeforeAnythingIsRead() {
    List<Object> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                pipeline(2, 1000)
                    .run(
                        List.of(Source.file(file), Source.file(dir.resolve("missing.ndjson"))),
                        seen::add))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("SG-PIP-001")
        .hasMessageContaining("missing.ndjson");
    assertThat(seen).isEmpty();
    assertThatThrownBy(() -> pipeline(1, 1000).validate(dir))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("not a file");
  }

  @Test
  void aCorruptGzipStreamIsASourceException() throws Exception {
    Path gz = Fixtures.write(dir.resolve("corrupt.ndjson.gz"), generated.lines(), true);
    byte[] bytes = Files.readAllBytes(gz);
    Path cut = dir.resolve("cut.ndjson.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> pipeline(2, 1000).validate(cut))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("cut.ndjson.gz");
  }

  @Test
  void anEmptyBlankOrHeaderOnlyFileIsAWarningNamingTheFile() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.ndjson"), "");
    Path blank = Files.writeString(dir.resolve("blank.ndjson"), "\uFEFF\n  \n\t\r\n");
    Path headerOnly =
        Files.writeString(
            dir.resolve("header-only.ndjson"),
            "{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"sender\":\"test\","
                + "\"generatedAt\":\"2024-06-30T10:00:00+08:00\",\"recordCount\":0}\n");
    // the generated file starts with two blank lines and the header
    Path one = Files.writeString(dir.resolve("one.ndjson"), generated.lines().get(3) + "\n");

    PipelineResult result = pipeline(2, 1).validate(empty, blank, headerOnly, one);

    List<Issue> empties =
        result.issues().stream().filter(i -> i.code().equals("SG-BAT-008")).toList();
    assertThat(empties)
        .extracting(Issue::code, i -> i.file().orElseThrow(), Issue::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "SG-BAT-008",
                Scrubber.scrub(empty.toString()),
                org.shegong.core.issue.Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(
                "SG-BAT-008",
                Scrubber.scrub(blank.toString()),
                org.shegong.core.issue.Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(
                "SG-BAT-008",
                Scrubber.scrub(headerOnly.toString()),
                org.shegong.core.issue.Severity.WARNING));
    assertThat(empties.get(0).message())
        .isEqualTo("文件「" + Scrubber.scrub(empty.toString()) + "」中没有任何记录：交换文件至少应有一条记录（仅有文件头或空行不算）");
    assertThat(empties).allSatisfy(i -> assertThat(i.line()).isEmpty());
    assertThat(result.summary().records()).isEqualTo(1);
    assertThat(result.summary().sources())
        .extracting(SourceSummary::records, SourceSummary::warnings)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(0L, 1L),
            org.assertj.core.groups.Tuple.tuple(0L, 1L),
            org.assertj.core.groups.Tuple.tuple(0L, 1L));
  }

  @Test
  void recordsHeldInMemoryMayBeNoneWithoutAWarning() {
    PipelineResult result = pipeline(2, 1).validate(Source.records(List.of()));

    assertThat(result.issues()).isEmpty();
    assertThat(result.summary().records()).isZero();
  }

  @Test
  void malformedUtf8DecodesAsTheOneThreadReaderDecodesIt() throws Exception {
    List<String> lines = Fixtures.generate(77, 60, 0.3).lines();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    byte[][] malformed = {
      {(byte) 0xC3},
      {(byte) 0x80},
      {(byte) 0xE4, (byte) 0xB8},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xFF}
    };
    for (int i = 0; i < lines.size(); i++) {
      byte[] line = lines.get(i).getBytes(StandardCharsets.UTF_8);
      int cut = line.length / 2;
      bytes.write(line, 0, cut);
      if (i > 2 && i % 3 == 0) {
        bytes.write(malformed[i % malformed.length]);
      }
      bytes.write(line, cut, line.length - cut);
      if (i % 5 == 0) {
        bytes.write(malformed[(i + 1) % malformed.length]);
      }
      bytes.write('\n');
    }
    Path path = Files.write(dir.resolve("malformed.ndjson"), bytes.toByteArray());
    Sequential.Outcome reference = Sequential.run(ShegongValidator.create(CONFIG), List.of(path));

    for (int chunk : new int[] {1, 333, 100_000}) {
      assertThat(pipeline(2, chunk).validate(path).issues())
          .as("chunks of %d bytes", chunk)
          .containsExactlyElementsOf(reference.issues());
    }
    // the replacement characters reach the issues (ids, echoed values), so decoding shows
    assertThat(reference.issues())
        .anySatisfy(i -> assertThat(i.message() + i.recordId().orElse("")).contains("\uFFFD"));
  }

  @Test
  void aFileWhoseLinesEndInBareCrsGivesTheIssuesOfTheSameFileWithLfs() throws Exception {
    // the fixture ends some lines in CRLF: here each line end is chosen below
    List<String> lines =
        Fixtures.generate(43, 400, 0.4).lines().stream()
            .map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l)
            .toList();
    Path lf = Files.writeString(dir.resolve("lf.ndjson"), String.join("\n", lines) + "\n");
    Path cr = Files.writeString(dir.resolve("cr.ndjson"), String.join("\r", lines) + "\r");
    Path mixed = dir.resolve("mixed.ndjson");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(lines.get(i)).append(i % 3 == 0 ? "\r" : i % 3 == 1 ? "\r\n" : "\n");
    }
    Files.writeString(mixed, text);
    PipelineResult reference = pipeline(1, PipelineConfig.DEFAULT_CHUNK_BYTES).validate(lf);
    assertThat(reference.summary().records()).isGreaterThan(400);

    for (Path path : List.of(cr, mixed)) {
      for (int chunk : new int[] {1, 777, PipelineConfig.DEFAULT_CHUNK_BYTES}) {
        PipelineResult result = pipeline(2, chunk).validate(path);
        assertThat(result.issues())
            .as("%s, chunks of %d bytes", path.getFileName(), chunk)
            .containsExactlyElementsOf(renamed(reference.issues(), path.toString()));
        assertThat(result.summary().validRecords()).isEqualTo(reference.summary().validRecords());
      }
    }
  }

  @Test
  void malformedUtf8IsAnIssueOnItsLineAndTheOtherLinesAreChecked() throws Exception {
    List<String> lines = Fixtures.generate(44, 50, 0).lines();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int badLine = 11; // 1-based: after two blank lines and the header, a record left as written
    int offset = 0;
    for (int i = 0; i < lines.size(); i++) {
      byte[] line = lines.get(i).getBytes(StandardCharsets.UTF_8);
      if (i + 1 == badLine) {
        String text = lines.get(i);
        offset = text.substring(0, text.lastIndexOf('"')).getBytes(StandardCharsets.UTF_8).length;
        bytes.write(line, 0, offset);
        bytes.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // a surrogate
        bytes.write(line, offset, line.length - offset);
      } else {
        bytes.write(line);
      }
      bytes.write('\n');
    }
    Path path = Files.write(dir.resolve("surrogate.ndjson"), bytes.toByteArray());
    Path clean = Fixtures.write(dir.resolve("clean.ndjson"), lines, true);

    for (int threads : new int[] {1, 2}) {
      PipelineResult result = pipeline(threads, 500).validate(path);
      PipelineResult reference = pipeline(threads, 500).validate(clean);
      assertThat(result.issues())
          .filteredOn(i -> i.code().equals("SG-SYN-007"))
          .singleElement()
          .satisfies(
              issue -> {
                assertThat(issue.line()).contains((long) badLine);
                assertThat(issue.recordIndex()).contains(badLine - 4L);
              });
      assertThat(result.issues())
          .filteredOn(i -> i.code().equals("SG-SYN-007"))
          .extracting(Issue::message)
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("第" + offset + "字节");
      assertThat(result.summary().records()).isEqualTo(reference.summary().records());
      // every other line is checked as in the clean file
      assertThat(renamed(result.issues(), "f"))
          .filteredOn(i -> i.line().orElse(0L) != badLine)
          .containsExactlyElementsOf(
              renamed(reference.issues(), "f").stream()
                  .filter(i -> i.line().orElse(0L) != badLine)
                  .toList());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void smallGeneratedFilesGiveTheOneThreadJobsIssues(long seed) {
    Fixtures.Generated small = Fixtures.generate(seed, 40 + (int) (seed % 50), 0.6);
    Path path =
        Fixtures.write(dir.resolve("small-" + seed + ".ndjson"), small.lines(), seed % 2 == 0);
    Sequential.Outcome reference = Sequential.run(ShegongValidator.create(CONFIG), List.of(path));
    for (int chunk : new int[] {1, 100, 3000}) {
      assertThat(pipeline(1 + (int) (seed % 3), chunk).validate(path).issues())
          .as("chunks of %d bytes", chunk)
          .containsExactlyElementsOf(reference.issues());
    }
  }

  static Stream<Long> seeds() {
    return Stream.of(1L, 2L, 3L, 4L, 5L, 6L);
  }

  private static List<Issue> renamed(List<Issue> issues, String name) {
    return issues.stream().map(i -> i.withFile(name)).toList();
  }

  private static List<Issue> inIndexOrder(List<Issue> issues) {
    // validateAll reports late issues (unresolved references) by record index, as the pipeline's
    // file order does for records without lines: stable, so each record's own order is kept
    List<Issue> sorted = new ArrayList<>(issues);
    sorted.sort(java.util.Comparator.comparingLong(i -> i.recordIndex().orElse(-1L)));
    return sorted;
  }

  @SuppressWarnings("unused")
  private static final Set<Defect> ALL = EnumSet.allOf(Defect.class);
}
