package org.shegong.pipeline.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;

/**
 * The issues of a run, kept in a compact binary form (in memory up to a limit, then in a temporary
 * file) and played back in file order, so that memory does not grow with their number.
 *
 * <p>Issues come in two streams: those found while reading (in file order, since records are handed
 * over in order) and those known only at the end of a source (a header {@code recordCount} that
 * does not match, references to records that never came). {@link #inFileOrder} merges the two by
 * source, then by position in the source (the line, or the record index for records not read from
 * lines); an issue found while reading comes before a late one at the same position. Not
 * thread-safe: fed by the coordinating thread.
 *
 * @since 0.1.0
 */
final class IssueSpool implements Closeable {

  private static final Severity[] SEVERITIES = Severity.values();

  /** The code prefix of internal failures, which are never left out. */
  static final String INTERNAL = "SG-INT-";

  private final SpillingOutputStream streamedBytes;
  private final SpillingOutputStream lateBytes;
  private final DataOutputStream streamed;
  private final DataOutputStream late;
  private final List<Issue> lateOfSource = new ArrayList<>();
  private final long maxIssues;

  /** Whether the current source's issues are placed by record (a ledger) rather than by line. */
  private boolean byRecord;

  /** The records of the current source handed over so far; see {@link #recordsRead}. */
  private long recordsRead;

  private int source;
  private long count;
  private long omitted;
  private boolean version11;
  private boolean finished;

  IssueSpool(int memoryLimit) {
    this(memoryLimit, Long.MAX_VALUE);
  }

  /**
   * Creates a spool that keeps at most {@code maxIssues} issues (the first found) and counts the
   * rest; an internal failure (SG-INT-…) is always kept, so that a truncated report still names it.
   */
  IssueSpool(int memoryLimit, long maxIssues) {
    this.maxIssues = maxIssues;
    streamedBytes = new SpillingOutputStream(memoryLimit);
    lateBytes = new SpillingOutputStream(memoryLimit);
    streamed = new DataOutputStream(new BufferedOutputStream(streamedBytes, 1 << 14));
    late = new DataOutputStream(new BufferedOutputStream(lateBytes, 1 << 14));
  }

  /**
   * Starts the issues of the source at this position among the run's sources.
   *
   * @param sourceIndex the source's place in the run
   * @param byRecord whether its issues are placed by record, not by line: a ledger's, whose issue
   *     may name a cell on another sheet than its record's row (a child's visit on 走访记录)
   */
  void startSource(int sourceIndex, boolean byRecord) {
    endSource();
    source = sourceIndex;
    this.byRecord = byRecord;
    recordsRead = 0;
  }

  /**
   * Says how many records of the current source have been handed over: an issue of no record found
   * now (a sheet without a header, say) is placed after them.
   */
  void recordsRead(long records) {
    recordsRead = records;
  }

  /** Adds an issue found while reading; these come in file order. */
  void add(Issue issue) {
    if (keeps(issue)) {
      version11 |= issue.usesReport11Fields();
      write(streamed, issue);
    }
  }

  /** Adds an issue known only at the end of the current source. */
  void addLate(Issue issue) {
    if (keeps(issue)) {
      version11 |= issue.usesReport11Fields();
      lateOfSource.add(issue);
    }
  }

  private boolean keeps(Issue issue) {
    if (count() < maxIssues || issue.code().startsWith(INTERNAL)) {
      return true;
    }
    omitted++;
    return false;
  }

  /**
   * The report version the issues need: 1.1 once one has a column, a sheet or a cell.
   *
   * @return {@code "1.0"} or {@code "1.1"}
   */
  String reportVersion() {
    return version11 ? Report.REPORT_VERSION_1_1 : Report.REPORT_VERSION;
  }

  /** The number of issues kept so far. */
  long count() {
    return count + lateOfSource.size();
  }

  /** The number of issues left out at the limit. */
  long omitted() {
    return omitted;
  }

  /** Ends the current source: its late issues are put in position order and spooled. */
  void endSource() {
    lateOfSource.sort(Comparator.comparingLong(this::position));
    for (Issue issue : lateOfSource) {
      write(late, issue);
    }
    lateOfSource.clear();
  }

  /** Tells whether the issues did not fit the memory limit. */
  boolean spilled() {
    return streamedBytes.spilled() || lateBytes.spilled();
  }

