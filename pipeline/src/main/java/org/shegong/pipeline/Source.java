package org.shegong.pipeline;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.pipeline.internal.SourceSpec;
import org.shegong.tabular.TabularFormat;

/**
 * Where a pipeline reads records from: an exchange file ({@code .ndjson}, or {@code .ndjson.gz}
 * compressed), a ledger ({@code .xlsx} workbook or {@code .csv} file, by extension, or {@link
 * #workbook}, {@link #csv}), standard input, a stream, lines or records in memory.
 *
 * <p>Ledgers are read by {@code shegong-tabular}: a row becomes the record its NDJSON line would
 * be, with the same issues, and every issue of a row — reading, validation, batch rules — carries
 * the sheet (workbooks), the row number the spreadsheet shows as {@code line}, the column and the
 * cell (workbooks) of the value its path names.
 *
 * <p>NDJSON sources are read exactly as {@code ExchangeReader} reads a file (an optional header on
 * the first non-blank line, one record per other non-blank line) and their issues carry the
 * source's name as their {@code file} and the line. Records in memory carry no file and no line,
 * only their index in iteration order, as {@code ShegongValidator.validateAll} gives them.
 *
 * <pre>{@code
 * Source.file(Path.of("batch.ndjson"))
 * Source.file(Path.of("batch.ndjson.gz"))
 * Source.file(Path.of("台账.xlsx"))
 * Source.csv(Path.of("儿童.csv"), Charset.forName("GB18030"), null)
 * Source.stdin()
 * Source.lines("inline.ndjson", List.of("{\"recordType\":\"child\",…}"))
 * Source.records(records)
 * }</pre>
 *
 * <p>Immutable; a source made from a stream or from standard input can be read once.
 *
 * @since 0.1.0
 */
public final class Source {

  /** The name given to standard input in issues. */
  public static final String STDIN_NAME = "<stdin>";

  private final SourceSpec spec;

  private Source(SourceSpec spec) {
    this.spec = spec;
  }

  /**
   * Returns a file source by its extension: a workbook ({@code .xlsx}), a CSV ledger ({@code .csv},
   * UTF-8), else NDJSON, decompressed first when its name ends in {@code .gz}.
   *
   * @param path the file; not null; its issues carry {@code path.toString()} as their file
   * @return the source, never null
   */
  public static Source file(Path path) {
    return file(path, path.toString());
  }

  /**
   * Returns a file source whose issues carry another name than the path, for example the name the
   * file had when it was received.
   *
   * @param path the file; not null; decompressed first when its name ends in {@code .gz}
   * @param name the name its issues carry as their file; not null
   * @return the source, never null
   */
  public static Source file(Path path, String name) {
    Optional<TabularFormat> format = TabularFormat.of(path);
    if (format.isPresent()) {
      return new Source(SourceSpec.tabular(path, name, format.get(), StandardCharsets.UTF_8, null));
    }
    return new Source(SourceSpec.file(path, name));
  }

  /**
   * Returns a workbook ({@code .xlsx}) as a source, whatever its extension: one sheet per record
   * type, the children's visits on the 走访记录 sheet; its issues carry the sheet, the row as {@code
   * line}, the column and the cell.
   *
   * @param path the workbook; not null; its issues carry {@code path.toString()} as their file
   * @return the source, never null
   * @since 0.2.0
   */
  public static Source workbook(Path path) {
    return new Source(
        SourceSpec.tabular(
            path, path.toString(), TabularFormat.XLSX, StandardCharsets.UTF_8, null));
  }

  /**
   * Returns a CSV ledger as a source, whatever its extension: one record type, from the file name
   * ({@code 儿童.csv}, {@code child-2024.csv}) or given; its issues carry the row as {@code line} and
   * the column.
   *
   * @param path the file; not null; its issues carry {@code path.toString()} as their file
   * @param encoding the file's encoding: UTF-8 (a byte order mark is skipped), or GB18030 for CSV
   *     saved by Excel on Chinese Windows; not null
   * @param recordType the record type, or null to take it from the file name
   * @return the source, never null
   * @since 0.2.0
   */
  public static Source csv(Path path, Charset encoding, @Nullable RecordType recordType) {
    return new Source(
        SourceSpec.tabular(path, path.toString(), TabularFormat.CSV, encoding, recordType));
  }

  /**
   * Returns standard input as an NDJSON source named {@value #STDIN_NAME}; it is read to its end
   * and not closed.
   *
   * @return the source, never null; readable once
   */
  public static Source stdin() {
    return new Source(SourceSpec.bytes(STDIN_NAME, SourceSpec.standardInput(), false));
  }

  /**
   * Returns a stream of NDJSON bytes (UTF-8) as a source; the pipeline closes it.
   *
   * @param name the name its issues carry as their file; not null
   * @param in the bytes; not null
   * @return the source, never null; readable once
   */
  public static Source stream(String name, InputStream in) {
    Objects.requireNonNull(in, "in");
    AtomicBoolean opened = new AtomicBoolean();
    return new Source(
        SourceSpec.bytes(
            name,
            () -> {
              if (opened.getAndSet(true)) {
                throw new IllegalStateException("a stream source is read once");
              }
              return in;
            },
            false));
  }

  /**
   * Returns lines of NDJSON in memory as a source, numbered from 1 as if they were a file.
   *
   * @param name the name their issues carry as their file; not null
   * @param lines the lines, without line ends; iterated once per run, on a pipeline thread; a line
   *     holding a line break counts as two lines, as it would in a file; not null, no null element
   * @return the source, never null
   */
  public static Source lines(String name, Iterable<String> lines) {
    Objects.requireNonNull(lines, "lines");
    return new Source(
        SourceSpec.bytes(
            name,
            () -> {
              Iterator<String> it = lines.iterator();
              Enumeration<InputStream> parts =
                  new Enumeration<>() {
                    @Override
                    public boolean hasMoreElements() {
                      return it.hasNext();
                    }

                    @Override
                    public InputStream nextElement() {
                      String line = Objects.requireNonNull(it.next(), "line");
                      return new ByteArrayInputStream(
                          (line + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                  };
              return new SequenceInputStream(parts);
            },
            false));
  }

  /**
   * Returns records in memory as a source; their issues carry the record index (in iteration order)
   * but no file and no line.
   *
   * @param records the records; iterated once per run, on a pipeline thread; not null, no null
   *     element
   * @return the source, never null
   */
  public static Source records(Iterable<? extends ExchangeRecord> records) {
    return new Source(SourceSpec.records(records));
  }

  /**
   * Returns the name the source's issues carry as their file.
   *
   * @return the name, or empty for records in memory
   */
  public Optional<String> name() {
    return Optional.ofNullable(spec.name());
  }

  /**
   * Returns the size of the source in bytes, when known before reading (files).
   *
   * @return the size, or empty
   */
  public OptionalLong size() {
    long size = spec.size();
    return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
  }

  SourceSpec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return "Source[" + name().orElse("(records)") + "]";
  }
}
