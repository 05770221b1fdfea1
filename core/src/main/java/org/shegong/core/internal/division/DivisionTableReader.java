package org.shegong.core.internal.division;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.shegong.core.division.DivisionTableException;
import org.shegong.core.internal.division.CsvRow.ByteSink;

/**
 * Reads the four CSV files of a division table into a {@link DivisionStore}, checking every row.
 *
 * <p>Layout (the one of the bundled 2022 table): {@code provinces.csv} ({@code code,name}), {@code
 * cities.csv} ({@code code,name,provinceCode}), {@code areas.csv} ({@code
 * code,name,cityCode,provinceCode}), {@code streets.csv} ({@code
 * code,name,areaCode,provinceCode,cityCode}); UTF-8 with or without BOM; a header row; columns are
 * found by their header name, so their order does not matter and extra columns are ignored. Only
 * {@code code} and {@code name} are required: parents are derived from the code's prefix, and a
 * parent column, when present, must agree with that prefix. Every parent must itself be in the
 * table. Rows may come in any order. Lines end in LF or CRLF; blank lines are skipped.
 *
 * @since 0.1.0
 */
public final class DivisionTableReader {

  /** The base names of the four files, by level index. */
  public static final List<String> FILE_NAMES =
      List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv");

  /** The names of the parent columns of each level's file, by the parent's level index. */
  private static final String[][] PARENT_COLUMNS = {
    {}, {"provinceCode"}, {"provinceCode", "cityCode"}, {"provinceCode", "cityCode", "areaCode"}
  };

