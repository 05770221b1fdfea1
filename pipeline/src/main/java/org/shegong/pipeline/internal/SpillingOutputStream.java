package org.shegong.pipeline.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Bytes kept in memory up to a limit, then in a temporary file: the spool of a report's issues, so
 * that memory does not grow with their number.
 *
 * @since 0.1.0
 */
final class SpillingOutputStream extends OutputStream {

  private final int memoryLimit;
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
    ByteArrayOutputStream inMemory = memory;
    if (disk == null && inMemory != null && inMemory.size() + length > memoryLimit) {
      Path spill = Files.createTempFile("shegong-issues-", ".bin");
      spill.toFile().deleteOnExit();
      file = spill;
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
      inMemory.writeTo(out);
      disk = out;
      memory = null;
      inMemory = null;
    }
    OutputStream out = disk;
    if (out != null) {
      out.write(bytes, offset, length);
    } else if (inMemory != null) {
      inMemory.write(bytes, offset, length);
    }
  }

  @Override
  public void flush() throws IOException {
    OutputStream out = disk;
    if (out != null) {
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    OutputStream out = disk;
    if (!closed && out != null) {
      out.close();
    }
    closed = true;
  }

  /** Tells whether the bytes went to a temporary file. */
  boolean spilled() {
    return file != null;
  }

  /** Reads the bytes back; call after {@link #close()}. */
  InputStream read() throws IOException {
    Path spill = file;
    if (spill != null) {
      return new BufferedInputStream(Files.newInputStream(spill), 1 << 16);
    }
    ByteArrayOutputStream inMemory = memory;
    return new ByteArrayInputStream(inMemory == null ? new byte[0] : inMemory.toByteArray());
  }

  /** Deletes the temporary file, if any. */
  void delete() throws IOException {
    close();
    Path spill = file;
    if (spill != null) {
      Files.deleteIfExists(spill);
    }
  }
}
