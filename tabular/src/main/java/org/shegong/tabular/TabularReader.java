package org.shegong.tabular;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.RecordType;
import org.shegong.tabular.internal.CellRef;
import org.shegong.tabular.internal.Columns;
import org.shegong.tabular.internal.CsvRows;
import org.shegong.tabular.internal.SheetReader;
import org.shegong.tabular.internal.SourceProblem;
import org.shegong.tabular.internal.TabularContext;
import org.shegong.tabular.internal.Visits;
import org.shegong.tabular.internal.XlsxPackage;
import org.shegong.tabular.internal.XlsxPackage.SheetPart;
import org.shegong.tabular.internal.XlsxRows;

/**
 * Reads a ledger — an {@code .xlsx} workbook or a {@code .csv} file — as a stream of rows with
 * their records and located issues, through the exchange reader's binding: a row gets the record
 * and the issues its NDJSON line would, with the sheet, line, column and cell named.
 *
 * <pre>{@code
 * try (TabularReader reader = TabularReader.open(Path.of("台账.xlsx"), TabularOptions.defaults())) {
 *   for (TabularRow row : reader) {
 *     row.issues().forEach(…);               // 「儿童!D17」: sheet, line, column, cell
 *     row.record().ifPresent(record -> …);   // bad values left absent, ready for validation
 *   }
 * }
 * }</pre>
 *
 * <p><b>Workbooks.</b> Every sheet named after a record type (its Chinese label such as {@code 儿童},
 * or its {@code recordType}) is read in sheet order; any other sheet is skipped with an {@code
 * INFO} (SG-TAB-006). The 走访记录 sheet is read first, whatever its place, and its rows are appended
 * to the {@code visits} of the child rows with their 儿童编号; a visit row without its child is
 * SG-TAB-005. Record indexes run over all sheets of the file.
 *
 * <p><b>CSV files.</b> One record type per file, from the file name's stem ({@code 儿童.csv}, {@code
 * child_2024Q2.csv}, the part before the first {@code -} or {@code _}) or from {@link
 * TabularOptions#withRecordType}; UTF-8 by default, with or without a byte order mark.
 *
 * <p><b>Memory.</b> Rows are streamed: one row of a sheet is on the heap at a time. A workbook's
 * shared-strings table and the rows of its 走访记录 sheet are kept in temporary files, memory-mapped
 * (outside the heap), in {@code java.io.tmpdir} or {@link TabularOptions#withTempDirectory}, and
 * deleted at {@link #close()}; a part that inflates like a zip bomb is SG-TAB-009. A CSV file of
 * any size is read in bounded memory. Not thread-safe; iterate once.
 *
 * @since 0.2.0
 */
public final class TabularReader implements Closeable, Iterable<TabularRow> {

  /**
   * A sheet of the file: its records run from {@code firstIndex}; its columns for locating.
   *
   * @since 0.2.0
   */
  private record Segment(@Nullable String sheet, long firstIndex, Map<String, CellRef> pointers) {}

  private final TabularContext context;
  private final Deque<Step> steps = new ArrayDeque<>();
  private final Deque<TabularRow> ready = new ArrayDeque<>();
  private final List<Segment> segments = new ArrayList<>();
  private final AtomicLong nextIndex = new AtomicLong();
  private final List<Closeable> resources = new ArrayList<>();
  private @Nullable SheetReader current;
  private @Nullable String currentSheet;
  private Visits visits = Visits.none();
  private boolean iterated;

  /** One thing to read, in order. */
  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  private TabularReader(TabularContext context) {
    this.context = context;
  }

  /**
   * Opens a file; its format by its extension.
   *
   * @param path the file, {@code .xlsx} or {@code .csv}; not null
   * @param options the options; not null; without a file name the path's file name is used
   * @return the reader, to be closed, never null
   * @throws IllegalArgumentException when the extension is neither {@code .xlsx} nor {@code .csv}
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static TabularReader open(Path path, TabularOptions options) {
    TabularFormat format =
        TabularFormat.of(path)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a ledger is an .xlsx or a .csv file, not " + extension(path)));
    Path name = path.getFileName();
    String fileName = options.fileName().orElse(name == null ? path.toString() : name.toString());
    if (format == TabularFormat.XLSX) {
      return workbook(path.toFile(), null, options, fileName);
    }
    try {
      return csv(Files.newInputStream(path), options, fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a stream. A workbook read from a stream is copied to a temporary file first (its parts
   * are read in another order than they are stored); prefer {@link #open(Path, TabularOptions)}.
   *
   * @param in the bytes; not null; closed with the reader
   * @param format the format; not null
   * @param options the options; not null; a CSV stream's record type comes from {@link
   *     TabularOptions#recordType()} or, failing that, from {@link TabularOptions#fileName()}
   * @return the reader, to be closed, never null
   */
  public static TabularReader open(InputStream in, TabularFormat format, TabularOptions options) {
    Objects.requireNonNull(in, "in");
    String fileName = options.fileName().orElse(null);
    if (format == TabularFormat.XLSX) {
      return workbook(null, in, options, fileName);
    }
    return csv(in, options, fileName);
  }

