package org.shegong.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.shegong.core.code.CodeSets;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.internal.Codecs;
import org.shegong.serialization.internal.Issues;
import org.shegong.serialization.internal.LineReader;
import org.shegong.serialization.internal.ModelDeserializer;
import org.shegong.serialization.internal.Pointers;
import org.shegong.serialization.internal.Problem;
import org.shegong.serialization.internal.ProblemException;
import org.shegong.serialization.internal.Sink;
import org.shegong.serialization.internal.TreeReader;
import org.shegong.serialization.internal.TypeModel;

/**
 * Reads an exchange file (newline-delimited JSON, exchange format v1) record by record, reporting
 * every problem as an issue and never stopping at a bad line.
 *
 * <pre>{@code
 * try (ExchangeReader reader = ExchangeReader.open(path, ReadOptions.defaults())) {
 *   reader.header().ifPresent(h -> …);
 *   reader.headerIssues().forEach(…);
 *   for (ReadRecord read : reader) {
 *     read.issues().forEach(…);              // syntax and structure problems of the line
 *     read.record().ifPresent(record -> …);  // bad values left absent, ready for validation
 *   }
 *   reader.finish().forEach(…);              // recordCount of the header against the records
 * }
 * }</pre>
 *
 * <p>The file is UTF-8 (malformed bytes are read as U+FFFD), one JSON object per line; blank lines
 * are ignored and a byte order mark at the start is skipped. The first non-blank line may be a
 * header ({@code "recordType":"header"}); a header on any other line is an issue (SG-HDR-002).
 * Every other non-blank line is a record and gets the next record index (0-based), whether or not
 * it could be read. A line that is not JSON becomes a syntax issue with its column, a line longer
 * than {@link Limits#maxLineLength()} is skipped with SG-SYN-004, and reading goes on with the next
 * line. Within a record every structure problem is collected (wrong JSON type, unknown code,
 * unknown field, malformed date or amount) with its JSON Pointer, and the record is still produced
 * with the bad values left absent.
 *
 * <p>Streaming: one line is held at a time, so memory does not grow with the file. Lines are split
 * by this class rather than by Jackson, whose {@code MappingIterator} has no line-length limit and
 * cannot resume after a syntax error. Not thread-safe; iterate once.
 *
 * @since 0.1.0
 */
public final class ExchangeReader implements Closeable, Iterable<ReadRecord> {

  private static final List<String> HEADER_FIELDS =
      List.of("recordType", "formatVersion", "sender", "generatedAt", "recordCount");

  private final Reader source;
  private final LineReader lines;
  private final ReadOptions options;
  private final String fileName;
  private final JsonFactory factory;
  private final TreeReader tree;
  private final List<Problem> problems = new ArrayList<>();
  private final Sink sink = problems::add;

  private boolean started;
  private boolean ended;
  private ReadRecord pending;
  private long nextIndex;
  private ExchangeHeader header;
  private long headerLine;
  private List<Issue> headerIssues = List.of();
  private boolean iterated;

  private ExchangeReader(Reader source, ReadOptions options, String fileName) {
    this.source = source;
    this.options = Objects.requireNonNull(options, "options");
    this.fileName = options.fileName().orElse(fileName);
    this.lines = new LineReader(source, options.limits().maxLineLength());
    this.factory = ShegongModule.jsonFactory(options.limits());
    this.tree = new TreeReader(options.limits().maxNestingDepth());
  }

