package org.shegong.pipeline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Queue;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Cuts an NDJSON byte stream into chunks of whole lines, so that workers can parse them in any
 * order and the results still fit together in file order.
 *
 * <p>Lines end at LF, CRLF or a bare CR, as the exchange reader splits them (a CRLF split between
 * two reads is one line end); neither byte occurs inside a UTF-8 sequence, so a line's bytes are
 * the same in a chunk as in the whole file. Each line is put into the chunk followed by one LF,
 * whatever its line end was. A line is a record line when it holds a byte other than space and tab,
 * or is longer than the line limit; blank lines only count towards line numbers. The first chunk
 * holds the leading blank lines' count and the first record line alone (it may be the header,
 * decided by parsing it); every later chunk starts with the given prefix (a line the reader is to
 * skip). A byte order mark at the start of the input is dropped. A line of more than {@code 3 ×
 * limit + 16} bytes is kept only up to that many bytes: its characters are not used (the reader
 * reports it as over-long), and that many bytes decode to more characters than the limit whatever
 * they are. Memory is the chunk being filled, whatever the length of the input or of its lines. Not
 * thread-safe.
 *
 * @since 0.1.0
 */
final class Chunker {

  private static final int BLOCK = 1 << 16;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
  private static final long ONES = 0x0101010101010101L;

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
  private boolean skipLf;
  private final byte[] prefix;
  private long nextLine = 1;
  private long nextIndex;

  // the line being scanned
  private boolean recordLine;
  private boolean anyByte;

  private final int initialCapacity;
  private final Queue<byte[]> spare;
  private byte[] buffer;
  private int length;

  /**
   * Creates a chunker.
   *
   * @param in the bytes; read to the end, not closed
   * @param consumed the source bytes consumed so far (for progress)
   * @param chunkBytes the size at which a chunk is cut (a chunk ends with a whole line)
   * @param maxLineLength the reader's line limit, in characters
   * @param prefix the bytes every chunk after the first starts with
   * @param spare buffers of chunks read already, given back by {@link #giveBack}, that the next
   *     chunks are filled into; thread-safe
   */
  Chunker(
      InputStream in,
      LongSupplier consumed,
      int chunkBytes,
      int maxLineLength,
      byte[] prefix,
      Queue<byte[]> spare) {
    this.spare = spare;
    this.prefix = prefix.clone();
    this.in = in;
    this.consumed = consumed;
    this.chunkBytes = Math.max(1, chunkBytes);
    this.maxLineLength = maxLineLength;
    this.lineCap = 3L * maxLineLength + 16;
    this.initialCapacity = capacity(chunkBytes);
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
        Chunk chunk = new Chunk(copy(), length, true, line, 0, 1, consumed.getAsLong());
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
    append(prefix, 0, prefix.length);
    int records = 0;
    boolean any = false;
    while (length - prefix.length < chunkBytes && readLine()) {
      any = true;
      if (recordLine) {
        records++;
      }
    }
    if (!any) {
      return null;
    }
    return new Chunk(copy(), length, false, line, nextIndex, records, consumed.getAsLong());
  }

  /** Tells whether the input has been read to its end. */
  boolean ended() {
    return eof && position >= limit;
  }

  /** The number of lines read so far. */
  long lines() {
    return nextLine - 1;
  }

  /**
   * Hands the filled buffer over to the chunk and starts another one (no copy): a spare one given
   * back when there is one, so that a run does not allocate (and zero) a new buffer per chunk, a
   * tenth of all it allocated.
   */
  private byte[] copy() {
    byte[] filled = buffer;
    byte[] next = spare.poll();
    buffer = next != null ? next : new byte[initialCapacity];
    return filled;
  }

  /** The size of a chunk's buffer: the chunk size and room for the line that crosses it. */
  private static int capacity(int chunkBytes) {
    return Math.min(Math.max(1, chunkBytes), 1 << 22) + (1 << 14);
  }

  /**
   * Gives a chunk's buffer back for later chunks, once nothing reads it any more; a buffer grown
   * for a long line is left to the collector.
   *
   * @param chunk the chunk
   * @param spare the queue of spare buffers of its chunker
   * @param chunkBytes the chunk size its chunker was made with
   */
  static void giveBack(Chunk chunk, Queue<byte[]> spare, int chunkBytes) {
    if (chunk.bytes().length == capacity(chunkBytes)) {
      spare.offer(chunk.bytes());
    }
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
    boolean ended = false;
    while (!ended) {
      if (position >= limit && !fill()) {
        if (!anyByte) {
          return false;
        }
        break;
      }
      if (skipLf) {
        // the LF of a CRLF whose CR ended the previous line
        skipLf = false;
        if (block[position] == '\n') {
          position++;
          continue;
        }
      }
      anyByte = true;
      int start = position;
      int end = limit;
      byte[] b = block;
      int i = start;
      if (recordLine) {
        i = lineEnd(b, i, end);
      } else {
        for (; i < end; i++) {
          byte c = b[i];
          if (c == '\n' || c == '\r') {
            break;
          }
          if (c != ' ' && c != '\t') {
            recordLine = true;
            i = lineEnd(b, i + 1, end);
            break;
          }
        }
      }
      ended = i < end;
      int segment = i - start;
      long room = lineCap - lineBytes;
      append(b, start, (int) Math.min(segment, Math.max(0, room)));
      lineBytes += segment;
      if (ended) {
        skipLf = b[i] == '\r';
        position = i + 1;
      } else {
        position = i;
      }
    }
    appendNewline();
    if (!recordLine) {
      // a blank line is a record line only when over-long: its characters are its bytes
      recordLine = lineBytes > maxLineLength;
    }
    nextLine++;
    return true;
  }

  /** Returns the index of the first LF or CR from {@code i} on, or {@code to}; 8 bytes a step. */
  private static int lineEnd(byte[] b, int i, int to) {
    int last = to - Long.BYTES;
    while (i <= last) {
      long v = (long) LONGS.get(b, i);
      long lf = v ^ 0x0A0A0A0A0A0A0A0AL;
      long cr = v ^ 0x0D0D0D0D0D0D0D0DL;
      // a byte of lf or cr is zero where v has LF or CR
      if (((((lf - ONES) & ~lf) | ((cr - ONES) & ~cr)) & 0x8080808080808080L) != 0) {
        break;
      }
      i += Long.BYTES;
    }
    while (i < to && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
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
