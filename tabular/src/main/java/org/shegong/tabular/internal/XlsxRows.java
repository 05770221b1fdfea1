package org.shegong.tabular.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.shegong.tabular.TabularRules;

/**
 * The rows of one worksheet, streamed by fastexcel: one row in memory at a time (the workbook's
 * shared strings are held by the workbook). Shared and inline strings, numbers, booleans, error
 * values and the cached results of formulas are all read; empty cells are left out.
 *
 * @since 0.2.0
 */
public final class XlsxRows implements RowSource {

  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private long lastRow;

  /**
   * Opens a sheet.
   *
   * @param sheet the sheet
   * @throws IOException when the sheet cannot be opened
   */
  public XlsxRows(Sheet sheet) throws IOException {
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        lastRow = row.getRowNum();
        List<RawCell> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
          Cell cell = row.getCell(i);
          if (cell == null) {
            continue;
          }
          RawCell raw = raw(cell);
          if (raw != null) {
            cells.add(raw);
          }
        }
        if (!cells.isEmpty()) {
          return new RawRow(row.getRowNum(), cells);
        }
      }
      return null;
    } catch (ExcelReaderException | UncheckedIOException e) {
      throw new SourceProblem(
          TabularRules.NOT_A_WORKBOOK,
          lastRow + 1,
          java.util.Map.of("reason", "a sheet cannot be read after row " + lastRow),
          e);
    }
  }

  private static @Nullable RawCell raw(Cell cell) {
    CellType type = cell.getType();
    int column = cell.getColumnIndex();
    switch (type) {
      case EMPTY:
        return null;
      case STRING:
        {
          Object value = cell.getValue();
          String text = value == null ? cell.getRawValue() : value.toString();
          return text == null || text.isEmpty() ? null : RawCell.text(column, text);
        }
      case NUMBER:
        {
          String text = cell.getRawValue();
          return text == null || text.isEmpty() ? null : new RawCell(column, true, false, text);
        }
      case BOOLEAN:
        {
          String text = cell.getRawValue();
          return text == null || text.isEmpty() ? null : new RawCell(column, false, true, text);
        }
      default:
        {
          // formulas (their cached result) and error values (#N/A) as text
          String text = cell.getRawValue();
          return text == null || text.isEmpty() ? null : RawCell.text(column, text);
        }
    }
  }

  @Override
  public void close() {
    stream.close();
  }
}