  /**
   * Opens a file.
   *
   * @param path the file; not null
   * @param options the options; not null; without a file name the path's file name is used
   * @return the reader, to be closed, never null
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static ExchangeReader open(Path path, ReadOptions options) {
    try {
      Path name = path.getFileName();
      return new ExchangeReader(
          new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8),
          options,
          name == null ? null : name.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a stream of UTF-8 bytes.
   *
   * @param in the bytes; not null; closed with the reader
   * @param options the options; not null
   * @return the reader, to be closed, never null
   */
  public static ExchangeReader open(InputStream in, ReadOptions options) {
    return new ExchangeReader(
        new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8),
        options,
        null);
  }

  /**
   * Opens a stream of characters.
   *
   * @param in the characters; not null; closed with the reader
   * @param options the options; not null
   * @return the reader, to be closed, never null
   */
  public static ExchangeReader open(Reader in, ReadOptions options) {
    return new ExchangeReader(Objects.requireNonNull(in, "in"), options, null);
  }

  /**
   * Returns the header of the file, reading ahead to the first non-blank line if needed.
   *
   * @return the header, or empty when the file has none (or its first line is not a header)
   * @throws UncheckedIOException when reading fails
   */
  public Optional<ExchangeHeader> header() {
    start();
    return Optional.ofNullable(header);
  }

  /**
   * Returns the issues of the header line: unsupported format version, unknown fields, malformed
   * values.
   *
   * @return an unmodifiable list, never null; empty without a header
   * @throws UncheckedIOException when reading fails
   */
  public List<Issue> headerIssues() {
    start();
    return headerIssues;
  }

  /**
   * Returns the records, one per non-blank line after the header; may be called once.
   *
   * @return a single-use iterator, never null
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<ReadRecord> iterator() {
    if (iterated) {
      throw new IllegalStateException("an ExchangeReader is iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return advance();
      }

      @Override
      public ReadRecord next() {
        if (!advance()) {
          throw new NoSuchElementException();
        }
        ReadRecord next = pending;
        pending = null;
        return next;
      }
    };
  }

  /**
   * Returns the records as a sequential stream; may be called once, instead of {@link #iterator()}.
   *
   * @return a stream, never null
   */
  public Stream<ReadRecord> records() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Reads to the end of the file (records not yet read are read and discarded) and returns the
   * issues of the file as a whole: a header {@code recordCount} that does not match the number of
   * records (SG-HDR-001).
   *
   * @return an unmodifiable list, never null
   * @throws UncheckedIOException when reading fails
   */
  public List<Issue> finish() {
    while (advance()) {
      pending = null;
    }
    if (header == null || header.recordCount().isEmpty()) {
      return List.of();
    }
    long declared = header.recordCount().get();
    if (declared == nextIndex) {
      return List.of();
    }
    Problem problem =
        Problem.of(
            SerializationRules.RECORD_COUNT_MISMATCH,
            "/recordCount",
            Map.of("declared", declared, "actual", nextIndex));
    return List.of(located(problem, headerLine, -1, ExchangeHeader.RECORD_TYPE, null));
  }

  /**
   * Returns the number of records read so far.
   *
   * @return the number of records, not counting the header
   */
  public long recordsRead() {
    return nextIndex;
  }

  /**
   * Closes the underlying source.
   *
   * @throws IOException when closing fails
   */
  @Override
  public void close() throws IOException {
    source.close();
  }

  private void start() {
    if (started) {
      return;
    }
    started = true;
    try {
      while (lines.next()) {
        if (lines.overLong() || !lines.blank()) {
          pending = readLine(true);
          return;
        }
      }
      ended = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean advance() {
    start();
    if (pending != null) {
      return true;
    }
    if (ended) {
      return false;
    }
    try {
      while (lines.next()) {
        if (lines.overLong() || !lines.blank()) {
          pending = readLine(false);
          if (pending != null) {
            return true;
          }
        }
      }
      ended = true;
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the current line: null for a header on the first line, else a record slot. */
  private ReadRecord readLine(boolean first) throws IOException {
    problems.clear();
    long line = lines.lineNumber();
    if (lines.overLong()) {
      problems.add(
          Problem.of(
              SerializationRules.LIMIT_EXCEEDED,
              "",
              Map.of("limit", "maxLineLength", "max", options.limits().maxLineLength())));
      return slot(line, null, null, null);
    }
    ObjectNode node = parse();
    if (node == null) {
      return slot(line, null, null, null);
    }
    JsonNode type = node.get("recordType");
    if (type != null && type.isTextual() && ExchangeHeader.RECORD_TYPE.equals(type.textValue())) {
      if (first) {
        readHeader(node, line);
        return null;
      }
      problems.add(
          Problem.of(SerializationRules.MISPLACED_HEADER, "/recordType", Map.of("line", line)));
      return slot(line, null, null, null);
    }
    RecordType recordType =
        type != null && type.isTextual()
            ? CodeSets.find(RecordType.class, type.textValue()).orElse(null)
            : null;
    JsonNode id = node.get("id");
    String recordId = id != null && id.isTextual() ? id.textValue() : null;
    if (recordType == null) {
      problems.add(ModelDeserializer.unknownRecordType(type));
      return slot(line, null, null, recordId);
    }
    ExchangeRecord record = (ExchangeRecord) TypeModel.of(recordType).bind(node, "", sink);
    return slot(line, record, recordType, recordId);
  }

  /** Parses the current line into an object, or reports why it cannot and returns null. */
  private ObjectNode parse() throws IOException {
    try (JsonParser parser = factory.createParser(lines.buffer(), 0, lines.length())) {
      try {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
          long column = parser.currentTokenLocation().getColumnNr();
          problems.add(
              new Problem(
                  SerializationRules.NOT_AN_OBJECT,
                  "",
                  Map.of("found", Issues.jsonType(token)),
                  Math.max(column, 1)));
          return null;
        }
        ObjectNode node = tree.readObject(parser);
        trailing(parser);
        return node;
      } catch (ProblemException e) {
        problems.add(e.problem());
      } catch (JsonProcessingException e) {
        problems.add(Issues.syntax(e, options.limits()));
      }
      return null;
    }
  }

  private void trailing(JsonParser parser) throws IOException {
    long column;
    try {
      if (parser.nextToken() == null) {
        return;
      }
      column = parser.currentTokenLocation().getColumnNr();
    } catch (JsonProcessingException e) {
      column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }
    problems.add(
        new Problem(SerializationRules.TRAILING_CONTENT, "", Map.of("column", column), column));
  }

  private void readHeader(ObjectNode node, long line) {
    ExchangeHeader.Builder builder = ExchangeHeader.builder();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      String path = Pointers.child("", name);
      if (!HEADER_FIELDS.contains(name)) {
        problems.add(
            Problem.of(
                SerializationRules.UNKNOWN_FIELD, path, Map.of("field", Pointers.echo(name))));
      } else if (value.isNull() || name.equals("recordType")) {
        continue;
      } else if (name.equals("recordCount")) {
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
          builder.recordCount(value.longValue());
        } else if (value.isIntegralNumber()) {
          problems.add(wrongFormat(path, "a count from 0", value.asText()));
        } else {
          problems.add(wrongType(path, "integer", value));
        }
      } else if (!value.isTextual()) {
        problems.add(wrongType(path, "string", value));
      } else if (name.equals("formatVersion")) {
        builder.formatVersion(value.textValue());
      } else if (name.equals("sender")) {
        builder.sender(value.textValue());
      } else {
        try {
          builder.generatedAt(
              OffsetDateTime.parse(value.textValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
          problems.add(
              wrongFormat(
                  path, "a timestamp with offset, e.g. 2024-06-24T10:00:00+08:00", value.asText()));
        }
      }
    }
    JsonNode version = node.get("formatVersion");
    if (version == null
        || !version.isTextual()
        || !ExchangeHeader.FORMAT_VERSION.equals(version.textValue())) {
      problems.add(
          Problem.of(
              SerializationRules.UNSUPPORTED_FORMAT_VERSION,
              "/formatVersion",
              Map.of(
                  "found",
                  version == null
                      ? "(missing)"
                      : version.isTextual()
                          ? "'" + Pointers.echo(version.textValue()) + "'"
                          : "(" + Codecs.jsonType(version) + ")",
                  "supported",
                  ExchangeHeader.FORMAT_VERSION)));
    }
    header = builder.build();
    headerLine = line;
    List<Issue> issues = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      issues.add(located(problem, line, -1, ExchangeHeader.RECORD_TYPE, null));
    }
    headerIssues = List.copyOf(issues);
  }

  private static Problem wrongType(String path, String expected, JsonNode value) {
    return Problem.of(
        SerializationRules.WRONG_TYPE,
        path,
        Map.of("expected", expected, "found", Codecs.jsonType(value)));
  }

  private static Problem wrongFormat(String path, String expected, String value) {
    return Problem.of(
        SerializationRules.WRONG_FORMAT,
        path,
        Map.of("expected", expected, "value", Pointers.echo(value)));
  }

  private ReadRecord slot(long line, ExchangeRecord record, RecordType type, String id) {
    long index = nextIndex++;
    List<Issue> issues;
    if (problems.isEmpty()) {
      issues = List.of();
    } else {
      issues = new ArrayList<>(problems.size());
      String typeCode = type == null ? null : type.code();
      for (Problem problem : problems) {
        issues.add(located(problem, line, index, typeCode, id));
      }
    }
    return ReadRecord.of(record, line, index, type, id, issues);
  }

  private Issue located(Problem problem, long line, long index, String type, String id) {
    Issue.Builder builder = Issues.issue(problem, options.profile(), options.locale());
    builder.line(line);
    if (fileName != null) {
      builder.file(fileName);
    }
    if (index >= 0) {
      builder.recordIndex(index);
    }
    if (type != null) {
      builder.recordType(type);
    }
    if (id != null) {
      builder.recordId(id);
    }
    return builder.build();
  }
}
