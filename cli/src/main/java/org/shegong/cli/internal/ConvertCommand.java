package org.shegong.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ExchangeWriter;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.serialization.WriteOptions;
import org.shegong.tabular.TabularFormat;
import org.shegong.tabular.TabularOptions;
import org.shegong.tabular.TabularReader;
import org.shegong.tabular.TabularRow;
import org.shegong.tabular.TabularWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shegong convert IN OUT}: between NDJSON and ledgers, the formats by extension.
 *
 * @since 0.2.0
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Convert between exchange files and ledgers (格式转换), the formats by extension: .ndjson,"
          + " .ndjson.gz, .xlsx (one sheet per record type, visits on 走访记录), .csv (one record"
          + " type: --record-type, else the first record's).",
      "Records are read with the reader's rules and written as read; every reading issue goes to"
          + " standard error with its sheet, line and cell. A valid NDJSON record converts to a"
          + " workbook and back unchanged.",
      "Exit status: 0 converted without reading errors, 1 reading errors (the records were"
          + " written with the bad values left out) or records a CSV file could not hold,"
          + " 2 the command could not run."
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
  private Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (replaced).")
  private Path out;

  @Option(
      names = "--masked",
      description = "Mask citizen IDs, phone numbers and names in the output (for sharing).")
  private boolean masked;

  @Option(
      names = "--profile",
      paramLabel = "EXCHANGE|DRAFT",
      description = "Profile of the reading issues (default: EXCHANGE).",
      defaultValue = "EXCHANGE")
  private Profile profile;

  @Mixin private LocaleOption language = new LocaleOption();

  @Mixin private LedgerOptions ledger = new LedgerOptions();

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
      throw new CommandFailure(
          CommandFailure.UNREADABLE_INPUT,
          (Files.isDirectory(in) ? CliTexts.NOT_A_FILE : CliTexts.CANNOT_READ_FILE)
              .format(language.locale, Map.of("file", in)));
    }
    if (format(out).isEmpty() && !ndjson(out)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "OUT must end in .ndjson, .ndjson.gz, .xlsx or .csv: " + out.getFileName());
    }
    PrintWriter err = spec.commandLine().getErr();
    TextReport report = new TextReport(err, language.locale);
    long[] counts = new long[3]; // read, written, not held by a CSV file
    boolean[] errors = {false};
    Set<RecordType> skipped = EnumSet.noneOf(RecordType.class);
    Consumer<Issue> onIssue =
        issue -> {
          errors[0] |= issue.isError();
          report.issue(issue);
        };
    try (Sink sink = sink()) {
      Predicate<ExchangeRecord> write =
          record -> {
            counts[0]++;
            if (sink.write(record)) {
              counts[1]++;
              return true;
            }
            counts[2]++;
            skipped.add(record.recordType());
            return false;
          };
      read(onIssue, write);
    } catch (UncheckedIOException e) {
      throw new CommandFailure(
          CommandFailure.UNWRITABLE_OUTPUT,
          CliTexts.CANNOT_WRITE.format(
              language.locale, Map.of("file", out, "reason", String.valueOf(e.getMessage()))),
          e);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(CommandFailure.UNUSABLE_OPTION, String.valueOf(e.getMessage()), e);
    }
    report.end();
    err.printf(
        Options.chinese(language.locale)
            ? "已转换 %d 条记录：%s → %s%s%n"
            : "converted %d records: %s → %s%s%n",
        counts[1],
        in,
        out,
        counts[2] == 0
            ? ""
            : Options.chinese(language.locale)
                ? "；"
                    + counts[2]
                    + " 条其他类型的记录（"
                    + codes(skipped)
                    + "）未写入：CSV 文件只能容纳一种记录类型（--record-type）"
                : "; "
                    + counts[2]
                    + " records of other types ("
                    + codes(skipped)
                    + ") not written: a CSV file holds one record type (--record-type)");
    err.flush();
    boolean unheld = counts[2] > 0 && ledger.recordType == null;
    return errors[0] || unheld ? ShegongCommand.DATA_ERRORS : ShegongCommand.OK;
  }

  private static String codes(Set<RecordType> types) {
    StringBuilder text = new StringBuilder();
    for (RecordType type : types) {
      text.append(text.length() == 0 ? "" : ", ").append(type.code());
    }
    return text.toString();
  }

  private void read(Consumer<Issue> onIssue, Predicate<ExchangeRecord> write) throws IOException {
    Optional<TabularFormat> format = format(in);
    if (format.isPresent()) {
      TabularOptions options =
          TabularOptions.defaults()
              .withProfile(profile)
              .withLocale(language.locale)
              .withEncoding(ledger.encoding)
              .withRecordType(ledger.recordType)
              .withFileName(in.toString());
      try (TabularReader reader = TabularReader.open(in, options)) {
        for (TabularRow row : reader) {
          row.issues().forEach(onIssue);
          row.record().ifPresent(write::test);
        }
      }
      return;
    }
    ReadOptions options =
        ReadOptions.defaults()
            .withProfile(profile)
            .withLocale(language.locale)
            .withFileName(in.toString());
    try (InputStream raw = Files.newInputStream(in);
        InputStream bytes = gz(in) ? new GZIPInputStream(raw, 1 << 16) : raw;
        ExchangeReader reader = ExchangeReader.open(bytes, options)) {
      reader.headerIssues().forEach(onIssue);
      for (ReadRecord read : reader) {
        read.issues().forEach(onIssue);
        read.record().ifPresent(write::test);
      }
      reader.finish().forEach(onIssue);
    }
  }

  /**
   * Where records go: an exchange writer or a ledger writer.
   *
   * @since 0.2.0
   */
  private interface Sink extends AutoCloseable {
    boolean write(ExchangeRecord record);

    @Override
    void close();
  }

  private Sink sink() throws IOException {
    Optional<TabularFormat> format = format(out);
    if (format.isPresent()) {
      TabularWriter writer =
          TabularWriter.open(
              out,
              TabularOptions.defaults()
                  .withMasked(masked)
                  .withEncoding(ledger.encoding)
                  .withRecordType(ledger.recordType));
      return new Sink() {
        @Override
        public boolean write(ExchangeRecord record) {
          return writer.write(record);
        }

        @Override
        public void close() {
          writer.close();
        }
      };
    }
    OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    OutputStream target = gz(out) ? new GZIPOutputStream(file, 1 << 16) : file;
    ExchangeWriter writer =
        ExchangeWriter.open(target, masked ? WriteOptions.masked() : WriteOptions.full());
    RecordType only = ledger.recordType;
    return new Sink() {
      @Override
      public boolean write(ExchangeRecord record) {
        if (only != null && record.recordType() != only) {
          return false;
        }
        writer.write(record);
        return true;
      }

      @Override
      public void close() {
        writer.close();
      }
    };
  }

  private static Optional<TabularFormat> format(Path path) {
    return TabularFormat.of(path);
  }

  private static boolean gz(Path path) {
    return name(path).endsWith(".gz");
  }

  private static boolean ndjson(Path path) {
    String name = name(path);
    return name.endsWith(".ndjson") || name.endsWith(".ndjson.gz") || name.endsWith(".jsonl");
  }

  private static String name(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
