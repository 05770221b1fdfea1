package org.shegong.tabular.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.serialization.internal.Pointers;
import org.shegong.tabular.TabularRow;
import org.shegong.tabular.TabularRules;
import org.shegong.tabular.internal.Columns.Column;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of the 走访记录 sheet, read before the record sheets and held until their children's rows
 * take them (the one part of a workbook held in memory besides its shared strings). A visit row
 * whose child id matches no child row is SG-TAB-005 on that row.
 *
 * @since 0.2.0
 */
public final class Visits {

  /**
   * One visit row.
   *
   * @since 0.2.0
   */
  static final class Visit {
    final ObjectNode json;
    final Map<String, CellRef> cells = new LinkedHashMap<>();
    final List<RowMeta.Pending> pending = new ArrayList<>();
    final long row;
    final @Nullable CellRef childCell;

    Visit(ObjectNode json, long row, @Nullable CellRef childCell) {
      this.json = json;
      this.row = row;
      this.childCell = childCell;
    }
  }

  private final Map<String, Deque<Visit>> byChild = new HashMap<>();
  private final List<Visit> unclaimed = new ArrayList<>();
  private final List<Issue> headerIssues = new ArrayList<>();
  private final String sheet;

  private Visits(String sheet) {
    this.sheet = sheet;
  }

  /**
   * Reads a 走访记录 sheet.
   *
   * @param rows the sheet's rows
   * @param sheet the sheet's name
   * @param context the reading context
   * @return the visits
   * @throws IOException when reading fails
   */
  public static Visits read(RowSource rows, String sheet, TabularContext context)
      throws IOException {
    Visits visits = new Visits(sheet);
    Header header =
        Header.detect(
            rows, Columns.visits(), context, sheet, Columns.VISITS_SHEET, visits.headerIssues);
    if (header == null) {
      return visits;
    }
    visits.headerIssues.addAll(header.issues);
    for (RawRow row = rows.next(); row != null; row = rows.next()) {
      ObjectNode json = JsonNodeFactory.instance.objectNode();
      String childId = null;
      CellRef childCell = null;
      List<RowMeta.Pending> pending = new ArrayList<>();
      Map<String, CellRef> cells = new LinkedHashMap<>();
      boolean any = false;
      for (RawCell cell : row.cells()) {
        Column column = header.column(cell.column());
        if (column == null) {
          continue;
        }
        CellRef ref = new CellRef(sheet, row.number(), cell.column(), column, cell.text());
        if (column.field().equals("childId")) {
          childId = CellValues.idText(cell);
          childCell = ref;
          any |= !CellValues.trim(cell.text()).isEmpty();
          continue;
        }
        JsonNode value = CellValues.read(column, cell);
        if (value == null) {
          continue;
        }
        any = true;
        cells.put(column.field(), ref);
        if (value == CellValues.LOST_DIGITS) {
          pending.add(SheetReader.lostDigits(column, cell, ref));
          continue;
        }
        json.set(column.field(), value);
      }
      if (!any) {
        continue;
      }
      Visit visit = new Visit(json, row.number(), childCell);
      visit.cells.putAll(cells);
      visit.pending.addAll(pending);
      if (childId == null) {
        visits.unclaimed.add(visit);
      } else {
        visits.byChild.computeIfAbsent(childId, id -> new ArrayDeque<>()).add(visit);
      }
    }
    return visits;
  }

  /**
   * Returns an empty set of visits, for a workbook without a 走访记录 sheet.
   *
   * @return no visits
   */
  public static Visits none() {
    return new Visits(Columns.VISITS_SHEET);
  }

  /**
   * Returns the issues of the sheet's header.
   *
   * @return the issues, never null
   */
  public List<Issue> headerIssues() {
    return headerIssues;
  }

  /** Takes the visits of a child, in row order; the first child row with the id takes them. */
  List<Visit> take(String childId) {
    Deque<Visit> visits = byChild.remove(childId);
    return visits == null ? List.of() : List.copyOf(visits);
  }

  /**
   * Returns one file row per visit row no child took, in row order, each with SG-TAB-005.
   *
   * @param context the reading context
   * @return the rows
   */
  public List<TabularRow> unclaimed(TabularContext context) {
    List<Visit> left = new ArrayList<>(unclaimed);
    byChild.values().forEach(left::addAll);
    left.sort((a, b) -> Long.compare(a.row, b.row));
    List<TabularRow> rows = new ArrayList<>();
    for (Visit visit : left) {
      Issue.Builder issue =
          TabularRules.VISIT_WITHOUT_CHILD.issue(
              context.profile(), context.locale(), "/childId", Map.of());
      context.file(issue);
      CellRef cell = visit.childCell;
      if (cell != null) {
        cell.apply(issue, context.workbook());
      } else {
        issue.sheet(sheet).line(visit.row);
      }
      List<Issue> issues = new ArrayList<>();
      issues.add(issue.build());
      for (RowMeta.Pending pending : visit.pending) {
        Issue.Builder own =
            pending
                .rule()
                .issue(context.profile(), context.locale(), pending.pointer(), pending.arguments());
        issues.add(pending.ref().apply(context.file(own), context.workbook()).build());
      }
      rows.add(TabularRow.file(sheet, visit.row, issues));
    }
    return rows;
  }

  /** The pointer of a visit's field inside its child. */
  static String pointer(int index, String field) {
    return Pointers.child(Pointers.child("/visits", index), field);
  }
}