  /**
   * Opens one file of a table.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface FileSource {
    /**
     * Opens a file of the table.
     *
     * @param baseName one of {@link #FILE_NAMES}
     * @return the opened file, or null when it does not exist
     * @throws IOException when it exists but cannot be opened
     */
    @Nullable OpenedFile open(String baseName) throws IOException;
  }

  /**
   * An opened file of a table.
   *
   * @param name the file name to show in messages, for example {@code streets.csv.gz}
   * @param stream the raw bytes
   * @param gzipped whether the bytes are gzip-compressed
   * @since 0.1.0
   */
  public record OpenedFile(String name, InputStream stream, boolean gzipped) {}

  private DivisionTableReader() {}

  /**
   * Reads and checks the four files of a table.
   *
   * @param source opens the files; not null
   * @return the store, never null
   * @throws DivisionTableException when a file is missing or unreadable, or a row is malformed or
   *     inconsistent
   */
  public static DivisionStore read(FileSource source) {
    Level[] levels = new Level[DivisionStore.LEVELS];
    for (int level = 0; level < DivisionStore.LEVELS; level++) {
      levels[level] = readLevel(source, level);
    }
    for (int level = 1; level < DivisionStore.LEVELS; level++) {
      checkParents(levels[level - 1], levels[level]);
    }
    int[][] codes = new int[DivisionStore.LEVELS][];
    int[][] nameEnds = new int[DivisionStore.LEVELS][];
    String[] names = new String[DivisionStore.LEVELS];
    for (int level = 0; level < DivisionStore.LEVELS; level++) {
      codes[level] = levels[level].codes;
      nameEnds[level] = levels[level].nameEnds;
      names[level] = levels[level].names;
    }
    return new DivisionStore(codes, nameEnds, names);
  }

  private static Level readLevel(FileSource source, int level) {
    String baseName = FILE_NAMES.get(level);
    OpenedFile file;
    try {
      file = source.open(baseName);
    } catch (IOException e) {
      throw new DivisionTableException(
          DivisionTableException.UNREADABLE_TABLE, baseName, 0, "cannot open: " + e, e);
    }
    if (file == null) {
      throw new DivisionTableException(
          DivisionTableException.UNREADABLE_TABLE,
          baseName,
          0,
          "missing (expected " + baseName + " or " + baseName + ".gz)",
          null);
    }
    byte[] bytes;
    try (InputStream raw = file.stream();
        InputStream in = file.gzipped() ? new GZIPInputStream(raw, 1 << 16) : raw) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new DivisionTableException(
          DivisionTableException.UNREADABLE_TABLE, file.name(), 0, "cannot read: " + e, e);
    }
    return parse(bytes, file.name(), level);
  }

  /**
   * Parses one file. Codes are parsed from the bytes without decoding; the names of the file are
   * collected as UTF-8 bytes separated by {@code \n} and decoded once.
   */
  private static Level parse(byte[] bytes, String fileName, int level) {
    int digits = DivisionStore.digits(level);
    int[] parentDigits = new int[PARENT_COLUMNS[level].length];
    for (int parent = 0; parent < parentDigits.length; parent++) {
      parentDigits[parent] = DivisionStore.digits(parent);
    }
    LevelBuilder builder = new LevelBuilder(fileName);
    ByteSink names = new ByteSink(bytes.length / 4);
    CsvRow row = new CsvRow();
    int codeColumn = -1;
    int nameColumn = -1;
    int[] parentColumns = null;
    int columns = 0;
    int lineNumber = 0;
    int length = bytes.length;
    int position = 0;
    if (length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      position = 3;
    }
    while (position < length) {
      lineNumber++;
      int lineEnd = position;
      while (lineEnd < length && bytes[lineEnd] != '\n') {
        lineEnd++;
      }
      int next = lineEnd + 1;
      if (lineEnd > position && bytes[lineEnd - 1] == '\r') {
        lineEnd--;
      }
      int from = position;
      position = next;
      if (isBlank(bytes, from, lineEnd)) {
        continue;
      }
      try {
        row.split(bytes, from, lineEnd);
      } catch (IllegalArgumentException e) {
        throw malformed(fileName, lineNumber, String.valueOf(e.getMessage()));
      }
      if (parentColumns == null) {
        List<String> header = new ArrayList<>(row.count());
        for (int field = 0; field < row.count(); field++) {
          header.add(row.text(bytes, field));
        }
        columns = header.size();
        codeColumn = column(header, "code", fileName, lineNumber, true);
        nameColumn = column(header, "name", fileName, lineNumber, true);
        String[] parentNames = PARENT_COLUMNS[level];
        parentColumns = new int[parentNames.length];
        for (int parent = 0; parent < parentNames.length; parent++) {
          parentColumns[parent] = column(header, parentNames[parent], fileName, lineNumber, false);
        }
        continue;
      }
      if (row.count() != columns) {
        throw malformed(
            fileName,
            lineNumber,
            "expected " + columns + " fields as in the header, found " + row.count());
      }
      int codeStart = row.start(codeColumn);
      int code = digitsValue(bytes, codeStart, row.end(codeColumn));
      if (row.escaped(codeColumn) || row.end(codeColumn) - codeStart != digits || code < 0) {
        throw malformed(
            fileName,
            lineNumber,
            "code '" + shown(row.text(bytes, codeColumn)) + "' must be " + digits + " digits");
      }
      if (isBlank(bytes, row.start(nameColumn), row.end(nameColumn))) {
        throw malformed(
            fileName, lineNumber, "name of " + DivisionStore.format(level, code) + " is empty");
      }
      for (int parent = 0; parent < parentColumns.length; parent++) {
        int column = parentColumns[parent];
        if (column >= 0
            && !isPrefix(
                bytes, row.start(column), row.end(column), codeStart, parentDigits[parent])) {
          String prefix = DivisionStore.format(level, code).substring(0, parentDigits[parent]);
          throw new DivisionTableException(
              DivisionTableException.INCONSISTENT_ROW,
              fileName,
              lineNumber,
              PARENT_COLUMNS[level][parent]
                  + " '"
                  + shown(row.text(bytes, column))
                  + "' of "
                  + DivisionStore.format(level, code)
                  + " must be the code's prefix "
                  + prefix
                  + " (parents are derived from the code)",
              null);
        }
      }
      row.appendValue(bytes, nameColumn, names);
      names.append((byte) '\n');
      builder.add(code, lineNumber);
    }
    if (parentColumns == null) {
      throw malformed(fileName, Math.max(lineNumber, 1), "no header row (the file is empty)");
    }
    return builder.build(level, names.decode(0, names.size()));
  }

  /**
   * Returns the value of a run of ASCII digits, or -1 when a byte is not a digit or it is empty.
   */
  private static int digitsValue(byte[] bytes, int from, int to) {
    if (from == to || to - from > 9) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static boolean isPrefix(byte[] bytes, int from, int to, int codeStart, int digits) {
    if (to - from != digits) {
      return false;
    }
    for (int i = 0; i < digits; i++) {
      if (bytes[from + i] != bytes[codeStart + i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if ((bytes[i] & 0xFF) > ' ') {
        return false;
      }
    }
    return true;
  }

  private static void checkParents(Level parents, Level children) {
    int divisor = 1;
    for (int i = DivisionStore.digits(parents.level);
        i < DivisionStore.digits(children.level);
        i++) {
      divisor *= 10;
    }
    for (int i = 0; i < children.codes.length; i++) {
      int parentCode = children.codes[i] / divisor;
      if (Arrays.binarySearch(parents.codes, parentCode) < 0) {
        String parentText = DivisionStore.format(parents.level, parentCode);
        throw new DivisionTableException(
            DivisionTableException.INCONSISTENT_ROW,
            children.fileName,
            children.lines[i],
            "parent "
                + parentText
                + " of "
                + DivisionStore.format(children.level, children.codes[i])
                + " is not in "
                + parents.fileName,
            null);
      }
    }
  }

  private static int column(
      List<String> header, String name, String fileName, int lineNumber, boolean required) {
    int index = header.indexOf(name);
    if (index >= 0 && header.lastIndexOf(name) != index) {
      throw malformed(fileName, lineNumber, "header names column '" + name + "' twice");
    }
    if (index < 0 && required) {
      throw malformed(
          fileName, lineNumber, "header has no column '" + name + "' (header: " + header + ")");
    }
    return index;
  }

  /** Shows a code field in a message, cut short so that no long value is ever echoed. */
  private static String shown(String text) {
    return text.length() <= 12 ? text : text.substring(0, 12) + "…";
  }

  private static DivisionTableException malformed(String fileName, int line, String problem) {
    return new DivisionTableException(
        DivisionTableException.MALFORMED_ROW, fileName, line, problem, null);
  }

  /**
   * One level's rows, sorted by code, with the line each came from.
   *
   * @since 0.1.0
   */
  private static final class Level {
    final String fileName;
    final int level;
    final int[] codes;
    final int[] lines;
    final int[] nameEnds;
    final String names;

    Level(String fileName, int level, int[] codes, int[] lines, int[] nameEnds, String names) {
      this.fileName = fileName;
      this.level = level;
      this.codes = codes;
      this.lines = lines;
      this.nameEnds = nameEnds;
      this.names = names;
    }
  }

  /**
   * Collects one level's rows in file order.
   *
   * @since 0.1.0
   */
  private static final class LevelBuilder {
    private final String fileName;
    private int[] codes = new int[64];
    private int[] lines = new int[64];
    private int size;
    private boolean sorted = true;

    LevelBuilder(String fileName) {
      this.fileName = fileName;
    }

    void add(int code, int line) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
        lines = Arrays.copyOf(lines, size * 2);
      }
      if (size > 0 && codes[size - 1] >= code) {
        sorted = false;
      }
      codes[size] = code;
      lines[size] = line;
      size++;
    }

    /** Sorts the rows by code; {@code names} holds each row's name followed by {@code \n}. */
    Level build(int level, String names) {
      int[] fileOrderEnds = new int[size];
      int row = 0;
      for (int i = 0; i < names.length(); i++) {
        if (names.charAt(i) == '\n') {
          fileOrderEnds[row++] = i;
        }
      }
      if (sorted) {
        return new Level(
            fileName,
            level,
            Arrays.copyOf(codes, size),
            Arrays.copyOf(lines, size),
            fileOrderEnds,
            names);
      }
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      int[] unsorted = codes;
      Arrays.sort(order, (a, b) -> Integer.compare(unsorted[a], unsorted[b]));
      int[] sortedCodes = new int[size];
      int[] sortedLines = new int[size];
      int[] nameEnds = new int[size];
      StringBuilder sortedNames = new StringBuilder(names.length());
      for (int i = 0; i < size; i++) {
        int from = order[i];
        sortedCodes[i] = codes[from];
        sortedLines[i] = lines[from];
        if (i > 0 && sortedCodes[i] == sortedCodes[i - 1]) {
          int first = Math.min(sortedLines[i], sortedLines[i - 1]);
          int second = Math.max(sortedLines[i], sortedLines[i - 1]);
          throw new DivisionTableException(
              DivisionTableException.INCONSISTENT_ROW,
              fileName,
              second,
              "duplicate code "
                  + DivisionStore.format(level, sortedCodes[i])
                  + " (first on line "
                  + first
                  + ")",
              null);
        }
        int nameStart = from == 0 ? 0 : fileOrderEnds[from - 1] + 1;
        sortedNames.append(names, nameStart, fileOrderEnds[from] + 1);
        nameEnds[i] = sortedNames.length() - 1;
      }
      return new Level(fileName, level, sortedCodes, sortedLines, nameEnds, sortedNames.toString());
    }
  }
}
