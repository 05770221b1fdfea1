package org.shegong.cli.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.serialization.report.ReportJsonWriter;

/**
 * The issues of a {@code validate} run, rendered by the report renderer as they are found and
 * played back in file order, with bounded memory.
 *
 * <p>Issues come in two streams: those found while reading (in file order, since records are read
 * in order) and those known only at the end of a file (a header {@code recordCount} that does not
 * match, references to records that never came), in file order among themselves. Each stream is
 * written by a {@link ReportJsonWriter} into a {@link SpillingOutputStream}; {@link #inFileOrder}
 * merges the two by file and line. Each issue is thus rendered once, by the serialization module,
 * and the report can still open with {@code valid} and {@code summary} as the specification orders
 * its keys.
 *
 * @since 0.1.0
 */
final class IssueSpool implements Closeable {

  /** Bytes of rendered issues kept in memory before spilling to a temporary file. */
  static final int MEMORY_LIMIT = 4 << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SpillingOutputStream streamedBytes;
  private final SpillingOutputStream lateBytes;
  private final ReportJsonWriter streamed;
  private final ReportJsonWriter late;
  private final List<Issue> lateOfFile = new ArrayList<>();
  private long errors;
  private long warnings;
  private boolean finished;

  IssueSpool(Profile profile, LocalDate asOf, String divisionTable, int memoryLimit) {
    streamedBytes = new SpillingOutputStream(memoryLimit);
    lateBytes = new SpillingOutputStream(memoryLimit);
    streamed = ReportJsonWriter.open(streamedBytes, profile, asOf, divisionTable);
    late = ReportJsonWriter.open(lateBytes, profile, asOf, divisionTable);
  }

  /** Adds an issue found while reading; these come in file order. */
  void add(Issue issue) {
    streamed.write(issue);
  }

  /** Adds an issue known only at the end of the current file. */
  void addLate(Issue issue) {
    lateOfFile.add(issue);
  }

  /** Ends the current file: its late issues are put in line order and spooled. */
  void endFile() {
    lateOfFile.sort(Comparator.comparingLong((Issue i) -> i.line().orElse(0L)));
    lateOfFile.forEach(late::write);
    lateOfFile.clear();
  }

  /** Ends the spooling; the counts and {@link #inFileOrder} are available afterwards. */
  void finish() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    endFile();
    streamed.finish(0, 0);
    late.finish(0, 0);
    errors = streamed.errors() + late.errors();
    warnings = streamed.warnings() + late.warnings();
    streamedBytes.close();
    lateBytes.close();
  }

  /** The number of issues of severity ERROR, after {@link #finish()}. */
  long errors() {
    return errors;
  }

  /** The number of issues of severity WARNING, after {@link #finish()}. */
  long warnings() {
    return warnings;
  }

  /** Tells whether the issues did not fit the memory limit. */
  boolean spilled() {
    return streamedBytes.spilled() || lateBytes.spilled();
  }

  /**
   * Plays the issues back in file order: by the file's position among the files validated, then by
   * line; an issue found while reading comes before a late one on the same line.
   *
   * @param files the names of the files in the order they were validated
   * @param consumer receives each issue as rendered JSON, with the spec's key order
   */
  void inFileOrder(List<String> files, IssueConsumer consumer) throws IOException {
    Map<String, Integer> rank = new java.util.HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      rank.putIfAbsent(files.get(i), i);
    }
    try (IssueCursor a = new IssueCursor(streamedBytes);
        IssueCursor b = new IssueCursor(lateBytes)) {
      while (a.hasNext() || b.hasNext()) {
        boolean takeA = !b.hasNext() || (a.hasNext() && key(a.peek(), rank) <= key(b.peek(), rank));
        consumer.accept(takeA ? a.next() : b.next());
      }
    }
  }

  /** File rank in the high bits, line in the low 40 bits. */
  private static long key(ObjectNode issue, Map<String, Integer> rank) {
    JsonNode file = issue.get("file");
    long fileRank = file == null ? 0 : rank.getOrDefault(file.asText(), 0);
    JsonNode line = issue.get("line");
    long lineNumber = line == null ? 0 : Math.min(line.asLong(), (1L << 40) - 1);
    return (fileRank << 40) | lineNumber;
  }

  @Override
  public void close() throws IOException {
    streamed.close();
    late.close();
    streamedBytes.delete();
    lateBytes.delete();
  }

  /**
   * Receives the rendered issues.
   *
   * @since 0.1.0
   */
  interface IssueConsumer {
    /** Receives one issue. */
    void accept(ObjectNode issue) throws IOException;
  }

  /**
   * Reads the issues array of a spooled report one issue at a time.
   *
   * @since 0.1.0
   */
  private static final class IssueCursor implements Closeable {
    private final JsonParser parser;
    // the issue under the cursor; null once done
    private @Nullable ObjectNode next;
    private boolean done;

    IssueCursor(SpillingOutputStream bytes) throws IOException {
      parser = MAPPER.getFactory().createParser(bytes.read());
      while (true) {
        JsonToken token = parser.nextToken();
        if (token == null) {
          throw new IllegalStateException("a spooled report has no issues array");
        }
        if (token == JsonToken.FIELD_NAME && "issues".equals(parser.currentName())) {
          parser.nextToken(); // START_ARRAY
          break;
        }
      }
      advance();
    }

    private void advance() {
      try {
        if (parser.nextToken() == JsonToken.START_OBJECT) {
          next = MAPPER.readTree(parser);
        } else {
          next = null;
          done = true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean hasNext() {
      return !done;
    }

    ObjectNode peek() {
      if (done) {
        throw new NoSuchElementException();
      }
      return Objects.requireNonNull(next);
    }

    ObjectNode next() {
      if (done) {
        throw new NoSuchElementException();
      }
      ObjectNode current = Objects.requireNonNull(next);
      advance();
      return current;
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }
}
