package org.shegong.examples.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.examples.ExampleData;
import org.shegong.pipeline.Pipeline;
import org.shegong.pipeline.Source;
import org.shegong.serialization.ExchangeHeader;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ExchangeWriter;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.serialization.WriteOptions;
import org.shegong.testing.mutation.Defect;
import org.shegong.testing.sample.SampleData;
import org.shegong.validation.ValidationConfig;

/**
 * Reads an exchange file, validates it as one batch, and writes its valid records to two new
 * exchange files: one complete (for an authorised receiver), one with every sensitive value masked
 * (for logs, or a party that must not see them).
 *
 * <p>The job is the one a government IT vendor runs before sending or after receiving a file:
 *
 * <ol>
 *   <li>a {@link Pipeline} reads the file and validates every record on every core: a line that is
 *       not JSON, or not a record, becomes issues with its line and reading goes on; every record's
 *       field and domain rules and the rules across records (duplicate ids, references, one file
 *       per child) report into the same {@link Report}, in file order;
 *   <li>a second pass re-reads the file and writes the records that had no error with two {@link
 *       ExchangeWriter}s, {@link WriteOptions#full()} and {@link WriteOptions#masked()}. Two
 *       passes, because a reference can only be found dangling at the end of the file; memory stays
 *       bounded (one bit per record).
 * </ol>
 *
 * <p>Input: {@code examples/data/sample-exchange.ndjson} when it exists, else a file this example
 * generates with {@link SampleData} (seed {@value #SEED}) and breaks on purpose in three places
 * ({@link #generateSample}). No raw citizen ID or phone number is printed: issue messages are
 * masked by the validator, and the record shown is a worker's from the masked output.
 *
 * @since 0.1.0
 */
public final class ValidateExchangeFile {

  /** Seed of the generated sample. */
  public static final long SEED = 2024L;

  /** Number of records of the generated sample, including the broken ones. */
  public static final int SAMPLE_RECORDS = 60;

  /** Name of the complete output file. */
  public static final String FULL_OUTPUT = "valid.ndjson";

  /** Name of the masked output file. */
  public static final String MASKED_OUTPUT = "valid-masked.ndjson";

  /** How many issues are printed; the report holds all of them. */
  static final int ISSUES_SHOWN = 12;

