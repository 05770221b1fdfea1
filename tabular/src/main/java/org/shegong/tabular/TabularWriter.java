package org.shegong.tabular;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.ExchangeWriter;
import org.shegong.serialization.WriteOptions;
import org.shegong.tabular.internal.CellText;
import org.shegong.tabular.internal.Columns;
import org.shegong.tabular.internal.Columns.Column;
import org.shegong.tabular.internal.Columns.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes records as a ledger that {@link TabularReader} reads back as the same records: a workbook
 * with one sheet per record type (and the children's visits on a 走访记录 sheet), or a CSV file of one
 * record type.
 *
 * <pre>{@code
 * try (TabularWriter writer = TabularWriter.open(Path.of("台账.xlsx"), TabularOptions.defaults())) {
 *   records.forEach(writer::write);
 * }
 * }</pre>
 *
 * <p><b>Cells.</b> Identifiers and other text are text cells (a column of identifiers is formatted
 * as text, so that Excel does not turn an ID into a number when someone edits it), dates are date
 * cells ({@code yyyy-mm-dd}), integers and amounts (two decimals) are numbers, booleans 是/否, codes
 * their Chinese labels, lists as {@link TabularReader} splits them. With {@link
 * TabularOptions#masked()} citizen IDs, phone numbers and names are written masked, as the NDJSON
 * writer masks them.
 *
 * <p><b>Workbooks</b> are written when the writer is closed: records are spooled per record type to
 * temporary NDJSON files first, since a sheet is written in one go, so memory does not grow with
 * the number of records (text cells are inline strings unless {@link #withSharedStrings()}). Sheets
 * come in the order of {@link RecordType}, each with its header row. <b>CSV files</b> are written
 * as records come, UTF-8 with a byte order mark (so that Excel on Chinese Windows reads them as
 * UTF-8), or in the options' encoding. Not thread-safe.
 *
 * @since 0.2.0
 */
public final class TabularWriter implements Closeable {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final TabularFormat format;
  private final TabularOptions options;
  private final OutputStream out;
  private final Map<RecordType, Spool> spools = new EnumMap<>(RecordType.class);
  private final @Nullable Path spoolDirectory;
  private @Nullable Writer csv;
  private @Nullable ExchangeWriter csvRecords;
  private java.io.@Nullable StringWriter csvLine;
  private @Nullable RecordType csvType;
  private long written;
  private boolean sharedStrings;
  private boolean closed;

  /**
   * The spooled records of one type.
   *
   * @since 0.2.0
   */
  private record Spool(Path file, ExchangeWriter writer) {}

  private TabularWriter(TabularFormat format, OutputStream out, TabularOptions options) {
    this.format = format;
    this.out = out;
    this.options = options;
    this.csvType = options.recordType().orElse(null);
    if (format == TabularFormat.XLSX) {
      try {
        Path parent = options.tempDirectory().orElse(null);
        spoolDirectory =
            parent == null
                ? Files.createTempDirectory("shegong-tabular")
                : Files.createTempDirectory(parent, "shegong-tabular");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      spoolDirectory = null;
    }
  }

  /**
   * Opens a file; its format by its extension.
   *
   * @param path the file, {@code .xlsx} or {@code .csv}; not null; replaced if it exists
   * @param options the options; not null
   * @return the writer, to be closed, never null
   * @throws IllegalArgumentException when the extension is neither {@code .xlsx} nor {@code .csv}
   * @throws UncheckedIOException when the file cannot be created
   */
  public static TabularWriter open(Path path, TabularOptions options) {
    TabularFormat format =
        TabularFormat.of(path)
            .orElseThrow(
                () -> new IllegalArgumentException("a ledger is written as .xlsx or .csv"));
    try {
      return new TabularWriter(format, Files.newOutputStream(path), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a stream.
   *
   * @param out the target; not null; closed with the writer
   * @param format the format; not null
   * @param options the options; not null
   * @return the writer, to be closed, never null
   */
  public static TabularWriter open(OutputStream out, TabularFormat format, TabularOptions options) {
    return new TabularWriter(
        Objects.requireNonNull(format, "format"),
        Objects.requireNonNull(out, "out"),
        Objects.requireNonNull(options, "options"));
  }

  /**
   * Writes every text of a workbook into its shared-strings table, as Excel saves workbooks,
   * instead of inline strings; the table is held in memory until the writer is closed.
   *
   * @return this writer
   */
  public TabularWriter withSharedStrings() {
    this.sharedStrings = true;
    return this;
  }

  /**
   * Writes a record.
   *
   * @param record the record; not null
   * @return {@code true} when written; {@code false} for a record a CSV file does not hold (its
   *     record type is not the file's: the type of the options, else of the first record)
   * @throws IllegalArgumentException when a child with visits is written to a CSV file, which has
   *     no place for them (write a workbook)
   * @throws UncheckedIOException when writing fails
   */
  public boolean write(ExchangeRecord record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    RecordType type = record.recordType();
    try {
      if (format == TabularFormat.XLSX) {
        Spool spool = spools.get(type);
        if (spool == null) {
          Path file =
              Files.createTempFile(
                  Objects.requireNonNull(spoolDirectory, "spool"), type.code(), ".ndjson");
          spool =
              new Spool(
                  file,
                  ExchangeWriter.open(
                      file, options.masked() ? WriteOptions.masked() : WriteOptions.full()));
          spools.put(type, spool);
        }
        spool.writer().write(record);
        written++;
        return true;
      }
      if (csvType == null) {
        csvType = type;
      }
      if (type != csvType) {
        return false;
      }
      if (record instanceof Child child && !child.visits().isEmpty()) {
        throw new IllegalArgumentException(
            "a CSV file has no place for a child's visits (走访记录): write a workbook (.xlsx)");
      }
      writeCsv(record, type);
      written++;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the number of records written.
   *
   * @return the count
   */
  public long recordsWritten() {
    return written;
  }

  private void writeCsv(ExchangeRecord record, RecordType type) throws IOException {
    Writer target = csv;
    List<Column> columns = Columns.of(type);
    if (target == null) {
      target = new BufferedWriter(new OutputStreamWriter(out, options.encoding()), 1 << 16);
      csv = target;
      if (options.encoding().equals(StandardCharsets.UTF_8)) {
        target.write('\uFEFF');
      }
      List<String> header = new ArrayList<>();
      for (Column column : columns) {
        header.add(column.label());
      }
      csvRow(target, header);
      csvLine = new java.io.StringWriter();
      csvRecords =
          ExchangeWriter.open(
              csvLine, options.masked() ? WriteOptions.masked() : WriteOptions.full());
    }
    java.io.StringWriter line = Objects.requireNonNull(csvLine, "line");
    ExchangeWriter json = Objects.requireNonNull(csvRecords, "json");
    line.getBuffer().setLength(0);
    json.write(record);
    json.flush();
    JsonNode node = MAPPER.readTree(line.toString());
    List<String> cells = new ArrayList<>(columns.size());
    for (Column column : columns) {
      JsonNode value = CellText.value(node, column);
      cells.add(value == null ? "" : CellText.text(column, value));
    }
    csvRow(target, cells);
  }

  private static void csvRow(Writer target, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        target.write(',');
      }
      String cell = cells.get(i);
      boolean quote =
          cell.indexOf(',') >= 0
              || cell.indexOf('"') >= 0
              || cell.indexOf('\n') >= 0
              || cell.indexOf('\r') >= 0
              || !cell.equals(cell.strip());
      if (quote) {
        target.write('"');
        target.write(cell.replace("\"", "\"\""));
        target.write('"');
      } else {
        target.write(cell);
      }
    }
    target.write("\r\n");
  }

  /**
   * Completes the file: writes the workbook from the spooled records, or flushes the CSV file; then
   * closes the target and deletes the spool.
   *
   * @throws UncheckedIOException when writing fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (format == TabularFormat.CSV) {
        Writer target = csv;
        if (target == null) {
          // an empty file still has its header, when the record type is known
          RecordType type = csvType;
          target = new BufferedWriter(new OutputStreamWriter(out, options.encoding()));
          if (options.encoding().equals(StandardCharsets.UTF_8)) {
            target.write('\uFEFF');
          }
          if (type != null) {
            List<String> header = new ArrayList<>();
            for (Column column : Columns.of(type)) {
              header.add(column.label());
            }
            csvRow(target, header);
          }
        }
        target.close();
        return;
      }
      writeWorkbook();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteSpool();
    }
  }

  private void writeWorkbook() throws IOException {
    for (Spool spool : spools.values()) {
      spool.writer().close();
    }
    Workbook workbook = new Workbook(out, "Shegong", null);
    try {
      Path visits = null;
      BufferedWriter visitsOut = null;
      for (RecordType type : RecordType.values()) {
        Spool spool = spools.get(type);
        if (spool == null) {
          continue;
        }
        if (type == RecordType.CHILD) {
          visits =
              Files.createTempFile(
                  Objects.requireNonNull(spoolDirectory, "spool"), "visits", ".ndjson");
          visitsOut = Files.newBufferedWriter(visits, StandardCharsets.UTF_8);
        }
        Worksheet sheet = workbook.newWorksheet(Columns.sheetLabel(type));
        writeSheet(sheet, Columns.of(type), spool.file(), visitsOut);
        if (visitsOut != null) {
          visitsOut.close();
          visitsOut = null;
        }
      }
      if (visits != null && Files.size(visits) > 0) {
        Worksheet sheet = workbook.newWorksheet(Columns.VISITS_SHEET);
        writeSheet(sheet, Columns.visits(), visits, null);
      }
      if (spools.isEmpty()) {
        workbook.newWorksheet(Columns.sheetLabel(options.recordType().orElse(RecordType.CHILD)));
      }
    } finally {
      workbook.finish();
      out.close();
    }
  }

  private void writeSheet(
      Worksheet sheet, List<Column> columns, Path records, @Nullable BufferedWriter visits)
      throws IOException {
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      sheet.value(0, c, column.label());
      sheet.style(0, c).bold().set();
      if (column.text()) {
        sheet.style(c).format("@").set();
      }
      sheet.width(c, Math.max(10, Math.min(40, column.label().length() * 2.5)));
    }
    int row = 1;
    try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode record = MAPPER.readTree(line);
        for (int c = 0; c < columns.size(); c++) {
          JsonNode value = CellText.value(record, columns.get(c));
          if (value != null) {
            cell(sheet, row, c, columns.get(c), value);
          }
        }
        if (visits != null) {
          for (JsonNode visit : record.path("visits")) {
            ObjectNode withChild = MAPPER.createObjectNode();
            withChild.put("childId", record.path("id").asString(""));
            withChild.setAll((ObjectNode) visit);
            visits.write(withChild.toString());
            visits.write('\n');
          }
        }
        row++;
        if (row % 1000 == 0) {
          sheet.flush();
        }
      }
    }
    sheet.finish();
  }

  private void cell(Worksheet sheet, int row, int c, Column column, JsonNode value) {
    Kind kind = column.kind();
    switch (kind) {
      case DATE:
        {
          Optional<LocalDate> date = date(value.asString());
          if (date.isPresent()) {
            sheet.value(row, c, date.get());
            sheet.style(row, c).format("yyyy-mm-dd").set();
            return;
          }
          break;
        }
      case INTEGER:
        if (value.isIntegralNumber()) {
          sheet.value(row, c, value.numberValue());
          return;
        }
        break;
      case MONEY:
        {
          BigDecimal amount = new BigDecimal(value.asString());
          if (amount.precision() <= 15) {
            sheet.value(row, c, amount);
            sheet.style(row, c).format("0.00").set();
            return;
          }
          break;
        }
      default:
        break;
    }
    String text = CellText.text(column, value);
    if (sharedStrings) {
      sheet.value(row, c, text);
    } else {
      sheet.inlineString(row, c, text);
    }
    if (column.text()) {
      sheet.style(row, c).format("@").set();
    } else if (kind == Kind.TEXTS || kind == Kind.SLOTS) {
      sheet.style(row, c).wrapText(true).set();
    }
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private void deleteSpool() {
    Path directory = spoolDirectory;
    if (directory == null) {
      return;
    }
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      // a temporary file left behind is not a failure of the write
    }
  }
}
