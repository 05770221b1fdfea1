package org.shegong.cli.internal;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.ExchangeHeader;
import org.shegong.serialization.ExchangeWriter;
import org.shegong.serialization.WriteOptions;
import org.shegong.tabular.TabularOptions;
import org.shegong.tabular.TabularWriter;
import org.shegong.testing.mutation.DefectInjector;
import org.shegong.testing.mutation.InjectedDefect;
import org.shegong.testing.mutation.SampleRecord;
import org.shegong.testing.sample.SampleData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shegong sample}: writes a seeded, realistic exchange file, optionally with defects.
 *
 * @since 0.1.0
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generate a realistic exchange file (生成样例数据): a header line and N records of every"
          + " record type, valid at the reference date, the same for the same seed. Generated,"
          + " not real people: citizen IDs, names and phone numbers are made up.",
      "With --invalid-rate, a seeded share of the records gets one defect each; the list of"
          + " defects (line, record type, id, defect, expected rule code) goes to --defects, by"
          + " default FILE.defects.tsv, or to standard error when writing to standard output.",
      "Streams: a million records need no more memory than ten."
    })
final class SampleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = {"-n", "--records"},
      paramLabel = "N",
      required = true,
      description = "Number of records, not counting the header.")
  private long records;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed: the same seed gives the same file (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--invalid-rate",
      paramLabel = "R",
      defaultValue = "0",
      description = "Share of records (0 to 1) that get one defect each (default: 0).")
  private double invalidRate;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "File to write (default: standard output).")
  private @Nullable Path out;

  @Option(
      names = "--defects",
      paramLabel = "FILE",
      description = "Where to list the injected defects (default: FILE.defects.tsv).")
  private @Nullable Path defects;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Options.DateConverter.class,
      description =
          "Reference date the records are valid at (default: today, the same default as"
              + " validate, so a sample generated today validates clean today); validate an older"
              + " sample with the same --as-of.")
  private @Nullable LocalDate asOf;

  @Mixin private LocaleOption language = new LocaleOption();

  @Option(names = "--no-progress", description = "Never show the progress bar.")
  private boolean noProgress;

  @Option(
      names = "--format",
      paramLabel = "ndjson|xlsx|csv",
      description =
          "ndjson (default): an exchange file; xlsx: a ledger workbook, one sheet per record type"
              + " and the visits on 走访记录; csv: a ledger of one record type (--record-type,"
              + " default child; its children without visits, which a CSV file cannot hold)."
              + " xlsx and csv need --out; a workbook is written with shared strings, as Excel"
              + " saves it. With --record-type, N counts the records of that type.",
      defaultValue = "ndjson")
  private String format;

  @Option(
      names = "--record-type",
      paramLabel = "TYPE",
      description =
          "The record type of a CSV sample (default: child), or of the only sheet of a workbook"
              + " sample.",
      converter = LedgerOptions.RecordTypeConverter.class)
  private @Nullable RecordType recordType;

  @Override
  public Integer call() throws IOException {
    if (records < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          CliTexts.NEGATIVE_RECORDS.format(language.locale, Map.of("value", records)));
    }
    if (!(invalidRate >= 0 && invalidRate <= 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          CliTexts.INVALID_RATE.format(language.locale, Map.of("value", invalidRate)));
    }
    LocalDate date = asOf == null ? LocalDate.now() : asOf;
    SampleData data;
    try {
      data = SampleData.withSeed(seed).asOf(date);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), CliTexts.AS_OF_RANGE.format(language.locale, Map.of("value", date)));
    }
    DefectInjector injector = DefectInjector.of(data, invalidRate);
    String kind = format.trim().toLowerCase(Locale.ROOT);
    if (!kind.equals("ndjson")) {
      if (!kind.equals("xlsx") && !kind.equals("csv")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--format is ndjson, xlsx or csv, not " + format);
      }
      Path target = out;
      if (target == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--format " + kind + " writes a file: give --out FILE." + kind);
      }
      return ledger(injector, target, kind.equals("xlsx"));
    }
    Path defectFile = defects;
    if (defectFile == null && out != null && invalidRate > 0) {
      defectFile = out.resolveSibling(out.getFileName() + ".defects.tsv");
    }
    long started = System.nanoTime();
    long injected = 0;
    PrintWriter err = spec.commandLine().getErr();
    try (Writer target = target();
        ExchangeWriter writer = ExchangeWriter.open(target, WriteOptions.full());
        Writer defectList = defectList(defectFile, err);
        Stream<SampleRecord> stream = injector.stream(records);
        Progress progress =
            Progress.start("sample", records, " records", 1, !noProgress && out != null)) {
      writer.writeHeader(
          ExchangeHeader.builder()
              .sender("shegong sample --seed " + seed)
              .generatedAt(OffsetDateTime.of(date, LocalTime.of(10, 0), ZoneOffset.ofHours(8)))
              .recordCount(records)
              .build());
      if (defectList != null) {
        defectList.write("line\trecordIndex\trecordType\trecordId\tdefect\texpectedRule\n");
      }
      Iterator<SampleRecord> it = stream.iterator();
      while (it.hasNext()) {
        SampleRecord sample = it.next();
        writer.write(sample.record());
        if (sample.defect().isPresent()) {
          injected++;
          if (defectList != null) {
            defectList.write(defectLine(sample.defect().get()));
          }
        }
        if ((sample.index() & 4095) == 0) {
          progress.stepTo(sample.index());
        }
      }
    } catch (UncheckedIOException e) {
      throw new CommandFailure(
          CommandFailure.UNWRITABLE_OUTPUT,
          CliTexts.CANNOT_WRITE.format(
              language.locale,
              Map.of(
                  "file",
                  out == null ? CliTexts.STANDARD_OUTPUT.format(language.locale, Map.of()) : out,
                  "reason",
                  String.valueOf(e.getMessage()))),
          e);
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    err.printf(
        "wrote %d records (%d with a defect) to %s in %.2f s, %d records/s%s%n",
        records,
        injected,
        out == null ? "standard output" : out.toString(),
        seconds,
        Math.round(records / seconds),
        defectFile == null ? "" : "; defects listed in " + defectFile);
    err.flush();
    return ShegongCommand.OK;
  }

  /** Writes the sample as a ledger: a workbook, or a CSV file of one record type. */
  private int ledger(DefectInjector injector, Path target, boolean workbook) throws IOException {
    RecordType only = workbook ? recordType : recordType == null ? RecordType.CHILD : recordType;
    long started = System.nanoTime();
    long written = 0;
    PrintWriter err = spec.commandLine().getErr();
    Path defectFile =
        defects != null
            ? defects
            : invalidRate > 0 ? target.resolveSibling(target.getFileName() + ".defects.tsv") : null;
    TabularWriter opened =
        TabularWriter.open(target, TabularOptions.defaults().withRecordType(only));
    if (workbook) {
      opened.withSharedStrings(); // as Excel saves a workbook
    }
    // with a record type, N counts the records of that type: the sample runs on until it has them
    long generate = only == null ? records : Long.MAX_VALUE;
    try (TabularWriter writer = opened;
        Writer defectList = defectList(defectFile, err);
        Stream<SampleRecord> stream = injector.stream(generate)) {
      if (defectList != null) {
        defectList.write("line\trecordIndex\trecordType\trecordId\tdefect\texpectedRule\n");
      }
      Iterator<SampleRecord> it = stream.iterator();
      while (written < records && it.hasNext()) {
        SampleRecord sample = it.next();
        ExchangeRecord record = sample.record();
        if (only != null && record.recordType() != only) {
          continue;
        }
        if (!workbook && record instanceof Child child) {
          record = Child.builder().from(child).visits(List.of()).build();
        }
        writer.write(record);
        written++;
        if (sample.defect().isPresent() && defectList != null) {
          // a ledger's rows are numbered per sheet: the NDJSON line does not apply
          defectList.write(
              "-"
                  + defectLine(sample.defect().get())
                      .substring(defectLine(sample.defect().get()).indexOf('\t')));
        }
      }
    } catch (UncheckedIOException e) {
      throw new CommandFailure(
          CommandFailure.UNWRITABLE_OUTPUT,
          CliTexts.CANNOT_WRITE.format(
              language.locale, Map.of("file", target, "reason", String.valueOf(e.getMessage()))),
          e);
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    err.printf(
        "wrote %d records to %s in %.2f s, %d records/s%s%n",
        written,
        target,
        seconds,
        Math.round(written / seconds),
        defectFile == null ? "" : "; defects listed in " + defectFile);
    err.flush();
    return ShegongCommand.OK;
  }

  /** One line of the defect list; the line number counts the header as line 1. */
  static String defectLine(InjectedDefect defect) {
    return (defect.recordIndex() + 2)
        + "\t"
        + defect.recordIndex()
        + "\t"
        + defect.recordType().code()
        + "\t"
        + defect.recordId()
        + "\t"
        + defect.defect().name()
        + "\t"
        + defect.expectedRuleCode()
        + "\n";
  }

  private Writer target() throws IOException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      return new FilterWriter(stdout) {
        private int writes;

        @Override
        public void write(String text, int offset, int length) throws IOException {
          super.write(text, offset, length);
          // a PrintWriter swallows write errors: look at them now and then, and at the end
          if ((++writes & 1023) == 0 && ShegongCommand.outputFailed(stdout)) {
            throw new IOException("standard output cannot be written");
          }
        }

        @Override
        public void flush() throws IOException {
          super.flush();
          if (ShegongCommand.outputFailed(stdout)) {
            throw new IOException("standard output cannot be written");
          }
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    try {
      return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure(
          CommandFailure.UNWRITABLE_OUTPUT,
          CliTexts.CANNOT_WRITE.format(
              language.locale, Map.of("file", out, "reason", String.valueOf(e.getMessage()))),
          e);
    }
  }

  /** The defect list: a file, standard error when writing to standard output, or none. */
  private @Nullable Writer defectList(@Nullable Path file, PrintWriter err) throws IOException {
    if (file != null) {
      try {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new CommandFailure(
            CommandFailure.UNWRITABLE_OUTPUT,
            CliTexts.CANNOT_WRITE.format(
                language.locale, Map.of("file", file, "reason", String.valueOf(e.getMessage()))),
            e);
      }
    }
    if (out == null && invalidRate > 0) {
      return new FilterWriter(err) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return null;
  }
}
