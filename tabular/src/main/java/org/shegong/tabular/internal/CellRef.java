package org.shegong.tabular.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.tabular.internal.Columns.Column;

/**
 * Where a value was read: the sheet, the row, the 0-based column, the column's definition and the
 * cell's text (kept to rebuild an unknown-code message with the code set's labels).
 *
 * @param sheet the sheet, or null for a CSV file
 * @param row the row number
 * @param column the 0-based column
 * @param definition the column's definition, or null for a header cell
 * @param text the cell's text
 * @since 0.2.0
 */
public record CellRef(
    @Nullable String sheet, long row, int column, @Nullable Column definition, String text) {

  /**
   * Returns the A1 name of a cell.
   *
   * @param column the 0-based column
   * @param row the row number
   * @return for example {@code D17}
   */
  public static String a1(int column, long row) {
    return letters(column) + row;
  }

  /**
   * Returns the letters of a column.
   *
   * @param column the 0-based column
   * @return {@code A}, …, {@code Z}, {@code AA}, …
   */
  public static String letters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  /**
   * Puts this cell's location into an issue: sheet (workbooks), line, column and cell (workbooks).
   *
   * @param builder the issue
   * @param workbook whether the file is a workbook
   * @return the builder
   */
  public Issue.Builder apply(Issue.Builder builder, boolean workbook) {
    if (sheet != null) {
      builder.sheet(sheet);
    }
    builder.line(row).column((long) column + 1);
    builder.cell(workbook ? Optional.of(a1(column, row)) : Optional.empty());
    return builder;
  }

  /**
   * Never shows the cell's text.
   *
   * @return the sheet, row and column
   */
  @Override
  public String toString() {
    return "CellRef[" + sheet + "!" + a1(column, row) + "]";
  }
}
