package org.shegong.core.internal.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.shegong.core.division.DivisionTableException;

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
 * table. Rows may come in any order. Blank lines are skipped.
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
    OpenedFile open(String baseName) throws IOException;
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
    try (InputStream raw = file.stream();
        InputStream in = file.gzipped() ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      return parse(reader, file.name(), level);
    } catch (IOException e) {
      throw new DivisionTableException(
          DivisionTableException.UNREADABLE_TABLE, file.name(), 0, "cannot read: " + e, e);
    }
  }

  private static Level parse(BufferedReader reader, String fileName, int level) throws IOException {
    int digits = DivisionStore.digits(level);
    LevelBuilder builder = new LevelBuilder(fileName);
    int codeColumn = -1;
    int nameColumn = -1;
    int[] parentColumns = null;
    int columns = 0;
    int lineNumber = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = split(line, fileName, lineNumber);
      if (parentColumns == null) {
        columns = fields.size();
        codeColumn = column(fields, "code", fileName, lineNumber, true);
        nameColumn = column(fields, "name", fileName, lineNumber, true);
        String[] parentNames = PARENT_COLUMNS[level];
        parentColumns = new int[parentNames.length];
        for (int parent = 0; parent < parentNames.length; parent++) {
          parentColumns[parent] = column(fields, parentNames[parent], fileName, lineNumber, false);
        }
        continue;
      }
      if (fields.size() != columns) {
        throw malformed(
            fileName,
            lineNumber,
            "expected " + columns + " fields as in the header, found " + fields.size());
      }
      String code = fields.get(codeColumn);
      if (code.length() != digits || !allDigits(code)) {
        throw malformed(
            fileName, lineNumber, "code '" + shown(code) + "' must be " + digits + " digits");
      }
      String name = fields.get(nameColumn);
      if (name.isBlank()) {
        throw malformed(fileName, lineNumber, "name of " + code + " is empty");
      }
      for (int parent = 0; parent < parentColumns.length; parent++) {
        if (parentColumns[parent] < 0) {
          continue;
        }
        String parentCode = fields.get(parentColumns[parent]);
        String prefix = code.substring(0, DivisionStore.digits(parent));
        if (!parentCode.equals(prefix)) {
          throw new DivisionTableException(
              DivisionTableException.INCONSISTENT_ROW,
              fileName,
              lineNumber,
              PARENT_COLUMNS[level][parent]
                  + " '"
                  + shown(parentCode)
                  + "' of "
                  + code
                  + " must be the code's prefix "
                  + prefix
                  + " (parents are derived from the code)",
              null);
        }
      }
      builder.add(Integer.parseInt(code), name, lineNumber);
    }
    if (parentColumns == null) {
      throw malformed(fileName, Math.max(lineNumber, 1), "no header row (the file is empty)");
    }
    return builder.build(level);
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

  private static List<String> split(String line, String fileName, int lineNumber) {
    try {
      return CsvRow.split(line);
    } catch (IllegalArgumentException e) {
      throw malformed(fileName, lineNumber, e.getMessage());
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

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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
    private final List<String> names = new ArrayList<>();
    private int size;
    private boolean sorted = true;

    LevelBuilder(String fileName) {
      this.fileName = fileName;
    }

    void add(int code, String name, int line) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
        lines = Arrays.copyOf(lines, size * 2);
      }
      if (size > 0 && codes[size - 1] >= code) {
        sorted = false;
      }
      codes[size] = code;
      lines[size] = line;
      names.add(name);
      size++;
    }

    Level build(int level) {
      Integer[] order = null;
      if (!sorted) {
        order = new Integer[size];
        for (int i = 0; i < size; i++) {
          order[i] = i;
        }
        int[] unsorted = codes;
        Arrays.sort(order, (a, b) -> Integer.compare(unsorted[a], unsorted[b]));
      }
      int[] sortedCodes = new int[size];
      int[] sortedLines = new int[size];
      int[] nameEnds = new int[size];
      StringBuilder allNames = new StringBuilder(size * 6);
      for (int i = 0; i < size; i++) {
        int from = order == null ? i : order[i];
        sortedCodes[i] = codes[from];
        sortedLines[i] = lines[from];
        allNames.append(names.get(from));
        nameEnds[i] = allNames.length();
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
      }
      return new Level(fileName, level, sortedCodes, sortedLines, nameEnds, allNames.toString());
    }
  }
}
