package org.shegong.tabular.internal;

/**
 * One non-empty cell as a spreadsheet stores it: its column and its value as text (numbers in their
 * stored decimal form, booleans as {@code 1}/{@code 0}).
 *
 * @param column the 0-based column
 * @param number whether the cell stores a number (dates included), rather than text
 * @param bool whether the cell stores a boolean
 * @param text the stored value, never null
 * @since 0.2.0
 */
public record RawCell(int column, boolean number, boolean bool, String text) {

  /**
   * Returns a text cell.
   *
   * @param column the 0-based column
   * @param text the text
   * @return the cell
   */
  public static RawCell text(int column, String text) {
    return new RawCell(column, false, false, text);
  }

  /**
   * Never shows the value, which may be a citizen ID or a name.
   *
   * @return the column and the kind of value
   */
  @Override
  public String toString() {
    return "RawCell[column=" + column + (number ? ", number" : bool ? ", boolean" : ", text") + "]";
  }
}
