package org.shegong.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadRecord;
import org.shegong.serialization.internal.Pointers;
import org.shegong.tabular.TabularRow;
import org.shegong.tabular.TabularRules;
import org.shegong.tabular.internal.Columns.Column;
import org.shegong.tabular.internal.Columns.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one record sheet (or CSV file): finds its header, turns each row into the JSON object of
 * its record, and has the exchange reader bind those objects, so that a row gets exactly the
 * records and issues its NDJSON line would; the issues are then given the row's cells.
 *
 * <p>The objects are fed to one {@link ExchangeReader} per sheet through a reader that produces the
 * next row's line only when the exchange reader asks for it: one row is in memory at a time.
 *
 * @since 0.2.0
 */
public final class SheetReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter JSON = JsonMapper.builder().build().writer();

  private final TabularContext context;
  private final RecordType type;
  private final @Nullable String sheet;
  private final RowSource rows;
  private final Visits visits;
  private final AtomicLong nextIndex;
  private final Deque<TabularRow> ready = new ArrayDeque<>();
  private final Deque<RowMeta> metas = new ArrayDeque<>();
  private final List<Column> columns;
  private @Nullable Header header;
  private @Nullable ExchangeReader reader;
  private @Nullable Iterator<ReadRecord> records;
  private Map<String, CellRef> headerPointers = Map.of();
  private boolean started;
  private boolean ended;
  private long firstIndex = -1;

  /**
   * Creates the reader of a sheet.
   *
   * @param context the reading context
   * @param type the sheet's record type
   * @param sheet the sheet's name, or null for a CSV file
   * @param rows the sheet's rows
   * @param visits the visits children take
   * @param nextIndex the next record index of the file, advanced by this sheet
   */
  public SheetReader(
      TabularContext context,
      RecordType type,
      @Nullable String sheet,
      RowSource rows,
      Visits visits,
      AtomicLong nextIndex) {
    this.context = context;
    this.type = type;
    this.sheet = sheet;
    this.rows = rows;
    this.visits = visits;
    this.nextIndex = nextIndex;
    this.columns = Columns.of(type);
  }

  /**
   * Returns the next row of the sheet: its header's issues first, then one row per record row.
   *
   * @return the row, or null at the end of the sheet
   * @throws IOException when reading fails
   */
  public @Nullable TabularRow next() throws IOException {
    if (!started) {
      started = true;
      start();
    }
    if (!ready.isEmpty()) {
      return ready.poll();
    }
    Iterator<ReadRecord> it = records;
    if (it == null || ended) {
      return null;
    }
    try {
      if (it.hasNext()) {
        ReadRecord read = it.next();
        RowMeta meta = metas.poll();
        if (meta == null) {
          throw new IllegalStateException("a bound record without its row");
        }
        return bound(read, meta);
      }
    } catch (SourceProblem problem) {
      ended = true;
      Issue.Builder issue =
          problem.rule().issue(context.profile(), context.locale(), "", problem.arguments());
      context.file(issue);
      if (sheet != null) {
        issue.sheet(sheet);
      }
      if (problem.row() > 0) {
        issue.line(problem.row());
      }
      return TabularRow.file(sheet, problem.row(), List.of(issue.build()));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    ended = true;
    return null;
  }

  /**
   * Returns the index of the sheet's first record.
   *
   * @return the index, or -1 when the sheet has no record
   */
  public long firstIndex() {
    return firstIndex;
  }

  /**
   * Returns the cell of each column's JSON Pointer in the header, to locate issues found later.
   *
   * @return the pointers, never null
   */
  public Map<String, CellRef> headerPointers() {
    return headerPointers;
  }

  private void start() throws IOException {
    List<Issue> issues = new ArrayList<>();
    Header found;
    try {
      found = Header.detect(rows, columns, context, sheet, Columns.sheetLabel(type), issues);
    } catch (SourceProblem problem) {
      Issue.Builder issue =
          problem.rule().issue(context.profile(), context.locale(), "", problem.arguments());
      context.file(issue);
      if (problem.row() > 0) {
        issue.line(problem.row());
      }
      ready.add(TabularRow.file(sheet, problem.row(), List.of(issue.build())));
      return;
    }
    if (found == null) {
      ready.add(TabularRow.file(sheet, 0, issues));
      return;
    }
    header = found;
    Map<String, CellRef> pointers = new LinkedHashMap<>();
    for (Map.Entry<Column, Integer> entry : found.indexOf.entrySet()) {
      Column column = entry.getKey();
      String pointer =
          column.parent() == null
              ? column.pointer()
              : Pointers.child(
                  Pointers.child("/parents", column.parent().equals("FATHER") ? 0 : 1),
                  column.segments().get(1));
      pointers.putIfAbsent(pointer, new CellRef(sheet, found.row, entry.getValue(), column, ""));
      if (column.parent() != null) {
        pointers.putIfAbsent(
            "/parents", new CellRef(sheet, found.row, entry.getValue(), column, ""));
      }
    }
    // in the header's column order: a path that no cell holds (an empty /guardianConsent) names the
    // leftmost of its columns, the same in every run (Map.copyOf's order changes from run to run)
    headerPointers = Collections.unmodifiableMap(pointers);
    if (!found.issues.isEmpty()) {
      ready.add(TabularRow.file(sheet, found.row, found.issues));
    }
    ExchangeReader exchange = ExchangeReader.open(new LineFeed(), context.readOptions());
    reader = exchange;
    records = exchange.iterator();
  }

  /** The next row's JSON line, or null at the end of the sheet. */
  private byte @Nullable [] nextLine() throws IOException {
    Header h = header;
    if (h == null) {
      return null;
    }
    for (RawRow row = rows.next(); row != null; row = rows.next()) {
      byte[] line = line(h, row);
      if (line != null) {
        return line;
      }
    }
    return null;
  }

  private byte @Nullable [] line(Header h, RawRow row) {
    ObjectNode root = NODES.objectNode();
    root.put("recordType", type.code());
    RowMeta meta = new RowMeta(row.number(), -1, sheet, headerPointers);
    List<RowMeta.Pending> beyond = new ArrayList<>();
    Map<String, ObjectNode> parents = new LinkedHashMap<>();
    Map<String, Map<String, CellRef>> parentCells = new LinkedHashMap<>();
    String id = null;
    boolean any = false;
    for (RawCell cell : row.cells()) {
      Column column = h.column(cell.column());
      if (column == null) {
        if (!h.labelled(cell.column()) && !CellValues.trim(cell.text()).isEmpty()) {
          CellRef ref = new CellRef(sheet, row.number(), cell.column(), null, "");
          beyond.add(
              new RowMeta.Pending(
                  TabularRules.CELLS_BEYOND_HEADER,
                  "",
                  Map.of("column", cell.column() + 1, "columns", h.width()),
                  ref));
        }
        continue;
      }
      JsonNode value = CellValues.read(column, cell);
      if (value == null) {
        continue;
      }
      any = true;
      CellRef ref = new CellRef(sheet, row.number(), cell.column(), column, cell.text());
      if (column.field().equals("id")) {
        id = CellValues.idText(cell);
      }
      String parent = column.parent();
      if (parent != null) {
        parents.computeIfAbsent(parent, p -> NODES.objectNode().put("relation", p));
        parentCells
            .computeIfAbsent(parent, p -> new LinkedHashMap<>())
            .put(column.segments().get(1), ref);
        if (value == CellValues.LOST_DIGITS) {
          meta.pending.add(lostDigits(column, cell, ref));
        } else {
          parents.get(parent).set(column.segments().get(1), value);
        }
        continue;
      }
      meta.pointers.put(column.pointer(), ref);
      if (value == CellValues.LOST_DIGITS) {
        meta.pending.add(lostDigits(column, cell, ref));
        continue;
      }
      set(root, column.segments(), value);
    }
    if (!any && beyond.isEmpty()) {
      return null; // a row whose cells are all empty
    }
    // a list column of the header whose cell is empty is an empty list (top-level lists only: an
    // empty nested list would create its parent object)
    for (Column column : h.indexOf.keySet()) {
      boolean list =
          column.kind() == Kind.CODES
              || column.kind() == Kind.IDS
              || column.kind() == Kind.TEXTS
              || column.kind() == Kind.SLOTS;
      if (list
          && column.segments().size() == 1
          && !root.has(column.field())
          && !meta.pointers.containsKey(column.pointer())) {
        root.set(column.field(), NODES.arrayNode());
      }
    }
    if (!parents.isEmpty()) {
      ArrayNode array = root.putArray("parents");
      int i = 0;
      for (Map.Entry<String, ObjectNode> entry : parents.entrySet()) {
        array.add(entry.getValue());
        for (Map.Entry<String, CellRef> cell :
            parentCells.getOrDefault(entry.getKey(), Map.of()).entrySet()) {
          meta.pointers.put(
              Pointers.child(Pointers.child("/parents", i), cell.getKey()), cell.getValue());
        }
        i++;
      }
    }
    if (type == RecordType.CHILD && id != null) {
      List<Visits.Visit> taken = visits.take(id);
      if (!taken.isEmpty()) {
        ArrayNode array = root.putArray("visits");
        for (int i = 0; i < taken.size(); i++) {
          Visits.Visit visit = taken.get(i);
          array.add(visit.json);
          for (Map.Entry<String, CellRef> cell : visit.cells.entrySet()) {
            meta.pointers.put(Visits.pointer(i, cell.getKey()), cell.getValue());
          }
          for (RowMeta.Pending pending : visit.pending) {
            meta.pending.add(
                new RowMeta.Pending(
                    pending.rule(),
                    Visits.pointer(i, pending.pointer().substring(1)),
                    pending.arguments(),
                    pending.ref()));
          }
        }
      }
    }
    meta.pending.addAll(beyond);
    long index = nextIndex.getAndIncrement();
    if (firstIndex < 0) {
      firstIndex = index;
    }
    meta.index = index;
    metas.add(meta);
    // UTF-8 bytes straight from the tree: the exchange reader reads bytes, as it reads NDJSON
    return JSON.writeValueAsBytes(root);
  }

  static RowMeta.Pending lostDigits(Column column, RawCell cell, CellRef ref) {
    return new RowMeta.Pending(
        TabularRules.NUMBER_LOST_DIGITS,
        column.parent() == null ? column.pointer() : "/" + column.segments().get(1),
        Map.of("label", column.label(), "shape", Pointers.echo(cell.text())),
        ref);
  }

  private static void set(ObjectNode root, List<String> segments, JsonNode value) {
    ObjectNode node = root;
    for (int i = 0; i < segments.size() - 1; i++) {
      JsonNode child = node.get(segments.get(i));
      node = child instanceof ObjectNode object ? object : node.putObject(segments.get(i));
    }
    node.set(segments.get(segments.size() - 1), value);
  }

  private TabularRow bound(ReadRecord read, RowMeta meta) {
    List<Issue> issues = new ArrayList<>(read.issues().size() + meta.pending.size());
    for (Issue issue : read.issues()) {
      issues.add(meta.bound(issue, context));
    }
    String id = read.recordId().orElse(null);
    for (RowMeta.Pending pending : meta.pending) {
      Issue.Builder issue =
          pending
              .rule()
              .issue(context.profile(), context.locale(), pending.pointer(), pending.arguments());
      context.file(issue).recordIndex(meta.index).recordType(type.code());
      if (id != null) {
        issue.recordId(id);
      }
      issues.add(pending.ref().apply(issue, context.workbook()).build());
    }
    TabularContext c = context;
    return TabularRow.record(
        read.record().orElse(null),
        sheet,
        meta.row,
        meta.index,
        type,
        id,
        issues,
        issue -> meta.locate(issue, c));
  }

  /**
   * Closes the sheet's rows.
   *
   * @throws IOException when closing fails
   */
  public void close() throws IOException {
    ExchangeReader r = reader;
    if (r != null) {
      r.close();
    }
    rows.close();
  }

  /**
   * Feeds the exchange reader one row's line at a time, as UTF-8 bytes, produced when it asks.
   *
   * @since 0.2.0
   */
  private final class LineFeed extends InputStream {
    private byte[] current = new byte[0];
    private int position;
    private boolean newline;
    private boolean done;

    /** Makes the next line current; false at the end of the sheet. */
    private boolean more() throws IOException {
      while (position >= current.length && !newline) {
        if (done) {
          return false;
        }
        byte[] next = nextLine();
        if (next == null) {
          done = true;
          return false;
        }
        current = next;
        position = 0;
        newline = true;
      }
      return true;
    }

    @Override
    public int read() throws IOException {
      if (!more()) {
        return -1;
      }
      if (position < current.length) {
        return current[position++] & 0xFF;
      }
      newline = false;
      return '\n';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!more()) {
        return -1;
      }
      int n = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, n);
      position += n;
      if (n < length && position >= current.length && newline) {
        buffer[offset + n++] = '\n';
        newline = false;
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
