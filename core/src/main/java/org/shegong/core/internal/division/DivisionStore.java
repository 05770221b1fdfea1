package org.shegong.core.internal.division;

import java.util.Arrays;

/**
 * The divisions of one table, one level at a time, in compact sorted arrays.
 *
 * <p>Per level: the codes as a sorted {@code int[]} (9 digits fit in an int), and all names
 * concatenated into one {@code String}, each followed by {@code \n}, with an {@code int[]} of the
 * offsets of those separators. A lookup is a binary search; a region's descendants on a level are a
 * contiguous index range, because a descendant's code starts with its ancestor's code. Levels are
 * indexed by {@link org.shegong.core.division.DivisionLevel#ordinal()} (0 province … 3 township).
 * Immutable and thread-safe once built.
 *
 * @since 0.1.0
 */
public final class DivisionStore {

  /** The number of levels a table holds: province, city, county, township. */
  public static final int LEVELS = 4;

  /** The number of digits of a code on each level. */
  private static final int[] DIGITS = {2, 4, 6, 9};

  private final int[][] codes;
  private final int[][] nameEnds;
  private final String[] names;

  DivisionStore(int[][] codes, int[][] nameEnds, String[] names) {
    this.codes = codes;
    this.nameEnds = nameEnds;
    this.names = names;
  }

  /**
   * Returns the number of digits of a code on a level.
   *
   * @param level the level index, 0–3
   * @return 2, 4, 6 or 9
   */
  public static int digits(int level) {
    return DIGITS[level];
  }

  /**
   * Returns the number of divisions on a level.
   *
   * @param level the level index, 0–3
   * @return the count
   */
  public int size(int level) {
    return codes[level].length;
  }

  /**
   * Finds the index of a code on a level.
   *
   * @param level the level index, 0–3
   * @param code the code as a number
   * @return the index, or a negative number when the code is not on that level
   */
  public int indexOf(int level, int code) {
    return Arrays.binarySearch(codes[level], code);
  }

  /**
   * Returns the first index on a level whose code is at least the given code.
   *
   * @param level the level index, 0–3
   * @param code the code as a number
   * @return the index, {@link #size(int)} when every code is smaller
   */
  public int lowerBound(int level, int code) {
    int index = Arrays.binarySearch(codes[level], code);
    return index >= 0 ? index : -index - 1;
  }

  /**
   * Returns the code at an index.
   *
   * @param level the level index, 0–3
   * @param index the index, 0 to {@code size(level) - 1}
   * @return the code as a number
   */
  public int code(int level, int index) {
    return codes[level][index];
  }

  /**
   * Returns the name at an index.
   *
   * @param level the level index, 0–3
   * @param index the index, 0 to {@code size(level) - 1}
   * @return the name, never null
   */
  public String name(int level, int index) {
    int start = index == 0 ? 0 : nameEnds[level][index - 1] + 1;
    return names[level].substring(start, nameEnds[level][index]);
  }

  /**
   * Formats a code of a level as text with its leading zeros.
   *
   * @param level the level index, 0–3
   * @param code the code as a number
   * @return the code, exactly {@code digits(level)} characters long
   */
  public static String format(int level, int code) {
    String text = Integer.toString(code);
    int digits = DIGITS[level];
    if (text.length() == digits) {
      return text;
    }
    return "0".repeat(digits - text.length()) + text;
  }
}
