package org.shegong.tabular.internal;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file mapped into memory in chunks of 1 GiB: its pages live in the operating system's
 * page cache, outside the Java heap, so the heap does not grow with the file. Values that straddle
 * two chunks are read and written byte by byte.
 *
 * @since 0.2.0
 */
final class Mapped {

  private static final int SHIFT = 30;
  private static final long CHUNK = 1L << SHIFT;
  private static final long MASK = CHUNK - 1;

  private final MappedByteBuffer[] chunks;
  private final long size;

  /**
   * Maps a whole file.
   *
   * @param file the file
   * @param writable whether values are written into it
   * @throws IOException when the file cannot be mapped
   */
  Mapped(Path file, boolean writable) throws IOException {
    try (FileChannel channel =
        writable
            ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
            : FileChannel.open(file, StandardOpenOption.READ)) {
      size = channel.size();
      int count = (int) ((size + CHUNK - 1) >>> SHIFT);
      chunks = new MappedByteBuffer[count];
      FileChannel.MapMode mode =
          writable ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY;
      for (int i = 0; i < count; i++) {
        long start = (long) i << SHIFT;
        chunks[i] = channel.map(mode, start, Math.min(CHUNK, size - start));
      }
    }
  }

  /** The size of the file, in bytes. */
  long size() {
    return size;
  }

  byte get(long position) {
    return chunks[(int) (position >>> SHIFT)].get((int) (position & MASK));
  }

  void put(long position, byte value) {
    chunks[(int) (position >>> SHIFT)].put((int) (position & MASK), value);
  }

  long getLong(long position) {
    int offset = (int) (position & MASK);
    if (offset <= CHUNK - Long.BYTES) {
      return chunks[(int) (position >>> SHIFT)].getLong(offset);
    }
    return acrossChunks(position, Long.BYTES);
  }

  void putLong(long position, long value) {
    int offset = (int) (position & MASK);
    if (offset <= CHUNK - Long.BYTES) {
      chunks[(int) (position >>> SHIFT)].putLong(offset, value);
      return;
    }
    for (int i = Long.BYTES - 1; i >= 0; i--) {
      put(position + Long.BYTES - 1 - i, (byte) (value >>> (8 * i)));
    }
  }

  int getInt(long position) {
    int offset = (int) (position & MASK);
    if (offset <= CHUNK - Integer.BYTES) {
      return chunks[(int) (position >>> SHIFT)].getInt(offset);
    }
    return (int) acrossChunks(position, Integer.BYTES);
  }

  /** Reads {@code count} bytes big-endian from {@code position}, where they span two chunks. */
  private long acrossChunks(long position, int count) {
    long value = 0;
    for (int i = 0; i < count; i++) {
      value = (value << 8) | (get(position + i) & 0xFF);
    }
    return value;
  }

  /** Copies {@code length} bytes from {@code position} into {@code target}. */
  void get(long position, byte[] target, int length) {
    int done = 0;
    while (done < length) {
      long at = position + done;
      MappedByteBuffer chunk = chunks[(int) (at >>> SHIFT)];
      int offset = (int) (at & MASK);
      int n = Math.min(length - done, chunk.limit() - offset);
      chunk.get(offset, target, done, n);
      done += n;
    }
  }
}
