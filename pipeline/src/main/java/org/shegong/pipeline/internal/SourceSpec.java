package org.shegong.pipeline.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.pipeline.SourceException;
import org.shegong.tabular.TabularFormat;

/**
 * What the engine needs of a source: its name, its size when known, and either NDJSON bytes or
 * records already in memory.
 *
 * <p>A new kind of source (a workbook, a CSV file) is a new kind here and a branch in {@link
 * Engine} that turns it into ordered batches of {@link Item}s: the workers, the batch rules, the
 * spool and the progress are shared.
 *
 * @since 0.1.0
 */
public final class SourceSpec {

  /**
   * Opens the bytes of an NDJSON source.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the bytes.
     *
     * @return the bytes, closed by the engine
     * @throws IOException when the source cannot be opened
     */
    InputStream open() throws IOException;
  }

  private final @Nullable String name;
  private final @Nullable Path path;
  private final @Nullable Opener opener;
  private final @Nullable Iterable<? extends ExchangeRecord> records;
  private final boolean gzip;
  private @Nullable TabularFormat tabular;
  private Charset encoding = StandardCharsets.UTF_8;
  private @Nullable RecordType recordType;

  private SourceSpec(
      @Nullable String name,
      @Nullable Path path,
      @Nullable Opener opener,
      @Nullable Iterable<? extends ExchangeRecord> records,
      boolean gzip) {
    this.name = name;
    this.path = path;
    this.opener = opener;
    this.records = records;
    this.gzip = gzip;
  }

  /**
   * A file; {@code .gz} files are decompressed.
   *
   * @param path the file
   * @param name the name put into issues
   * @return the spec
   */
  public static SourceSpec file(Path path, String name) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Path fileName = path.getFileName();
    boolean gzip = fileName != null && fileName.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    return new SourceSpec(name, path, null, null, gzip);
  }

  /**
   * A ledger file: a workbook or a CSV file, read by the tabular module.
   *
   * @param path the file
   * @param name the name put into issues
   * @param format the format
   * @param encoding the encoding of a CSV file
   * @param recordType the record type of a CSV file whose name does not tell it, or null
   * @return the spec
   */
  public static SourceSpec tabular(
      Path path,
      String name,
      TabularFormat format,
      Charset encoding,
      @Nullable RecordType recordType) {
    SourceSpec spec =
        new SourceSpec(
            Objects.requireNonNull(name, "name"),
            Objects.requireNonNull(path, "path"),
            null,
            null,
            false);
    spec.tabular = Objects.requireNonNull(format, "format");
    spec.encoding = Objects.requireNonNull(encoding, "encoding");
    spec.recordType = recordType;
    return spec;
  }

  /**
   * A stream of NDJSON bytes.
   *
   * @param name the name put into issues
   * @param opener opens the bytes once
   * @param gzip whether the bytes are gzip-compressed
   * @return the spec
   */
  public static SourceSpec bytes(String name, Opener opener, boolean gzip) {
    return new SourceSpec(
        Objects.requireNonNull(name, "name"),
        null,
        Objects.requireNonNull(opener, "opener"),
        null,
        gzip);
  }

  /**
   * Records in memory.
   *
   * @param records the records, iterated once, on a pipeline thread
   * @return the spec
   */
  public static SourceSpec records(Iterable<? extends ExchangeRecord> records) {
    return new SourceSpec(null, null, null, Objects.requireNonNull(records, "records"), false);
  }

  /**
   * Returns the name put into issues.
   *
   * @return the name, or null for records in memory
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * Returns the size in bytes, when known before reading.
   *
   * @return the size, or -1
   */
  public long size() {
    Path file = path;
    if (file == null) {
      return -1;
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  boolean isRecords() {
    return records != null;
  }

  /** Whether the source is a ledger (workbook or CSV file). */
  boolean isTabular() {
    return tabular != null;
  }

  /** The ledger's file. */
  Path path() {
    return Objects.requireNonNull(path, "path");
  }

  /** The encoding of a CSV ledger. */
  Charset encoding() {
    return encoding;
  }

  /** The record type given for a CSV ledger, or null. */
  @Nullable RecordType recordType() {
    return recordType;
  }

  boolean gzip() {
    return gzip;
  }

  Iterator<? extends ExchangeRecord> recordIterator() {
    return Objects.requireNonNull(records, "records").iterator();
  }

  /** Fails now, before anything is read, when a file cannot be read. */
  void check() {
    Path file = path;
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new SourceException(Objects.requireNonNull(name, "name"), "not a file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new SourceException(
          Objects.requireNonNull(name, "name"), "the file does not exist or is not readable");
    }
  }

  /** Opens the bytes. */
  InputStream open() throws IOException {
    Path file = path;
    if (file != null) {
      return Files.newInputStream(file);
    }
    return Objects.requireNonNull(opener, "opener").open();
  }

  /**
   * Standard input, which the engine must not close.
   *
   * @return an opener of standard input that leaves it open
   */
  public static Opener standardInput() {
    return () ->
        new FilterInputStream(System.in) {
          @Override
          public void close() {
            // standard input belongs to the process
          }
        };
  }
}
