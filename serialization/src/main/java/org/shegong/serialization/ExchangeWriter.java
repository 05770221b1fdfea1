package org.shegong.serialization;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.serialization.internal.TypeModel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Writes an exchange file: an optional header line, then one record per line (UTF-8, lines ended by
 * {@code \n}), streaming.
 *
 * <pre>{@code
 * try (ExchangeWriter writer = ExchangeWriter.open(path, WriteOptions.full())) {
 *   writer.writeHeader(ExchangeHeader.builder().sender("宁夏中卫").recordCount(2).build());
 *   writer.write(agency);
 *   writer.write(child);
 * }
 * }</pre>
 *
 * <p>{@link WriteOptions#full()} output is complete and reads back to equal records; {@link
 * WriteOptions#masked()} output masks every {@code @Sensitive} value (for logs and for parties that
 * must not see them). Not thread-safe.
 *
 * @since 0.1.0
 */
public final class ExchangeWriter implements Closeable, Flushable {

  /** No separator between root values (the writer ends each line itself), {@code /} unescaped. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .rootValueSeparator((String) null)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .build();

  private final Writer out;
  private final JsonGenerator generator;
  private final boolean masked;
  private long records;
  private boolean headerAllowed = true;

  private ExchangeWriter(Writer out, WriteOptions options) {
    this.out = out;
    Objects.requireNonNull(options, "options");
    this.generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    this.masked = options.maskSensitive();
  }

  /**
   * Opens a file for writing, replacing it.
   *
   * @param path the file; not null
   * @param options the options; not null
   * @return the writer, to be closed, never null
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static ExchangeWriter open(Path path, WriteOptions options) {
    try {
      return new ExchangeWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a byte stream for writing UTF-8.
   *
   * @param out the stream; not null; closed with the writer
   * @param options the options; not null
   * @return the writer, to be closed, never null
   */
  public static ExchangeWriter open(OutputStream out, WriteOptions options) {
    return new ExchangeWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), options);
  }

  /**
   * Opens a character stream for writing.
   *
   * @param out the stream; not null; closed with the writer
   * @param options the options; not null
   * @return the writer, to be closed, never null
   */
  public static ExchangeWriter open(Writer out, WriteOptions options) {
    return new ExchangeWriter(Objects.requireNonNull(out, "out"), options);
  }

  /**
   * Writes the header line; only before the first record.
   *
   * @param header the header; not null
   * @throws IllegalStateException when a header or a record was written already
   * @throws UncheckedIOException when writing fails
   */
  public void writeHeader(ExchangeHeader header) {
    Objects.requireNonNull(header, "header");
    if (!headerAllowed) {
      throw new IllegalStateException(
          "SG-HDR-002 a header is only allowed on the first line of an exchange file");
    }
    headerAllowed = false;
    try {
      generator.writeStartObject();
      generator.writeStringProperty("recordType", ExchangeHeader.RECORD_TYPE);
      generator.writeStringProperty("formatVersion", header.formatVersion());
      if (header.sender().isPresent()) {
        generator.writeStringProperty("sender", header.sender().get());
      }
      if (header.generatedAt().isPresent()) {
        generator.writeStringProperty(
            "generatedAt",
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(header.generatedAt().get()));
      }
      if (header.recordCount().isPresent()) {
        generator.writeNumberProperty("recordCount", header.recordCount().get());
      }
      generator.writeEndObject();
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /**
   * Writes a record on its own line.
   *
   * @param record the record; not null
   * @throws UncheckedIOException when writing fails
   */
  public void write(ExchangeRecord record) {
    Objects.requireNonNull(record, "record");
    headerAllowed = false;
    try {
      // the same code ShegongModule's serializers run, without an ObjectWriter per record
      TypeModel.of(record.getClass()).write(generator, record, masked);
      generator.writeRaw('\n');
      records++;
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /**
   * Returns the number of records written.
   *
   * @return the number of records, not counting the header
   */
  public long recordsWritten() {
    return records;
  }

  /**
   * Flushes what was written to the underlying stream.
   *
   * @throws UncheckedIOException when flushing fails
   */
  @Override
  public void flush() {
    try {
      generator.flush();
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /**
   * Flushes and closes the underlying stream.
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    try {
      generator.close();
      out.close();
    } catch (JacksonException e) {
      throw unchecked(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static UncheckedIOException unchecked(JacksonException e) {
    return e.getCause() instanceof IOException io
        ? new UncheckedIOException(io)
        : new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
  }
}
