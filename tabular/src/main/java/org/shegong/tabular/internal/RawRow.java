package org.shegong.tabular.internal;

import java.util.List;

/**
 * One row of a sheet or CSV file: its number as the spreadsheet shows it and its non-empty cells in
 * column order.
 *
 * @param number the 1-based row number
 * @param cells the non-empty cells, in column order
 * @since 0.2.0
 */
public record RawRow(long number, List<RawCell> cells) {

  /**
   * Copies the cells.
   *
   * @throws NullPointerException when the list is null
   */
  public RawRow {
    cells = List.copyOf(cells);
  }

  /**
   * Never shows the cells' values.
   *
   * @return the row number and the number of cells
   */
  @Override
  public String toString() {
    return "RawRow[number=" + number + ", cells=" + cells.size() + "]";
  }
}
