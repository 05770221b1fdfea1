package org.shegong.pipeline.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.serialization.ExchangeHeader;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.Limits;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.serialization.SerializationRules;

/**
 * The pipeline's one contact with the serialization module's reader: parses a chunk of lines
 * exactly as {@link ExchangeReader} reads them in a whole file.
 *
 * <p>A chunk is read by its own {@code ExchangeReader}, straight from the chunk's bytes (no copy,
 * no decoding into a string), which numbers lines and records from the chunk's start and treats the
 * chunk's first non-blank line as a possible header. So that the result is what the whole file
 * gives: the first chunk of a file holds only the file's first record line (the one place a header
 * is allowed); every later chunk starts with a stand-in header line ({@link #STAND_IN_HEADER},
 * written there by the {@link Chunker}), so that a header among its lines is reported as misplaced
 * (SG-HDR-002) rather than taken; lines and record indexes are shifted to the file's, and
 * SG-HDR-002's message, which names the line, is rebuilt with the file's line. The header's {@code
 * recordCount} is checked against the whole file by {@link #recordCountMismatch}. Thread-safe: each
 * call uses its own reader.
 *
 * @since 0.1.0
 */
final class ExchangeReading {

  /** A header line read before a later chunk's lines and discarded (it is the reader's line 1). */
  static final byte[] STAND_IN_HEADER =
      ("{\"recordType\":\"header\",\"formatVersion\":\"" + ExchangeHeader.FORMAT_VERSION + "\"}\n")
          .getBytes(StandardCharsets.UTF_8);

  private final Profile profile;
  private final Locale locale;
  private final ReadOptions options;

  ExchangeReading(Profile profile, Locale locale, int maxIssuesPerRecord) {
    this.profile = profile;
    this.locale = locale;
    ReadOptions defaults = ReadOptions.defaults();
    this.options =
        defaults
            .withProfile(profile)
            .withLocale(locale)
            .withLimits(defaults.limits().withMaxIssuesPerRecord(maxIssuesPerRecord));
  }

  /** The longest line the reader accepts, in characters. */
  int maxLineLength() {
    return options.limits().maxLineLength();
  }

  /** The reader's default limits, for the record. */
  Limits limits() {
    return options.limits();
  }

  /**
   * Parses a chunk of a file; the items' own issues are left for the validator.
   *
   * @param chunk the chunk
   * @param file the file name put into issues
   */
  Parsed parse(Chunk chunk, String file) {
    long shift = chunk.first() ? chunk.firstLine() - 1 : chunk.firstLine() - 2;
    try (ExchangeReader reader =
        ExchangeReader.open(chunk.bytes(), 0, chunk.length(), options.withFileName(file))) {
      ExchangeHeader header = null;
      long headerLine = 0;
      List<Issue> headerIssues = List.of();
      if (chunk.first()) {
        header = reader.header().orElse(null);
        if (header != null) {
          headerLine = chunk.firstLine();
          headerIssues = relocate(reader.headerIssues(), headerLine, -1, file);
        }
      }
      List<Item> items = new ArrayList<>(Math.max(1, chunk.recordLines()));
      for (ReadRecord read : reader) {
        long line = read.line() + shift;
        long index = chunk.firstIndex() + read.recordIndex();
        List<Issue> issues =
            read.issues().isEmpty() ? List.of() : relocate(read.issues(), line, index, file);
        items.add(new Item(line, index, read.record().orElse(null), issues, read.issuesOmitted()));
      }
      return new Parsed(
          items, reader.recordsRead(), header, headerLine, headerIssues, chunk.sourceBytes());
    }
  }

  private List<Issue> relocate(List<Issue> issues, long line, long index, String file) {
    List<Issue> located = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      if (issue.code().equals(SerializationRules.MISPLACED_HEADER.code())) {
        Issue.Builder rebuilt =
            SerializationRules.MISPLACED_HEADER.issue(
                profile, locale, issue.path(), Map.of("line", line));
        rebuilt.file(file).line(line);
        issue.recordIndex().ifPresent(i -> rebuilt.recordIndex(index));
        issue.recordType().ifPresent(rebuilt::recordType);
        issue.recordId().ifPresent(rebuilt::recordId);
        issue.column().ifPresent(rebuilt::column);
        located.add(rebuilt.build());
        continue;
      }
      Issue.Builder builder = Issue.builder().from(issue).line(line);
      if (index >= 0 && issue.recordIndex().isPresent()) {
        builder.recordIndex(index);
      }
      located.add(builder.build());
    }
    return located;
  }

  /**
   * Returns SG-HDR-001 when the header's {@code recordCount} is not the number of records of the
   * file, as {@link ExchangeReader#finish()} does for a whole file.
   *
   * @param header the file's header
   * @param headerLine its line
   * @param records the records of the file
   * @param file the file name
   */
  @Nullable Issue recordCountMismatch(
      ExchangeHeader header, long headerLine, long records, String file) {
    if (header.recordCount().isEmpty() || header.recordCount().get() == records) {
      return null;
    }
    return SerializationRules.RECORD_COUNT_MISMATCH
        .issue(
            profile,
            locale,
            "/recordCount",
            Map.of("declared", header.recordCount().get(), "actual", records))
        .file(file)
        .line(headerLine)
        .recordType(ExchangeHeader.RECORD_TYPE)
        .build();
  }
}
