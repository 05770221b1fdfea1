package org.shegong.pipeline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Cuts an NDJSON byte stream into chunks of whole lines, so that workers can parse them in any
 * order and the results still fit together in file order.
 *
 * <p>Lines end at {@code \n}, as the exchange reader splits them; a {@code \n} byte never occurs
 * inside a UTF-8 sequence, so a chunk decodes exactly as the same bytes would in the whole file. A
 * line is a record line when it holds a byte other than space, tab and CR, or is longer than the
 * line limit; blank lines only count towards line numbers. The first chunk holds the leading blank
 * lines' count and the first record line alone (it may be the header, decided by parsing it). A
 * line of more than {@code 3 × limit + 16} bytes is kept only up to that many bytes: its characters
 * are not used (the reader reports it as over-long), and that many bytes decode to more characters
 * than the limit whatever they are. Memory is the chunk being filled, whatever the length of the
 * input or of its lines. Not thread-safe.
 *
 * @since 0.1.0
 */
final class Chunker {

  private static final int BLOCK = 1 << 16;

  private final InputStream in;
  private final LongSupplier consumed;
  private final int chunkBytes;
  private final int maxLineLength;
  private final long lineCap;
  private final byte[] block = new byte[BLOCK];
  private int position;
  private int limit;
  private boolean eof;
  private boolean started;
  private boolean bom;
  private long nextLine = 1;
  private long nextIndex;

  // the line being scanned
  private boolean recordLine;
  private boolean anyByte;

  private final int initialCapacity;
  private byte[] buffer;
  private int length;

  /**
   * Creates a chunker.
   *
   * @param in the bytes; read to the end, not closed
   * @param consumed the source bytes consumed so far (for progress)
   * @param chunkBytes the size at which a chunk is cut (a chunk ends with a whole line)
   * @param maxLineLength the reader's line limit, in characters
   */
  Chunker(InputStream in, LongSupplier consumed, int chunkBytes, int maxLineLength) {
    this.in = in;
    this.consumed = consumed;
    this.chunkBytes = Math.max(1, chunkBytes);
    this.maxLineLength = maxLineLength;
    this.lineCap = 3L * maxLineLength + 16;
    this.initialCapacity = Math.min(this.chunkBytes, 1 << 22) + (1 << 14);
    this.buffer = new byte[initialCapacity];
  }

  /**
   * Returns the first chunk: the first record line after any blank lines, or null when the source
   * holds no record line at all.
   */
  @Nullable Chunk first() throws IOException {
    start();
    while (true) {
      long line = nextLine;
      length = 0;
      if (!readLine()) {
        return null;
      }
      if (recordLine) {
        Chunk chunk = new Chunk(copy(), length, true, bom, line, 0, 1, consumed.getAsLong());
        return chunk;
      }
    }
  }

  /**
   * Returns the next chunk after the first, or null at the end of the input.
   *
   * @param firstIndex the record index of the chunk's first record line
   */
  @Nullable Chunk next(long firstIndex) throws IOException {
    nextIndex = firstIndex;
    long line = nextLine;
    length = 0;
    int records = 0;
    boolean any = false;
    while (length < chunkBytes && readLine()) {
      any = true;
      if (recordLine) {
        records++;
      }
    }
    if (!any) {
      return null;
    }
    return new Chunk(copy(), length, false, false, line, nextIndex, records, consumed.getAsLong());
  }

  /** Tells whether the input has been read to its end. */
  boolean ended() {
    return eof && position >= limit;
  }

  /** The number of lines read so far. */
  long lines() {
    return nextLine - 1;
  }

  /** Hands the filled buffer over to the chunk and starts a new one (no copy). */
  private byte[] copy() {
    byte[] filled = buffer;
    buffer = new byte[initialCapacity];
    return filled;
  }

  private void start() throws IOException {
    if (started) {
      return;
    }
    started = true;
    // a byte order mark starts the file only; the reader skips it and so does the scan
    while (limit < 3 && !eof) {
      int n = in.read(block, limit, BLOCK - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    if (limit >= 3
        && block[0] == (byte) 0xEF
        && block[1] == (byte) 0xBB
        && block[2] == (byte) 0xBF) {
      bom = true;
      position = 3;
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(block, 0, BLOCK);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      position = 0;
      limit = 0;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /** Reads one line into the buffer; false at the end of the input with nothing read. */
  private boolean readLine() throws IOException {
    recordLine = false;
    anyByte = false;
    long lineBytes = 0;
    boolean lastWasCr = false;
    boolean ended = false;
    while (!ended) {
      if (position >= limit && !fill()) {
        if (!anyByte) {
          return false;
        }
        break;
      }
      anyByte = true;
      int start = position;
      int end = limit;
      byte[] b = block;
      int i = start;
      if (recordLine) {
        while (i < end && b[i] != '\n') {
          i++;
        }
      } else {
        for (; i < end; i++) {
          byte c = b[i];
          if (c == '\n') {
            break;
          }
          if (c != ' ' && c != '\t' && c != '\r') {
            recordLine = true;
            i++;
            while (i < end && b[i] != '\n') {
              i++;
            }
            break;
          }
        }
      }
      ended = i < end;
      int segment = i - start;
      if (segment > 0) {
        lastWasCr = b[i - 1] == '\r';
      }
      long room = lineCap - lineBytes;
      append(b, start, (int) Math.min(segment, Math.max(0, room)));
      lineBytes += segment;
      position = ended ? i + 1 : i;
    }
    if (ended) {
      appendNewline();
    }
    if (!recordLine) {
      // a blank line is a record line only when over-long: its characters are its bytes
      long characters = lastWasCr ? lineBytes - 1 : lineBytes;
      recordLine = characters > maxLineLength;
    }
    nextLine++;
    return true;
  }

  private void appendNewline() {
    if (length == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    buffer[length++] = '\n';
  }

  private void append(byte[] bytes, int from, int count) {
    if (count <= 0) {
      return;
    }
    if (length + count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
    }
    System.arraycopy(bytes, from, buffer, length, count);
    length += count;
  }
}
