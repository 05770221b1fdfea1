package org.shegong.pipeline;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.pipeline.internal.SourceSpec;

/**
 * Where a pipeline reads records from: an exchange file ({@code .ndjson}, or {@code .ndjson.gz}
 * compressed), standard input, a stream, lines or records in memory.
 *
 * <p>NDJSON sources are read exactly as {@code ExchangeReader} reads a file (an optional header on
 * the first non-blank line, one record per other non-blank line) and their issues carry the
 * source's name as their {@code file} and the line. Records in memory carry no file and no line,
 * only their index in iteration order, as {@code ShegongValidator.validateAll} gives them.
 *
 * <pre>{@code
 * Source.file(Path.of("batch.ndjson"))
 * Source.file(Path.of("batch.ndjson.gz"))
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
   * Returns a file source: NDJSON, decompressed first when its name ends in {@code .gz}.
   *
   * @param path the file; not null; its issues carry {@code path.toString()} as their file
   * @return the source, never null
   */
  public static Source file(Path path) {
    return new Source(SourceSpec.file(path, path.toString()));
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
    return new Source(SourceSpec.file(path, name));
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