  private static TabularReader workbook(
      @Nullable File file,
      @Nullable InputStream in,
      TabularOptions options,
      @Nullable String name) {
    TabularReader reader =
        new TabularReader(
            new TabularContext(
                options.profile(),
                options.locale(),
                name,
                true,
                options.tempDirectory().orElse(null)));
    if (in != null) {
      reader.resources.add(in);
    }
    reader.steps.add(() -> reader.openWorkbook(file, in));
    return reader;
  }

  private static TabularReader csv(InputStream in, TabularOptions options, @Nullable String name) {
    TabularReader reader =
        new TabularReader(
            new TabularContext(
                options.profile(),
                options.locale(),
                name,
                false,
                options.tempDirectory().orElse(null)));
    reader.resources.add(in);
    Optional<RecordType> type = options.recordType();
    if (type.isEmpty() && name != null) {
      type = Columns.recordType(stem(name));
    }
    if (type.isEmpty()) {
      Issue.Builder issue =
          TabularRules.UNKNOWN_CSV_RECORD_TYPE.issue(
              options.profile(),
              options.locale(),
              "",
              Map.of("file", name == null ? "(stream)" : name));
      reader.context.file(issue);
      reader.ready.add(TabularRow.file(null, 0, List.of(issue.build())));
      return reader;
    }
    RecordType recordType = type.get();
    reader.steps.add(
        () -> {
          CsvRows rows;
          try {
            rows = new CsvRows(in, options.encoding());
          } catch (SourceProblem problem) {
            reader.fileProblem(null, problem.rule(), problem.row(), problem.arguments());
            return;
          }
          reader.startSheet(null, recordType, rows);
        });
    return reader;
  }

