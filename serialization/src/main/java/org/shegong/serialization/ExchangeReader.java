package org.shegong.serialization;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.message.LocalizedText;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.internal.Dispatch;
import org.shegong.serialization.internal.Formats;
import org.shegong.serialization.internal.Issues;
import org.shegong.serialization.internal.LineReader;
import org.shegong.serialization.internal.Pointers;
import org.shegong.serialization.internal.Problem;
import org.shegong.serialization.internal.ProblemException;
import org.shegong.serialization.internal.ReadContext;
import org.shegong.serialization.internal.Tokens;
import org.shegong.serialization.internal.TypeModel;
import org.shegong.serialization.internal.Utf8;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

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
 * <p>The file is UTF-8, one JSON object per line, a line ending at LF, CRLF or a bare CR; blank
 * lines are ignored and a byte order mark at the start is skipped. A line whose bytes are not
 * well-formed UTF-8 (an invalid or overlong sequence, an encoded surrogate) is SG-SYN-007, naming
 * the byte offset of the first bad sequence; the line is then read with each bad sequence as
 * U+FFFD, so its other problems are reported too. Text given as characters ({@link #open(Reader,
 * ReadOptions)}) is read as its UTF-8 bytes; a surrogate without its pair is SG-SYN-007 there too.
 * The first non-blank line may be a header ({@code "recordType":"header"}); a header on any other
 * line is an issue (SG-HDR-002). Every other non-blank line is a record and gets the next record
 * index (0-based), whether or not it could be read. A line that is not JSON becomes a syntax issue
 * with its column, a line longer than {@link Limits#maxLineLength()} is skipped with SG-SYN-004,
 * and reading goes on with the next line. Within a record every structure problem is collected
 * (wrong JSON type, unknown code, unknown field, malformed date or amount) with its JSON Pointer,
 * and the record is still produced with the bad values left absent.
 *
 * <p>A child record without {@code categories} (a list the format requires even when empty) is
 * SG-STR-007 in the {@code EXCHANGE} profile: the record itself cannot tell an absent list from an
 * empty one, the reader can.
 *
 * <p>Streaming: one line is held at a time, so memory does not grow with the file, and each line is
 * bound straight from Jackson's token stream over the line's bytes, without a tree and without
 * decoding the line into a string first; columns are counted in characters all the same. Lines are
 * split by this class rather than by Jackson, whose {@code MappingIterator} has no line-length
 * limit and cannot resume after a syntax error. Not thread-safe; iterate once.
 *
 * @since 0.1.0
 */
public final class ExchangeReader implements Closeable, Iterable<ReadRecord> {

  private static final Set<String> HEADER_FIELDS =
      Set.of("recordType", "formatVersion", "sender", "generatedAt", "recordCount");

  private final @Nullable Closeable source;
  private final LineReader lines;
  private final ReadOptions options;
  private final @Nullable String fileName;
  private final JsonFactory factory;
  private final List<Problem> problems = new ArrayList<>();
  private final ReadContext context;

  private boolean started;
  private boolean ended;
  private @Nullable ReadRecord pending;
  private long nextIndex;
  private @Nullable ExchangeHeader header;
  private long headerLine;
  private List<Issue> headerIssues = List.of();
  private boolean iterated;

  // the current line, for columns: counted in bytes by the parser, reported in characters
  private byte[] lineBytes = new byte[0];
  private int lineFrom;
  private int lineTo;
  private boolean byteColumns;

  // the onward parser: one parser reads record after record while their lines lie side by side in
  // the input (a parser per line cost a third of a microsecond, as much as parsing an average line)
  private @Nullable JsonParser onward;
  private byte[] onwardBytes = new byte[0];
  private long onwardFills;
  private int onwardBase;
  private int onwardEnd;
  private int onwardLimit;
  private int onwardPaused;
  private long onwardRead;
  private long onwardWasted;
  private boolean closed;

  private ExchangeReader(
      @Nullable Closeable source,
      LineReader lines,
      ReadOptions options,
      @Nullable String fileName) {
    this.source = source;
    this.options = Objects.requireNonNull(options, "options");
    this.fileName = options.fileName().orElse(fileName);
    this.lines = lines;
    this.factory = ShegongModule.readingFactory(options.limits());
    this.context =
        ReadContext.collecting(
            problems::add,
            options.limits().maxNestingDepth(),
            options.profile() == Profile.EXCHANGE,
            options.limits().maxIssuesPerRecord());
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
      return open(Files.newInputStream(path), options, name == null ? null : name.toString());
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
    return open(Objects.requireNonNull(in, "in"), options, null);
  }

  private static ExchangeReader open(
      InputStream in, ReadOptions options, @Nullable String fileName) {
    Objects.requireNonNull(options, "options");
    return new ExchangeReader(
        in, new LineReader(in, options.limits().maxLineLength()), options, fileName);
  }

  /**
   * Opens UTF-8 bytes held in memory; the lines are read from the array without being copied.
   *
   * @param bytes the bytes; not null, not to be modified while the reader is in use
   * @param offset the first byte
   * @param length the number of bytes
   * @param options the options; not null
   * @return the reader, never null; closing it releases its parser's buffers (the array is not the
   *     reader's to close)
   * @throws IndexOutOfBoundsException when the range is not within the array
   * @since 0.1.0
   */
  public static ExchangeReader open(byte[] bytes, int offset, int length, ReadOptions options) {
    Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(bytes, "bytes").length);
    Objects.requireNonNull(options, "options");
    return new ExchangeReader(
        null,
        new LineReader(bytes, offset, offset + length, options.limits().maxLineLength()),
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
    return open(Utf8.encoding(Objects.requireNonNull(in, "in")), options, null);
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
        ReadRecord next = Objects.requireNonNull(pending, "advance() leaves the next record");
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
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    closed = true;
    JsonParser p = onward;
    if (p != null) {
      onward = null;
      p.close();
    }
    try {
      if (source != null) {
        source.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
  private @Nullable ReadRecord readLine(boolean first) {
    problems.clear();
    context.startRecord();
    long line = lines.lineNumber();
    byteColumns = false;
    if (lines.overLong()) {
      problems.add(
          Problem.of(
              SerializationRules.LIMIT_EXCEEDED,
              "",
              Map.of("limit", "maxLineLength", "max", options.limits().maxLineLength())));
      return slot(line, null, null, null);
    }
    byte[] bytes = lines.buffer();
    int from = lines.offset();
    int to = from + lines.length();
    lineBytes = bytes;
    lineFrom = from;
    lineTo = to;
    int check = Utf8.check(bytes, from, to);
    byteColumns = check == Utf8.VALID;
    Problem encoding = null;
    char[] decoded = null;
    if (check >= 0) {
      // the line is read as String decoding reads it, each bad sequence as U+FFFD, and its
      // columns are then those of the decoded characters
      encoding =
          new Problem(
              SerializationRules.MALFORMED_UTF8,
              "",
              Map.of("offset", check, "count", Utf8.countMalformed(bytes, from + check, to)),
              Utf8.characters(bytes, from, from + check) + 1L);
      problems.add(encoding);
      decoded = Utf8.decode(bytes, from, to);
    }
    if (decoded == null && !first) {
      ReadRecord read = readOnward(bytes, from, to, line);
      if (read != null) {
        return read;
      }
    }
    try (JsonParser parser = parser(bytes, from, to, decoded)) {
      try {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
          long column = Tokens.column(parser);
          problems.add(
              new Problem(
                  SerializationRules.NOT_AN_OBJECT,
                  "",
                  Map.of("found", Tokens.jsonType(token)),
                  Math.max(column, 1)));
          return slot(line, null, null, null);
        }
        Dispatch dispatch = Dispatch.of(parser, ObjectReadContext.empty());
        if (ExchangeHeader.RECORD_TYPE.equals(dispatch.typeText())) {
          if (first) {
            readHeader(dispatch.parser(), dispatch.typeRead(), line);
            trailing(parser);
            return null;
          }
          problems.add(
              Problem.of(SerializationRules.MISPLACED_HEADER, "/recordType", Map.of("line", line)));
          return slot(line, null, null, null);
        }
        Optional<RecordType> recordType = dispatch.recordType();
        if (recordType.isEmpty()) {
          problems.add(dispatch.unknownRecordType());
          String id = dispatch.typeRead() ? scanForId(parser) : dispatch.id();
          trailing(parser);
          return slot(line, null, null, id);
        }
        ExchangeRecord record;
        if (dispatch.typeRead()) {
          record =
              (ExchangeRecord) TypeModel.of(recordType.get()).bind(parser, "", 1, context, true);
          trailing(parser);
        } else {
          // recordType was not first: bind the line again from its text, so that problems keep
          // their columns (a token buffer has none)
          trailing(parser);
          try (JsonParser again = parser(bytes, from, to, decoded)) {
            again.nextToken();
            record =
                (ExchangeRecord) TypeModel.of(recordType.get()).bind(again, "", 1, context, false);
          }
        }
        String id = record.id();
        return slot(line, record, recordType.get(), id.isEmpty() ? null : id);
      } catch (ProblemException e) {
        problems.clear();
        context.startRecord();
        if (encoding != null) {
          problems.add(encoding);
        }
        problems.add(e.problem());
      } catch (JacksonException e) {
        problems.clear();
        context.startRecord();
        if (encoding != null) {
          problems.add(encoding);
        }
        problems.add(Issues.syntax(e, options.limits()));
      }
      return slot(line, null, null, null);
    }
  }

  /**
   * Reads the current line, valid UTF-8, with the onward parser: the record, or null when the line
   * is to be read by a parser of its own, as every line was before there was an onward parser. That
   * is a line the onward parser cannot read as a record of a known type whose {@code recordType}
   * comes first, which ends on the line: a header, a syntax error, a problem that ends the record,
   * an object that runs on past its line, trailing text. The reading of such a line is dropped, and
   * the line's own parser gives the issues it always gave. What the onward parser reads of a good
   * line, problems and their columns included, is what the line's own parser reads: Jackson counts
   * columns from the last line end, and the bytes between two records are checked to be JSON
   * whitespace. After a line it could not read, the onward parser rests for {@value #ONWARD_REST}
   * lines. It reads at most {@value #ONWARD_WINDOW} bytes, so that a record left open binds no
   * further than that, and it stops for good once what it read in vain exceeds what it read of good
   * lines by {@value #ONWARD_SLACK} bytes, so that no input is read more than about twice.
   */
  private @Nullable ReadRecord readOnward(byte[] bytes, int from, int to, long line) {
    if (onwardPaused > 0) {
      onwardPaused--;
      return null;
    }
    if (closed || !lines.inInput() || onwardWasted > onwardRead + ONWARD_SLACK) {
      return null;
    }
    JsonParser p = onward;
    if (p == null
        || onwardBytes != bytes
        || onwardFills != lines.fills()
        || to > onwardLimit
        || !whitespace(bytes, onwardEnd, from)) {
      if (p != null) {
        p.close();
        onward = null;
      }
      int limit = (int) Math.min(lines.inputEnd(), (long) from + ONWARD_WINDOW);
      if (to > limit) {
        return null; // a line longer than the window is left to its own parser
      }
      p = factory.createParser(ObjectReadContext.empty(), bytes, from, limit - from);
      onward = p;
      onwardBytes = bytes;
      onwardFills = lines.fills();
      onwardBase = from;
      onwardLimit = limit;
    }
    try {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return dropOnward(from);
      }
      Dispatch dispatch = Dispatch.of(p, ObjectReadContext.empty());
      Optional<RecordType> recordType = dispatch.recordType();
      if (!dispatch.typeRead() || recordType.isEmpty()) {
        return dropOnward(from);
      }
      ExchangeRecord record =
          (ExchangeRecord) TypeModel.of(recordType.get()).bind(p, "", 1, context, true);
      long end = onwardBase + p.currentLocation().getByteOffset();
      if (end > to || !whitespace(bytes, (int) end, to)) {
        return dropOnward(from);
      }
      onwardEnd = to;
      onwardRead += to - from;
      String id = record.id();
      return slot(line, record, recordType.get(), id.isEmpty() ? null : id);
    } catch (ProblemException | JacksonException e) {
      return dropOnward(from);
    }
  }

  /** Lines the onward parser leaves to their own parsers after one it could not read. */
  private static final int ONWARD_REST = 16;

  /**
   * The most bytes one onward parser reads: a record that does not end on its line (a list left
   * open, say) is bound at most this far into the lines after it before it is dropped, whatever the
   * size of the array, so memory stays bounded.
   */
  private static final int ONWARD_WINDOW = 1 << 18;

  /**
   * The bytes the onward parser may read in vain beyond those of the lines it read: past them it
   * stops for the rest of the input, so that a file crafted to make it read on and fail reads at
   * most twice its good lines and this much more.
   */
  private static final long ONWARD_SLACK = 1 << 20;

  /**
   * Returns the bytes the onward parser read of lines it then left to their own parsers.
   *
   * @return the bytes
   */
  long onwardWasted() {
    return onwardWasted;
  }

  /**
   * Drops what the onward parser read of the current line, starting at {@code from}, and the
   * parser: returns null.
   */
  private @Nullable ReadRecord dropOnward(int from) {
    JsonParser p = onward;
    if (p != null) {
      onward = null;
      long reached = onwardBase + p.currentLocation().getByteOffset();
      onwardWasted += Math.max(0, reached - from);
      p.close();
    }
    onwardPaused = ONWARD_REST;
    problems.clear();
    context.startRecord();
    return null;
  }

  /** Tells whether the bytes from {@code from} to {@code to} are JSON whitespace (or none). */
  private static boolean whitespace(byte[] bytes, int from, int to) {
    if (from > to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  /** A parser of the current line: of its bytes, or of its decoded characters when given. */
  private JsonParser parser(byte[] bytes, int from, int to, char @Nullable [] decoded) {
    return decoded == null
        ? factory.createParser(ObjectReadContext.empty(), bytes, from, to - from)
        : factory.createParser(ObjectReadContext.empty(), decoded, 0, decoded.length);
  }

  /**
   * Counts a problem's column in characters: the parser of a line's bytes counts bytes, which
   * differ from characters on a line with text beyond ASCII.
   */
  private Problem inCharacters(Problem problem) {
    if (!byteColumns || problem.column() <= 0) {
      return problem;
    }
    long column = Utf8.column(lineBytes, lineFrom, lineTo, problem.column());
    Map<String, ?> arguments = problem.arguments();
    if (arguments.containsKey("column")) {
      Map<String, Object> moved = new HashMap<>(arguments);
      moved.put("column", column);
      arguments = moved;
    }
    return new Problem(problem.rule(), problem.path(), arguments, column);
  }

  /** Reads the rest of an object whose recordType is not known, for its id. */
  private @Nullable String scanForId(JsonParser p) {
    String id = null;
    Set<String> names = new HashSet<>();
    names.add("recordType");
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      String path = Pointers.child("", name);
      if (!names.add(name)) {
        throw Tokens.duplicate(p, path, name);
      }
      JsonToken value = p.nextToken();
      if ("id".equals(name) && value == JsonToken.VALUE_STRING) {
        id = p.getString();
      }
      Tokens.skip(p, path, 1, context);
    }
    return id;
  }

  private void trailing(JsonParser parser) {
    long column;
    try {
      if (parser.nextToken() == null) {
        return;
      }
      column = Tokens.column(parser);
    } catch (JacksonException e) {
      column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
    }
    problems.add(
        new Problem(SerializationRules.TRAILING_CONTENT, "", Map.of("column", column), column));
  }

  private void readHeader(JsonParser p, boolean typeRead, long line) {
    ExchangeHeader.Builder builder = ExchangeHeader.builder();
    Set<String> names = new HashSet<>();
    String version = null;
    String versionFound = "(missing)";
    if (typeRead) {
      names.add("recordType");
    }
    JsonToken current = p.currentToken();
    String name = current == JsonToken.PROPERTY_NAME ? p.currentName() : p.nextName();
    for (; name != null; name = p.nextName()) {
      String path = Pointers.child("", name);
      if (!names.add(name)) {
        throw Tokens.duplicate(p, path, name);
      }
      JsonToken value = p.nextToken();
      if (!HEADER_FIELDS.contains(name)) {
        context.report(
            Problem.of(
                SerializationRules.UNKNOWN_FIELD, path, Map.of("field", Pointers.echo(name))));
        Tokens.skip(p, path, 1, context);
        continue;
      }
      if (name.equals("formatVersion")) {
        versionFound =
            value == JsonToken.VALUE_STRING
                ? "'" + Pointers.echo(p.getString()) + "'"
                : "(" + Tokens.jsonType(value) + ")";
        version = value == JsonToken.VALUE_STRING ? p.getString() : null;
      }
      if (value == JsonToken.VALUE_NULL || name.equals("recordType")) {
        Tokens.skip(p, path, 1, context);
      } else if (name.equals("recordCount")) {
        if (value == JsonToken.VALUE_NUMBER_INT) {
          JsonParser.NumberType type = p.getNumberType();
          if (type != JsonParser.NumberType.BIG_INTEGER && p.getLongValue() >= 0) {
            builder.recordCount(p.getLongValue());
          } else {
            context.report(wrongFormat(path, Formats.COUNT, Formats.found(p.getString())));
          }
        } else {
          context.report(wrongType(path, "integer", value));
          Tokens.skip(p, path, 1, context);
        }
      } else if (value != JsonToken.VALUE_STRING) {
        context.report(wrongType(path, "string", value));
        Tokens.skip(p, path, 1, context);
      } else if (name.equals("formatVersion")) {
        builder.formatVersion(p.getString());
      } else if (name.equals("sender")) {
        builder.sender(p.getString());
      } else {
        try {
          builder.generatedAt(
              OffsetDateTime.parse(p.getString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
          context.report(wrongFormat(path, Formats.TIMESTAMP, Formats.found(p.getString())));
        }
      }
    }
    if (!ExchangeHeader.FORMAT_VERSION.equals(version)) {
      problems.add(
          Problem.of(
              SerializationRules.UNSUPPORTED_FORMAT_VERSION,
              "/formatVersion",
              Map.of("found", versionFound, "supported", ExchangeHeader.FORMAT_VERSION)));
    }
    header = builder.build();
    headerLine = line;
    if (context.omitted() > 0) {
      problems.add(omission(context.omitted(), context.maxProblems()));
    }
    List<Issue> issues = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      issues.add(located(inCharacters(problem), line, -1, ExchangeHeader.RECORD_TYPE, null));
    }
    headerIssues = List.copyOf(issues);
  }

  private static Problem omission(long omitted, int max) {
    return Problem.of(
        SerializationRules.ISSUES_OMITTED, "", Map.of("omitted", omitted, "max", max));
  }

  private static Problem wrongType(String path, String expected, JsonToken value) {
    return Problem.of(
        SerializationRules.WRONG_TYPE,
        path,
        Map.of("expected", expected, "found", Tokens.jsonType(value)));
  }

  private static Problem wrongFormat(String path, LocalizedText expected, LocalizedText found) {
    return Problem.of(
        SerializationRules.WRONG_FORMAT, path, Map.of("expected", expected, "found", found));
  }

  private ReadRecord slot(
      long line, @Nullable ExchangeRecord record, @Nullable RecordType type, @Nullable String id) {
    long index = nextIndex++;
    if (context.omitted() > 0) {
      problems.add(omission(context.omitted(), context.maxProblems()));
    }
    List<Issue> issues;
    if (problems.isEmpty()) {
      issues = List.of();
    } else {
      issues = new ArrayList<>(problems.size());
      String typeCode = type == null ? null : type.code();
      for (Problem problem : problems) {
        issues.add(located(inCharacters(problem), line, index, typeCode, id));
      }
    }
    return ReadRecord.of(record, line, index, type, id, issues, context.omitted());
  }

  private Issue located(
      Problem problem, long line, long index, @Nullable String type, @Nullable String id) {
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