  private ValidateExchangeFile() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args optionally the input file (default {@code examples/data/sample-exchange.ndjson}, or
   *     a generated sample when it does not exist), then the output directory (default a new
   *     temporary directory), then the reference date (default 2024-06-30)
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path output =
        args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("shegong-exchange-");
    LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : SampleData.DEFAULT_AS_OF;
    Path input = args.length > 0 ? Path.of(args[0]) : defaultInput(output);
    if (!Files.isRegularFile(input)) {
      System.err.println("No such file: " + input);
      return;
    }
    run(input, output, asOf, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Returns {@code examples/data/sample-exchange.ndjson} when it exists, else generates a sample
   * into a directory.
   *
   * @param directory where to generate the sample when needed; not null
   * @return the input file, never null
   * @throws IOException when the sample cannot be written
   */
  public static Path defaultInput(Path directory) throws IOException {
    Path shipped = ExampleData.file("sample-exchange.ndjson");
    if (Files.isRegularFile(shipped)) {
      return shipped;
    }
    Files.createDirectories(directory);
    return generateSample(directory.resolve("generated-sample.ndjson"));
  }

  /**
   * Writes a sample exchange file of {@value #SAMPLE_RECORDS} records, valid on 2024-06-30 except
   * three: the first child's citizen ID has a wrong check character (SG-CID-004), the first
   * township station's plan misses a service domain (SG-FWK-004), and the last line is not JSON.
   *
   * @param file the file to write; not null
   * @return the file
   * @throws IOException when the file cannot be written
   */
  public static Path generateSample(Path file) throws IOException {
    List<ExchangeRecord> records = SampleData.withSeed(SEED).records(SAMPLE_RECORDS - 1);
    breakFirst(records, Defect.CHILD_CITIZEN_ID_WRONG_CHECK_CHARACTER);
    breakFirst(records, Defect.STATION_PLAN_MISSING_SERVICE_DOMAIN);
    try (ExchangeWriter writer = ExchangeWriter.open(file, WriteOptions.full())) {
      writer.writeHeader(
          ExchangeHeader.builder()
              .sender("shegong-examples")
              .generatedAt(OffsetDateTime.of(2024, 6, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8)))
              .recordCount(SAMPLE_RECORDS)
              .build());
      records.forEach(writer::write);
    }
    // a line cut short, as a failed transfer leaves it
    Files.writeString(
        file,
        "{\"recordType\":\"station\",\"id\":\"ST-9\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    return file;
  }

  private static void breakFirst(List<ExchangeRecord> records, Defect defect) {
    for (int i = 0; i < records.size(); i++) {
      if (defect.appliesTo(records.get(i))) {
        records.set(i, defect.apply(records.get(i)));
        return;
      }
    }
    throw new IllegalStateException("no record of the sample takes defect " + defect);
  }

  /**
   * Reads, validates and writes back an exchange file, printing what it does.
   *
   * @param input the exchange file; not null
   * @param outputDirectory where to write {@value #FULL_OUTPUT} and {@value #MASKED_OUTPUT};
   *     created when missing; not null
   * @param asOf the reference date of the validation; not null
   * @param out where to print; not null
   * @return the validation report
   * @throws IOException when a file cannot be read or written
   */
  public static Report run(Path input, Path outputDirectory, LocalDate asOf, PrintStream out)
      throws IOException {
    String fileName = input.getFileName().toString();
    ReadOptions readOptions =
        ReadOptions.defaults().withLocale(Locale.ENGLISH).withFileName(fileName);
    try (ExchangeReader reader = ExchangeReader.open(input, readOptions)) {
      out.println(
          "Reading "
              + input
              + reader
                  .header()
                  .map(
                      h ->
                          " (format "
                              + h.formatVersion()
                              + h.sender().map(s -> ", from " + s).orElse("")
                              + h.recordCount().map(n -> ", " + n + " records declared").orElse("")
                              + ")")
                  .orElse(" (no header)"));
    }

    // pass 1: the pipeline reads and validates, on every core
    Pipeline pipeline =
        Pipeline.of(ValidationConfig.builder().asOf(asOf).locale(Locale.ENGLISH).build());
    Report report = pipeline.validate(Source.file(input, fileName)).report();
    BitSet invalid = new BitSet();
    markErrors(invalid, report.issues());

    Report.Summary summary = report.summary();
    out.println(
        "Validated "
            + summary.records()
            + " records as of "
            + report.asOf()
            + " (profile "
            + report.profile()
            + ", division table "
            + report.divisionTable()
            + "): "
            + summary.validRecords()
            + " valid, "
            + summary.errors()
            + " error(s), "
            + summary.warnings()
            + " warning(s)");
    List<Issue> issues = report.issues();
    for (Issue issue : issues.subList(0, Math.min(ISSUES_SHOWN, issues.size()))) {
      out.println("  " + describe(issue));
    }
    if (issues.size() > ISSUES_SHOWN) {
      out.println("  … and " + (issues.size() - ISSUES_SHOWN) + " more in the report");
    }

    // pass 2: write the valid records, in full and masked
    Files.createDirectories(outputDirectory);
    Path full = outputDirectory.resolve(FULL_OUTPUT);
    Path masked = outputDirectory.resolve(MASKED_OUTPUT);
    long written = 0;
    try (ExchangeReader reader = ExchangeReader.open(input, readOptions);
        ExchangeWriter fullWriter = ExchangeWriter.open(full, WriteOptions.full());
        ExchangeWriter maskedWriter = ExchangeWriter.open(masked, WriteOptions.masked())) {
      ExchangeHeader header =
          ExchangeHeader.builder()
              .sender("shegong-examples")
              .recordCount(summary.validRecords())
              .build();
      fullWriter.writeHeader(header);
      maskedWriter.writeHeader(header);
      for (ReadRecord read : reader) {
        if (read.record().isPresent() && !invalid.get(Math.toIntExact(read.recordIndex()))) {
          fullWriter.write(read.record().get());
          maskedWriter.write(read.record().get());
          written++;
        }
      }
    }
    out.println("Wrote " + written + " valid records:");
    out.println("  full   " + full);
    out.println("  masked " + masked);
    firstLineOf(masked, RecordType.WORKER)
        .ifPresent(line -> out.println("First worker record, masked:\n  " + line));
    return report;
  }

  private static void markErrors(BitSet invalid, Collection<Issue> issues) {
    for (Issue issue : issues) {
      if (issue.severity() == Severity.ERROR && issue.recordIndex().isPresent()) {
        invalid.set(Math.toIntExact(issue.recordIndex().get()));
      }
    }
  }

  /**
   * Describes an issue on one line: where, severity, rule code and the (masked) message.
   *
   * @param issue the issue
   * @return for example {@code line 12 child C-000007 /citizenId ERROR SG-CID-004 …}
   */
  static String describe(Issue issue) {
    List<String> where = new ArrayList<>();
    issue.line().ifPresent(line -> where.add("line " + line));
    issue.column().ifPresent(column -> where.add("column " + column));
    issue.recordType().ifPresent(where::add);
    issue.recordId().ifPresent(where::add);
    if (!issue.path().isEmpty()) {
      where.add(issue.path());
    }
    return String.join(" ", where)
        + " "
        + issue.severity()
        + " "
        + issue.code()
        + " "
        + issue.message();
  }

  private static Optional<String> firstLineOf(Path file, RecordType type) throws IOException {
    String marker = "\"recordType\":\"" + type.code() + "\"";
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return lines.lines().filter(line -> line.contains(marker)).findFirst();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
