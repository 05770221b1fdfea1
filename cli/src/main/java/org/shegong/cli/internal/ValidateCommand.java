package org.shegong.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.pipeline.IssueSink;
import org.shegong.pipeline.Pipeline;
import org.shegong.pipeline.PipelineConfig;
import org.shegong.pipeline.PipelineSummary;
import org.shegong.pipeline.Source;
import org.shegong.pipeline.SourceException;
import org.shegong.tabular.TabularFormat;
import org.shegong.validation.ValidationConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shegong validate}: validates exchange files, streaming, and prints one report.
 *
 * @since 0.1.0
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Validate exchange files (校验数据交换文件): every line is read, checked (syntax, structure,"
          + " field, domain and batch rules) and every problem reported with its rule code, line,"
          + " record and JSON Pointer. Files are streamed: memory does not grow with their size.",
      "Ledgers (台账) too: .xlsx workbooks (one sheet per record type, 走访记录 for visits) and"
          + " .csv files (--encoding, --record-type); their issues name the sheet and cell, as"
          + " 「儿童!D17」.",
      "Several files give one report; ids and references are checked within each file. Records"
          + " are read and validated on every core (--threads); the report does not depend on it.",
      "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the command could not run."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The code prefix of internal failures: a report that has one exits with status 2. */
  private static final String INTERNAL = "SG-INT-";

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Exchange files (.ndjson: one JSON record per line, optional header line; .ndjson.gz"
              + " compressed; - for standard input) and ledgers (.xlsx, .csv).")
  private List<Path> files;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description =
          "text (default): issues grouped by record, with a summary; json: the report format of"
              + " the exchange-format specification on standard output.",
      defaultValue = "text")
  private Options.Format format;

  @Option(
      names = "--profile",
      paramLabel = "EXCHANGE|DRAFT",
      description =
          "EXCHANGE (default, 交换): complete records; DRAFT (草稿): required fields may be missing"
              + " and unknown fields are warnings.",
      defaultValue = "EXCHANGE")
  private Profile profile;

  @Mixin private LocaleOption language = new LocaleOption();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Reference date (yyyy-MM-dd) for ages, visit intervals, registrations and future dates"
              + " (default: today).",
      converter = Options.DateConverter.class)
  private LocalDate asOf;

  @Mixin private DivisionOptions divisions = new DivisionOptions();

  @Mixin private SeverityOptions severities = new SeverityOptions();

  @Mixin private LedgerOptions ledger = new LedgerOptions();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads that read and validate records (default: the available processors,"
              + " ${DEFAULT-VALUE}). The report is the same whatever the number.")
  private int threads = PipelineConfig.availableProcessors();

  @Option(
      names = "--max-issues",
      paramLabel = "N",
      description =
          "Keep at most N issues in the report (default: all). The counts stay exact; the report"
              + " says it was truncated and how many issues it left out. A record lists at most"
              + " 100 issues whatever this says (SG-SYN-006 counts the rest).")
  private long maxIssues = PipelineConfig.UNLIMITED;

  @Option(
      names = "--no-progress",
      description = "Never show the progress bar (shown on a terminal's standard error only).")
  private boolean noProgress;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    if (threads < 1 || threads > Options.MAX_THREADS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), CliTexts.THREADS.format(language.locale, Map.of("value", threads)));
    }
    if (maxIssues < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          CliTexts.MAX_ISSUES.format(language.locale, Map.of("value", maxIssues)));
    }
    List<Source> sources = new ArrayList<>(files.size());
    long totalBytes = 0;
    for (Path file : files) {
      if (file.toString().equals("-")) {
        sources.add(Source.stdin());
        continue;
      }
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new CommandFailure(
            CommandFailure.UNREADABLE_INPUT,
            (Files.isDirectory(file) ? CliTexts.NOT_A_FILE : CliTexts.CANNOT_READ_FILE)
                .format(language.locale, Map.of("file", file)));
      }
      totalBytes += Files.size(file);
      boolean csv = TabularFormat.of(file).orElse(null) == TabularFormat.CSV;
      sources.add(csv ? Source.csv(file, ledger.encoding, ledger.recordType) : Source.file(file));
    }
    ValidationConfig.Builder config =
        ValidationConfig.builder()
            .profile(profile)
            .locale(language.locale)
            .asOf(asOf == null ? LocalDate.now() : asOf);
    severities.applyTo(config, spec.commandLine(), language.locale);
    divisions.requireConsistent(language.locale);
    Path tableDirectory = divisions.directory;
    if (tableDirectory != null) {
      config.divisionTable(tableDirectory, divisions.vintage(language.locale));
    }
    ValidationConfig used = config.build();
    Pipeline pipeline =
        Pipeline.of(
            PipelineConfig.builder()
                .validation(used)
                .threads(threads)
                .maxIssues(maxIssues)
                .build());

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PipelineSummary summary;
    long[] internalFailures = {0};
    try (Progress progress =
        Progress.start("validate", Math.max(1, totalBytes >> 10), " KB", 1, !noProgress)) {
      ReportWriter writer =
          format == Options.Format.JSON
              ? new JsonReport(out)
              : new TextReport(out, language.locale);
      IssueSink sink =
          new IssueSink() {
            @Override
            public void begin(PipelineSummary summary, String reportVersion) {
              progress.close();
              writer.begin(summary, reportVersion);
            }

            private long written;

            @Override
            public void accept(Issue issue) {
              if (issue.code().startsWith(INTERNAL)) {
                internalFailures[0]++;
              }
              writer.issue(issue);
              // standard output swallows write errors: stop early when it has gone away (a pipe
              // closed by `head`), rather than render the rest of a large report into nothing
              if ((++written & 1023) == 0 && ShegongCommand.outputFailed(out)) {
                throw new CommandFailure(
                    CommandFailure.OUTPUT_FAILED,
                    CliTexts.CANNOT_WRITE_OUTPUT.format(
                        language.locale, Map.of("code", CommandFailure.OUTPUT_FAILED)));
              }
            }
          };
      summary = pipeline.run(sources, sink, event -> progress.stepTo(event.bytes() >> 10));
      writer.end();
    } catch (SourceException e) {
      throw new CommandFailure(
          CommandFailure.UNREADABLE_INPUT,
          CliTexts.CANNOT_READ.format(
              language.locale, Map.of("file", e.source(), "reason", e.reason())),
          e);
    }
    String line =
        TextReport.summaryLine(
            language.locale,
            files.size(),
            summary.records(),
            summary.validRecords(),
            summary.errors(),
            summary.warnings(),
            started);
    PrintWriter summaryOut = format == Options.Format.JSON ? err : out;
    if (!used.severityOverrides().isEmpty()) {
      summaryOut.println(SeverityOptions.describe(used.severityOverrides(), language.locale));
    }
    if (summary.truncated()) {
      summaryOut.println(
          CliTexts.TRUNCATED.format(
              language.locale, Map.of("max", maxIssues, "omitted", summary.issuesOmitted())));
    }
    summaryOut.println(line);
    out.flush();
    err.flush();
    if (internalFailures[0] > 0) {
      err.println(
          CliTexts.PREFIX.format(
              language.locale,
              Map.of(
                  "message",
                  CliTexts.INCOMPLETE_REPORT.format(
                      language.locale,
                      Map.of(
                          "code", CommandFailure.INTERNAL_ISSUES, "count", internalFailures[0])))));
      err.flush();
      return ShegongCommand.CANNOT_RUN;
    }
    return summary.errors() > 0 ? ShegongCommand.DATA_ERRORS : ShegongCommand.OK;
  }
}
