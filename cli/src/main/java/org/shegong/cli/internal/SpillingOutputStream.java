package org.shegong.cli.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bytes kept in memory up to a limit, then in a temporary file: the spool of a report's issues, so
 * that memory does not grow with their number.
 *
 * @since 0.1.0
 */
final class SpillingOutputStream extends OutputStream {

  private final int memoryLimit;
  // exactly one of memory and disk is set: memory until the limit is reached, then disk and file
  private @Nullable ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
  private @Nullable Path file;
  private @Nullable OutputStream disk;
  private boolean closed;

  SpillingOutputStream(int memoryLimit) {
    this.memoryLimit = memoryLimit;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    ByteArrayOutputStream buffer = memory;
    if (buffer != null && buffer.size() + length > memoryLimit) {
      Path spill = Files.createTempFile("shegong-issues-", ".json");
      spill.toFile().deleteOnExit();
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
      buffer.writeTo(out);
      file = spill;
      disk = out;
      memory = null;
      buffer = null;
    }
    if (buffer != null) {
      buffer.write(bytes, offset, length);
    } else {
      Objects.requireNonNull(disk).write(bytes, offset, length);
    }
  }

  @Override
  public void flush() throws IOException {
    if (disk != null) {
      disk.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed && disk != null) {
      disk.close();
    }
    closed = true;
  }

  /** Tells whether the bytes went to a temporary file. */
  boolean spilled() {
    return file != null;
  }

  /** Reads the bytes back; call after {@link #close()}. */
  InputStream read() throws IOException {
    Path spilled = file;
    if (spilled != null) {
      return new BufferedInputStream(Files.newInputStream(spilled), 1 << 16);
    }
    return new ByteArrayInputStream(Objects.requireNonNull(memory).toByteArray());
  }

  /** Deletes the temporary file, if any. */
  void delete() throws IOException {
    close();
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }
}
