package org.shegong.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.tabular.TabularRules;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a CSV file, parsed by Jackson's CSV dataformat as arrays of strings, one row in
 * memory at a time. A row is a CSV record (a quoted cell may span lines), numbered from 1 as a
 * spreadsheet numbers the rows it shows. The bytes are decoded strictly: malformed input ends the
 * file with SG-TAB-002, which names the encoding option; a byte order mark is skipped.
 *
 * @since 0.2.0
 */
public final class CsvRows implements RowSource {

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .disable(CsvReadFeature.SKIP_EMPTY_LINES)
          .build();

  private final Reader reader;
  private final MappingIterator<String[]> rows;
  private final Charset encoding;
  private long number;

  /**
   * Opens a CSV stream.
   *
   * @param in the bytes; closed with the rows
   * @param encoding the encoding
   * @throws IOException when the stream cannot be read
   */
  public CsvRows(InputStream in, Charset encoding) throws IOException {
    this.encoding = encoding;
    PushbackReader pushback =
        new PushbackReader(
            new InputStreamReader(
                in,
                encoding
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1);
    this.reader = pushback;
    try {
      int first = pushback.read();
      if (first >= 0 && first != '\uFEFF') {
        pushback.unread(first);
      }
    } catch (CharacterCodingException e) {
      throw problem(e);
    }
    this.rows = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(pushback);
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    try {
      while (rows.hasNextValue()) {
        String[] values = rows.nextValue();
        number++;
        List<RawCell> cells = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
          if (values[i] != null && !values[i].isEmpty()) {
            cells.add(RawCell.text(i, values[i]));
          }
        }
        if (!cells.isEmpty()) {
          return new RawRow(number, cells);
        }
      }
      return null;
    } catch (JacksonException e) {
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof CharacterCodingException coding) {
          throw problem(coding);
        }
        cause = cause.getCause();
      }
      throw new SourceProblem(
          TabularRules.MALFORMED_CSV, number + 1, Map.of("line", number + 1), e);
    }
  }

  private SourceProblem problem(CharacterCodingException e) {
    return new SourceProblem(
        TabularRules.WRONG_ENCODING,
        number + 1,
        Map.of("line", number + 1, "encoding", encoding.name()),
        e);
  }

  @Override
  public void close() throws IOException {
    rows.close();
    reader.close();
  }
}
