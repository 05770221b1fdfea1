package org.shegong.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.validation.BatchOptions;
import org.shegong.validation.BatchValidation;
import org.shegong.validation.RecordLocation;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;
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
      "Several files give one report; ids and references are checked within each file.",
      "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the command could not run."
    })
final class ValidateCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Exchange files (.ndjson: one JSON record per line, optional header line).")
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

  @Option(
      names = "--locale",
      paramLabel = "zh-CN|en",
      description = "Language of the messages (default: zh-CN).",
      converter = Options.LocaleConverter.class,
      defaultValue = "zh-CN")
  private Locale locale;

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

  @Option(
      names = "--no-progress",
      description = "Never show the progress bar (shown on a terminal's standard error only).")
  private boolean noProgress;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    long totalBytes = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new CommandFailure(
            CommandFailure.UNREADABLE_INPUT,
            (Files.isDirectory(file) ? "not a file: " : "cannot read the file ") + file);
      }
      totalBytes += Files.size(file);
    }
    ValidationConfig.Builder config =
        ValidationConfig.builder()
            .profile(profile)
            .locale(locale)
            .asOf(asOf == null ? LocalDate.now() : asOf);
    severities.applyTo(config, spec.commandLine(), locale);
    divisions.requireConsistent();
    if (divisions.custom()) {
      config.divisionTable(divisions.directory, divisions.vintage());
    }
    ShegongValidator validator = ShegongValidator.create(config.build());
    ValidationConfig used = validator.config();

    List<String> names = new ArrayList<>();
    long records = 0;
    long validRecords = 0;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (IssueSpool spool =
            new IssueSpool(
                used.profile(),
                used.asOf(),
                validator.divisionTableVintage(),
                IssueSpool.MEMORY_LIMIT);
        Progress progress =
            Progress.start("validate", Math.max(1, totalBytes >> 10), " KB", 1, !noProgress)) {
      long before = 0;
      for (Path file : files) {
        String name = file.toString();
        names.add(name);
        Report.Summary summary = validateFile(validator, file, name, spool, progress, before);
        before += Files.size(file) >> 10;
        records += summary.records();
        validRecords += summary.validRecords();
      }
      spool.finish();
      progress.close();
      long errors = spool.errors();
      long warnings = spool.warnings();
      if (format == Options.Format.JSON) {
        writeJson(out, spool, names, used, validator.divisionTableVintage(), records, validRecords);
        out.flush();
      } else {
        TextReport.write(out, spool, names, locale);
      }
      String line =
          TextReport.summaryLine(
              locale, names.size(), records, validRecords, errors, warnings, started);
      PrintWriter summary = format == Options.Format.JSON ? err : out;
      if (!used.severityOverrides().isEmpty()) {
        summary.println(SeverityOptions.describe(used.severityOverrides(), locale));
      }
      summary.println(line);
      out.flush();
      err.flush();
      return errors > 0 ? ShegongCommand.DATA_ERRORS : ShegongCommand.OK;
    }
  }

  /** Reads and validates one file, spooling every issue; returns its counts. */
  private Report.Summary validateFile(
      ShegongValidator validator,
      Path file,
      String name,
      IssueSpool spool,
      Progress progress,
      long progressBefore) {
    ReadOptions options =
        ReadOptions.defaults()
            .withProfile(validator.config().profile())
            .withLocale(validator.config().locale())
            .withFileName(name);
    BatchValidation batch = validator.newBatch(BatchOptions.retainingAtMost(0));
    try (Progress.CountingInputStream in =
            new Progress.CountingInputStream(Files.newInputStream(file));
        ExchangeReader reader = ExchangeReader.open(in, options)) {
      batch.addReadingIssues(reader.headerIssues()).forEach(spool::add);
      for (ReadRecord read : reader) {
        RecordLocation location = RecordLocation.of(name, read.line(), read.recordIndex());
        if (read.record().isEmpty()) {
          batch.recordUnreadable(location, read.issues()).forEach(spool::add);
        } else {
          batch.addReadingIssues(read.issues()).forEach(spool::add);
          ExchangeRecord record = read.record().get();
          batch.validate(record, location).forEach(spool::add);
        }
        if ((read.recordIndex() & 1023) == 0) {
          progress.stepTo(progressBefore + (in.count() >> 10));
        }
      }
      batch.addReadingIssues(reader.finish()).forEach(spool::addLate);
      batch.finish().forEach(spool::addLate);
      spool.endFile();
      return batch.report().summary();
    } catch (IOException e) {
      throw new CommandFailure(
          CommandFailure.UNREADABLE_INPUT, "cannot read " + name + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new CommandFailure(
          CommandFailure.UNREADABLE_INPUT,
          "cannot read " + name + ": " + e.getCause().getMessage(),
          e);
    }
  }

  /** The report in the specification's key order; issues are copied from the spool. */
  private static void writeJson(
      PrintWriter out,
      IssueSpool spool,
      List<String> names,
      ValidationConfig config,
      String divisionTable,
      long records,
      long validRecords)
      throws IOException {
    try (JsonGenerator g = Json.prettyGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("reportVersion", Report.REPORT_VERSION);
      g.writeBooleanField("valid", spool.errors() == 0);
      g.writeStringField("profile", config.profile().code());
      g.writeStringField("asOf", config.asOf().toString());
      g.writeStringField("divisionTable", divisionTable);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("records", records);
      g.writeNumberField("validRecords", validRecords);
      g.writeNumberField("errors", spool.errors());
      g.writeNumberField("warnings", spool.warnings());
      g.writeEndObject();
      g.writeArrayFieldStart("issues");
      spool.inFileOrder(names, issue -> MAPPER.writeTree(g, issue));
      g.writeEndArray();
      g.writeEndObject();
    }
    out.print('\n');
  }
}