  /** Ends the spooling; {@link #inFileOrder} may be called afterwards. */
  void finish() {
    if (finished) {
      return;
    }
    finished = true;
    endSource();
    try {
      streamed.close();
      late.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Plays the issues back in file order. */
  void inFileOrder(Consumer<Issue> consumer) throws IOException {
    finish();
    try (Cursor a = new Cursor(streamedBytes);
        Cursor b = new Cursor(lateBytes)) {
      while (a.next != null || b.next != null) {
        boolean takeA = b.next == null || (a.next != null && a.key <= b.key);
        consumer.accept(takeA ? a.take() : b.take());
      }
    }
  }

  @Override
  public void close() throws IOException {
    finished = true;
    streamedBytes.delete();
    lateBytes.delete();
  }

  /**
   * The position of an issue in its source: its line, else its record index + 1, else 0. In a
   * source placed by record (a ledger): 2 × (record index + 1) for an issue of a record, whichever
   * sheet its cell is on, and for an issue of no record 2 × the records handed over before it + 1,
   * so that it sits between the record before and the record after (a late one: after them all).
   */
  long position(Issue issue) {
    if (byRecord) {
      Optional<Long> index = issue.recordIndex();
      return index.isPresent() ? 2 * (index.get() + 1) : 2 * recordsRead + 1;
    }
    Optional<Long> line = issue.line();
    if (line.isPresent()) {
      return line.get();
    }
    return issue.recordIndex().map(i -> i + 1).orElse(0L);
  }

  private void write(DataOutputStream out, Issue issue) {
    try {
      out.writeInt(source);
      out.writeLong(position(issue));
      out.writeByte(issue.severity().ordinal());
      writeString(out, issue.code());
      writeString(out, issue.message());
      writeString(out, issue.path());
      writeString(out, issue.file().orElse(null));
      writeString(out, issue.sheet().orElse(null));
      writeString(out, issue.cell().orElse(null));
      out.writeLong(issue.line().orElse(-1L));
      out.writeLong(issue.column().orElse(-1L));
      out.writeLong(issue.recordIndex().orElse(-1L));
      writeString(out, issue.recordType().orElse(null));
      writeString(out, issue.recordId().orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
  }

  private static void writeString(DataOutputStream out, @Nullable String text) throws IOException {
    if (text == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static @Nullable String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Reads spooled issues back one at a time.
   *
   * @since 0.1.0
   */
  private static final class Cursor implements Closeable {
    private final DataInputStream in;
    private @Nullable Issue next;
    private long key;

    Cursor(SpillingOutputStream bytes) throws IOException {
      in = new DataInputStream(bytes.read());
      advance();
    }

    Issue take() throws IOException {
      Issue current = next;
      if (current == null) {
        throw new IllegalStateException("no more spooled issues");
      }
      advance();
      return current;
    }

    private void advance() throws IOException {
      int source;
      try {
        source = in.readInt();
      } catch (EOFException e) {
        next = null;
        return;
      }
      long position = in.readLong();
      key = ((long) source << 40) | Math.min(position, (1L << 40) - 1);
      Issue.Builder issue = Issue.builder();
      issue.severity(SEVERITIES[in.readByte()]);
      issue.code(require(readString(in)));
      issue.message(require(readString(in)));
      issue.path(require(readString(in)));
      String file = readString(in);
      if (file != null) {
        issue.file(file);
      }
      String sheet = readString(in);
      if (sheet != null) {
        issue.sheet(sheet);
      }
      String cell = readString(in);
      if (cell != null) {
        issue.cell(cell);
      }
      long line = in.readLong();
      if (line >= 0) {
        issue.line(line);
      }
      long column = in.readLong();
      if (column >= 0) {
        issue.column(column);
      }
      long recordIndex = in.readLong();
      if (recordIndex >= 0) {
        issue.recordIndex(recordIndex);
      }
      String recordType = readString(in);
      if (recordType != null) {
        issue.recordType(recordType);
      }
      String recordId = readString(in);
      if (recordId != null) {
        issue.recordId(recordId);
      }
      next = issue.build();
    }

    private static String require(@Nullable String text) throws IOException {
      if (text == null) {
        throw new IOException("a spooled issue lacks a required field");
      }
      return text;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
