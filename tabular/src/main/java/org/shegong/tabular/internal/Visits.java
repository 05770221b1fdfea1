package org.shegong.tabular.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
 * The rows of the 走访记录 sheet, read before the record sheets and found again by their child's id
 * when that child's row is read. They are not held on the heap: each row is spooled as it was read
 * ({@link RawRow}) to a temporary file with a table of child ids ({@link VisitSpool}), and turned
 * into its visit when its child takes it; so a workbook's visits cost disk and page cache, not
 * heap, however many there are. A visit row whose child id matches no child row is SG-TAB-005 on
 * that row. The files are deleted at {@link #close()}.
 *
 * @since 0.2.0
 */
public final class Visits implements Closeable {

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
    final @Nullable String childId;

    Visit(ObjectNode json, long row, @Nullable CellRef childCell, @Nullable String childId) {
      this.json = json;
      this.row = row;
      this.childCell = childCell;
      this.childId = childId;
    }
  }

  private final List<Issue> headerIssues = new ArrayList<>();
  private final String sheet;
  private @Nullable Header header;
  private @Nullable VisitSpool spool;

  private Visits(String sheet) {
    this.sheet = sheet;
  }

  /**
   * Reads a 走访记录 sheet into its spool.
   *
   * @param rows the sheet's rows
   * @param sheet the sheet's name
   * @param context the reading context
   * @return the visits, to be closed
   * @throws IOException when reading or spooling fails
   */
  public static Visits read(RowSource rows, String sheet, TabularContext context)
      throws IOException {
    Visits visits = new Visits(sheet);
    Header found =
        Header.detect(
            rows, Columns.visits(), context, sheet, Columns.VISITS_SHEET, visits.headerIssues);
    if (found == null) {
      return visits;
    }
    visits.header = found;
    visits.headerIssues.addAll(found.issues);
    VisitSpool spooled = new VisitSpool(context.tempDirectory());
    visits.spool = spooled;
    boolean done = false;
    try {
      for (RawRow row = rows.next(); row != null; row = rows.next()) {
        Visit visit = visit(found, row, sheet);
        if (visit != null) {
          spooled.add(visit.childId, row);
        }
      }
      spooled.finish();
      done = true;
    } finally {
      if (!done) {
        visits.close();
      }
    }
    return visits;
  }

  /** The visit of a row, or null for a row without a value in a column of the sheet. */
  private static @Nullable Visit visit(Header header, RawRow row, String sheet) {
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
      return null;
    }
    Visit visit = new Visit(json, row.number(), childCell, childId);
    visit.cells.putAll(cells);
    visit.pending.addAll(pending);
    return visit;
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
    VisitSpool spooled = spool;
    Header h = header;
    if (spooled == null || h == null) {
      return List.of();
    }
    List<Visit> taken = new ArrayList<>();
    for (RawRow row : spooled.take(childId)) {
      Visit visit = visit(h, row, sheet);
      if (visit != null) {
        taken.add(visit);
      }
    }
    return taken;
  }

  /**
   * Returns one file row per visit row no child took, in row order, each with SG-TAB-005; read from
   * the spool as the iterator goes.
   *
   * @param context the reading context
   * @return the rows
   */
  public Iterator<TabularRow> unclaimed(TabularContext context) {
    VisitSpool spooled = spool;
    Header h = header;
    if (spooled == null || h == null) {
      return Collections.emptyIterator();
    }
    Iterator<RawRow> left = spooled.untaken();
    return new Iterator<>() {
      private @Nullable Visit next = advance();

      private @Nullable Visit advance() {
        while (left.hasNext()) {
          Visit visit = visit(h, left.next(), sheet);
          if (visit != null) {
            return visit;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public TabularRow next() {
        Visit visit = next;
        if (visit == null) {
          throw new NoSuchElementException();
        }
        next = advance();
        return unclaimed(visit, context);
      }
    };
  }

  private TabularRow unclaimed(Visit visit, TabularContext context) {
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
    return TabularRow.file(sheet, visit.row, issues);
  }

  /** Deletes the spool's files. */
  @Override
  public void close() {
    VisitSpool spooled = spool;
    spool = null;
    if (spooled != null) {
      spooled.close();
    }
  }

  /** The pointer of a visit's field inside its child. */
  static String pointer(int index, String field) {
    return Pointers.child(Pointers.child("/visits", index), field);
  }
}
