package org.shegong.tabular.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.serialization.SerializationRules;
import org.shegong.serialization.internal.Pointers;
import org.shegong.tabular.TabularRules;
import org.shegong.tabular.internal.Columns.Column;

/**
 * A sheet's header row: the first row in which at least two cells are known labels of the sheet's
 * columns; rows above it (titles, a unit line, merged title cells) are skipped.
 *
 * @since 0.2.0
 */
public final class Header {

  /** How many rows with content are searched for the header. */
  public static final int SEARCHED_ROWS = 30;

  /** The header's row number. */
  final long row;

  /** The column of each 0-based index; null for an ignored, unknown, duplicate or empty label. */
  final List<@Nullable Column> byIndex;

  /** The 0-based index of each known column. */
  final Map<Column, Integer> indexOf;

  /** The issues of the header row: unknown and duplicate labels. */
  final List<Issue> issues;

  /** The indexes of columns labelled but not read (unknown, duplicate, ignored). */
  final boolean[] labelled;

  private Header(
      long row,
      List<@Nullable Column> byIndex,
      Map<Column, Integer> indexOf,
      List<Issue> issues,
      boolean[] labelled) {
    this.row = row;
    this.byIndex = byIndex;
    this.indexOf = indexOf;
    this.issues = issues;
    this.labelled = labelled;
  }

  /**
   * Finds the header of a sheet.
   *
   * @param rows the rows, read up to and including the header
   * @param columns the sheet's columns
   * @param context the reading context
   * @param sheet the sheet, or null for a CSV file
   * @param typeLabel the record type's label, for a message
   * @param out receives SG-TAB-007 when no header is found
   * @return the header, or null when none of the first rows is one
   * @throws IOException when reading fails
   */
  static @Nullable Header detect(
      RowSource rows,
      List<Column> columns,
      TabularContext context,
      @Nullable String sheet,
      String typeLabel,
      List<Issue> out)
      throws IOException {
    for (int searched = 0; searched < SEARCHED_ROWS; searched++) {
      RawRow row = rows.next();
      if (row == null) {
        break;
      }
      int known = 0;
      for (RawCell cell : row.cells()) {
        if (Columns.find(columns, cell.text()).isPresent()) {
          known++;
        }
      }
      if (known >= 2) {
        return of(row, columns, context, sheet);
      }
    }
    Issue.Builder issue =
        TabularRules.NO_HEADER.issue(
            context.profile(),
            context.locale(),
            "",
            Map.of("rows", SEARCHED_ROWS, "recordType", typeLabel));
    context.file(issue);
    if (sheet != null) {
      issue.sheet(sheet);
    }
    out.add(issue.build());
    return null;
  }

  private static Header of(
      RawRow row, List<Column> columns, TabularContext context, @Nullable String sheet) {
    int width = 0;
    for (RawCell cell : row.cells()) {
      width = Math.max(width, cell.column() + 1);
    }
    List<@Nullable Column> byIndex = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      byIndex.add(null);
    }
    boolean[] labelled = new boolean[width];
    Map<Column, Integer> indexOf = new LinkedHashMap<>();
    Map<Column, Integer> first = new HashMap<>();
    List<Issue> issues = new ArrayList<>();
    for (RawCell cell : row.cells()) {
      String label = CellValues.trim(cell.text());
      if (label.isEmpty()) {
        continue;
      }
      labelled[cell.column()] = true;
      CellRef ref = new CellRef(sheet, row.number(), cell.column(), null, label);
      if (Columns.ignored(label)) {
        continue;
      }
      Optional<Column> column = Columns.find(columns, label);
      if (column.isEmpty()) {
        Issue.Builder issue =
            SerializationRules.UNKNOWN_FIELD.issue(
                context.profile(),
                context.locale(),
                Pointers.child("", label),
                Map.of("field", shown(label)));
        issues.add(ref.apply(context.file(issue), context.workbook()).build());
        continue;
      }
      Integer before = first.putIfAbsent(column.get(), cell.column());
      if (before != null) {
        Issue.Builder issue =
            TabularRules.DUPLICATE_COLUMN.issue(
                context.profile(),
                context.locale(),
                column.get().pointer(),
                Map.of("label", shown(label), "first", before + 1));
        issues.add(ref.apply(context.file(issue), context.workbook()).build());
        continue;
      }
      byIndex.set(cell.column(), column.get());
      indexOf.put(column.get(), cell.column());
    }
    return new Header(row.number(), byIndex, indexOf, List.copyOf(issues), labelled);
  }

  /** A header label as shown in a message: as written, at most 40 characters. */
  private static String shown(String label) {
    return label.length() <= 40 ? label : label.substring(0, 40) + "…";
  }

  /**
   * Returns the column of a 0-based index.
   *
   * @param index the index
   * @return the column, or null
   */
  @Nullable Column column(int index) {
    return index < byIndex.size() ? byIndex.get(index) : null;
  }

  /**
   * Tells whether a 0-based index has a label in the header (read or not).
   *
   * @param index the index
   * @return {@code true} when the header cell is not empty
   */
  boolean labelled(int index) {
    return index < labelled.length && labelled[index];
  }

  /**
   * Returns the number of columns of the header, up to its last label.
   *
   * @return the width
   */
  int width() {
    return labelled.length;
  }
}