  /** The record type part of a CSV file name: its stem before the first {@code -} or {@code _}. */
  static String stem(String fileName) {
    String name = fileName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' || c == '_') {
        return name.substring(0, i);
      }
    }
    return name;
  }

  private void openWorkbook(@Nullable File file, @Nullable InputStream in) throws IOException {
    XlsxPackage workbook;
    try {
      workbook =
          file != null
              ? XlsxPackage.open(file.toPath(), context.tempDirectory())
              : XlsxPackage.open(Objects.requireNonNull(in, "in"), context.tempDirectory());
    } catch (SourceProblem problem) {
      fileProblem(null, problem.rule(), problem.row(), problem.arguments());
      return;
    } catch (IOException e) {
      if (file != null && !file.isFile()) {
        throw new UncheckedIOException(
            new java.io.FileNotFoundException("the workbook does not exist or is not readable"));
      }
      throw e;
    }
    resources.add(workbook);
    List<SheetPart> sheets = workbook.sheets();
    // the visits first, whatever their place: children take them as their rows are read
    for (SheetPart sheet : sheets) {
      if (Columns.isVisits(sheet.name())) {
        steps.add(
            () -> {
              try (XlsxRows rows = workbook.rows(sheet)) {
                Visits read = Visits.read(rows, sheet.name(), context);
                resources.add(read);
                visits = read;
              } catch (SourceProblem problem) {
                fileProblem(sheet.name(), problem.rule(), problem.row(), problem.arguments());
              }
              List<Issue> issues = visitsHeaderIssues();
              if (!issues.isEmpty()) {
                ready.add(TabularRow.file(sheet.name(), issues.get(0).line().orElse(0L), issues));
              }
            });
        break;
      }
    }
    boolean seenVisits = false;
    for (SheetPart sheet : sheets) {
      String name = sheet.name();
      if (Columns.isVisits(name)) {
        if (seenVisits) {
          steps.add(() -> skipped(name));
        }
        seenVisits = true;
        continue;
      }
      Optional<RecordType> type = Columns.recordType(name);
      if (type.isEmpty()) {
        steps.add(() -> skipped(name));
        continue;
      }
      steps.add(
          () -> {
            try {
              startSheet(name, type.get(), workbook.rows(sheet));
            } catch (SourceProblem problem) {
              fileProblem(name, problem.rule(), problem.row(), problem.arguments());
            }
          });
    }
    steps.add(this::visitsLeft);
  }

  private List<Issue> visitsHeaderIssues() {
    return visits.headerIssues();
  }

  /** Hands over the visit rows no child took, one step at a time: there may be many. */
  private void visitsLeft() {
    Iterator<TabularRow> left = visits.unclaimed(context);
    new Step() {
      @Override
      public void run() {
        for (int i = 0; i < 256 && left.hasNext(); i++) {
          ready.add(left.next());
        }
        if (left.hasNext()) {
          steps.addFirst(this);
        }
      }
    }.run();
  }

  private void skipped(String name) {
    Issue.Builder issue =
        TabularRules.SHEET_SKIPPED.issue(
            context.profile(), context.locale(), "", Map.of("sheet", name));
    context.file(issue).sheet(name);
    ready.add(TabularRow.file(name, 0, List.of(issue.build())));
  }

  private void fileProblem(
      @Nullable String sheet, org.shegong.core.issue.Rule rule, long row, Map<String, ?> args) {
    Issue.Builder issue = rule.issue(context.profile(), context.locale(), "", args);
    context.file(issue);
    if (sheet != null) {
      issue.sheet(sheet);
    }
    if (row > 0) {
      issue.line(row);
    }
    ready.add(TabularRow.file(sheet, row, List.of(issue.build())));
  }

  private void startSheet(
      @Nullable String sheet, RecordType type, org.shegong.tabular.internal.RowSource rows) {
    current = new SheetReader(context, type, sheet, rows, visits, nextIndex);
    currentSheet = sheet;
  }

  private static String extension(Path path) {
    Path name = path.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    return dot < 0 ? "a file without extension" : text.substring(dot).toLowerCase(Locale.ROOT);
  }

  /** Reads on to the next row: from the current sheet, else the next step. */
  private @Nullable TabularRow advance() throws IOException {
    while (true) {
      if (!ready.isEmpty()) {
        return ready.poll();
      }
      SheetReader sheet = current;
      if (sheet != null) {
        TabularRow row = sheet.next();
        if (row != null) {
          return row;
        }
        if (sheet.firstIndex() >= 0) {
          segments.add(new Segment(currentSheet, sheet.firstIndex(), sheet.headerPointers()));
        }
        sheet.close();
        current = null;
        continue;
      }
      Step step = steps.poll();
      if (step == null) {
        return null;
      }
      step.run();
    }
  }

  /**
   * Returns the rows, in file order; may be called once.
   *
   * @return a single-use iterator, never null
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<TabularRow> iterator() {
    if (iterated) {
      throw new IllegalStateException("a TabularReader is iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      private @Nullable TabularRow next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = advance();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return next != null;
      }

      @Override
      public TabularRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        TabularRow row = Objects.requireNonNull(next, "hasNext() leaves the next row");
        next = null;
        return row;
      }
    };
  }

  /**
   * Returns the rows as a sequential stream; may be called once, instead of {@link #iterator()}.
   *
   * @return a stream, never null
   */
  public Stream<TabularRow> rows() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Returns the number of record rows read so far, over all sheets.
   *
   * @return the count
   */
  public long recordsRead() {
    return nextIndex.get();
  }

  /**
   * Gives an issue found after reading — a batch rule's, with the record index and line of a record
   * of this file — the sheet of its record and the cell of its path's column. Works after {@link
   * #close()}; an issue without a record index, or of a record not read yet, is returned as it is.
   *
   * @param issue the issue; not null
   * @return the issue, located; never null
   */
  public Issue locate(Issue issue) {
    Objects.requireNonNull(issue, "issue");
    if (issue.recordIndex().isEmpty() || issue.sheet().isPresent() || issue.cell().isPresent()) {
      return issue;
    }
    long index = issue.recordIndex().get();
    Segment found = null;
    for (Segment segment : segments) {
      if (segment.firstIndex() <= index) {
        found = segment;
      }
    }
    SheetReader reading = current;
    if (reading != null && reading.firstIndex() >= 0 && reading.firstIndex() <= index) {
      found = new Segment(currentSheet, reading.firstIndex(), reading.headerPointers());
    }
    if (found == null) {
      return issue;
    }
    Issue.Builder builder = Issue.builder().from(issue);
    if (found.sheet() != null) {
      builder.sheet(found.sheet());
    }
    CellRef column = column(found.pointers(), issue.path());
    if (column != null && issue.line().isPresent()) {
      new CellRef(found.sheet(), issue.line().get(), column.column(), column.definition(), "")
          .apply(builder, context.workbook());
    }
    return builder.build();
  }

  private static @Nullable CellRef column(Map<String, CellRef> pointers, String path) {
    for (String p = path; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
      CellRef ref = pointers.get(p);
      if (ref != null) {
        return ref;
      }
    }
    return null;
  }

  /**
   * Closes the file.
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    IOException failed = null;
    List<Closeable> all = new ArrayList<>();
    SheetReader sheet = current;
    if (sheet != null) {
      all.add(sheet::close);
    }
    all.addAll(resources);
    for (Closeable resource : all) {
      try {
        resource.close();
      } catch (IOException e) {
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw new UncheckedIOException(failed);
    }
  }
}
