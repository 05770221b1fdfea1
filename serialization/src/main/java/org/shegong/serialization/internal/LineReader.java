package org.shegong.serialization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of UTF-8 bytes with a maximum line length, handing each line out as a slice of
 * bytes, without decoding it.
 *
 * <p>Jackson has no line-limited reader for newline-delimited JSON: its {@code MappingIterator}
 * reads a stream of root values, so a syntax error in one record leaves it unable to resume at the
 * next line, and a single huge line is buffered whole. This reader ends a line at LF, CRLF or a
 * bare CR (a CRLF split between two reads is still one line end), skips a UTF-8 byte order mark at
 * the start, and skips the rest of an over-long line without storing it. A line lies in the input
 * buffer when it fits there, so most lines are never copied; the bytes of an array are never
 * copied. The limit counts characters (UTF-16 code units, as a decoded line has them); a line of
 * more than three bytes per character of the limit is over-long whatever its bytes, so memory is
 * bounded by three times the limit, whatever the size of the input. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class LineReader {

  private static final int BLOCK = 1 << 16;

  private final @Nullable InputStream in;
  private final int maxLineLength;
  private final int byteCap;
  private byte[] input;
  private int position;
  private int limit;
  private byte[] store = new byte[0];
  private byte[] line;
  private int offset;
  private int length;
  private boolean overLong;
  private boolean counted;
  private long lineNumber;
  private boolean started;
  private boolean ended;
  private boolean skipLf;
  private long fills;

  /**
   * Creates a line reader of a stream.
   *
   * @param in the bytes; not null
   * @param maxLineLength the longest line kept, in characters
   */
  public LineReader(InputStream in, int maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
    this.byteCap = (int) Math.min(3L * maxLineLength, Integer.MAX_VALUE - 64);
    this.input = new byte[BLOCK];
    this.line = input;
  }

  /**
   * Creates a line reader of bytes in memory; the lines are slices of the array.
   *
   * @param bytes the bytes; not null, not modified while they are read
   * @param from the first byte
   * @param to the end (exclusive)
   * @param maxLineLength the longest line kept, in characters
   */
  public LineReader(byte[] bytes, int from, int to, int maxLineLength) {
    this.in = null;
    this.maxLineLength = maxLineLength;
    this.byteCap = (int) Math.min(3L * maxLineLength, Integer.MAX_VALUE - 64);
    this.input = bytes;
    this.line = bytes;
    this.position = from;
    this.limit = to;
  }

  /**
   * Reads the next line.
   *
   * @return {@code false} at the end of the input
   * @throws IOException when reading fails
   */
  public boolean next() throws IOException {
    if (ended) {
      return false;
    }
    length = 0;
    offset = 0;
    overLong = false;
    counted = false;
    boolean any = false;
    boolean stored = false;
    long lineBytes = 0;
    while (true) {
      if (position >= limit && !fill()) {
        ended = true;
        if (!any) {
          return false;
        }
        break;
      }
      if (skipLf) {
        skipLf = false;
        if (input[position] == '\n') {
          position++;
          continue;
        }
      }
      any = true;
      byte[] b = input;
      int start = position;
      int end = limit;
      int i = Utf8.lineEnd(b, start, end);
      boolean lineEnds = i < end;
      int count = i - start;
      if (!stored && lineEnds) {
        // the whole line lies in the input: hand out the slice
        line = b;
        offset = start;
        length = count;
        if (count > byteCap) {
          overLong = true;
          length = 0;
        }
      } else {
        stored = true;
        append(b, start, count, lineBytes);
      }
      lineBytes += count;
      if (lineEnds) {
        skipLf = b[i] == '\r';
        position = i + 1;
        break;
      }
      position = i;
    }
    lineNumber++;
    return true;
  }

  private boolean fill() throws IOException {
    InputStream stream = in;
    if (!started) {
      started = true;
      // a byte order mark needs its three bytes
      if (stream != null) {
        while (limit < 3) {
          if (!readMore(stream)) {
            break;
          }
        }
      }
      if (limit - position >= 3
          && input[position] == (byte) 0xEF
          && input[position + 1] == (byte) 0xBB
          && input[position + 2] == (byte) 0xBF) {
        position += 3;
      }
      if (position < limit) {
        return true;
      }
    }
    if (stream == null) {
      return false;
    }
    position = 0;
    limit = 0;
    fills++;
    return readMore(stream);
  }

  private boolean readMore(InputStream stream) throws IOException {
    int n;
    do {
      n = stream.read(input, limit, input.length - limit);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    limit += n;
    return true;
  }

  private void append(byte[] from, int start, int count, long lineBytes) {
    if (overLong) {
      return;
    }
    if (lineBytes + count > byteCap) {
      overLong = true;
      length = 0;
      return;
    }
    if (line != store) {
      line = store;
      offset = 0;
    }
    if (length + count > store.length) {
      int size = (int) Math.min(Math.max(store.length * 2L, (long) length + count), byteCap);
      store = Arrays.copyOf(store, Math.max(size, 1024));
      line = store;
    }
    System.arraycopy(from, start, store, length, count);
    length += count;
  }

  /**
   * Returns the buffer holding the current line; valid until the next call of {@link #next()}.
   *
   * @return the buffer; bytes {@link #offset()} to {@code offset() + length()} are the line
   */
  public byte[] buffer() {
    return line;
  }

  /**
   * Tells whether the current line lies in the input as read, followed there by the bytes read
   * after it up to {@link #inputEnd()}; {@code false} for a line copied together from two reads.
   *
   * @return {@code true} when {@link #buffer()} is the input
   */
  public boolean inInput() {
    return line == input;
  }

  /**
   * Returns the end of the bytes read into the input so far; they stay there until {@link #fills()}
   * changes.
   *
   * @return the end (exclusive) in {@link #buffer()} when {@link #inInput()}
   */
  public int inputEnd() {
    return limit;
  }

  /**
   * Returns how many times the input was read anew into its buffer, over bytes read before.
   *
   * @return the count; the same for the whole of an array
   */
  public long fills() {
    return fills;
  }

  /**
   * Returns where the current line starts in {@link #buffer()}.
   *
   * @return the offset of the line's first byte
   */
  public int offset() {
    return offset;
  }

  /**
   * Returns the length of the current line in bytes, without the line end.
   *
   * @return the number of bytes; 0 for an over-long line
   */
  public int length() {
    return length;
  }

  /**
   * Tells whether the current line is longer than the maximum (its bytes are then not kept).
   *
   * @return {@code true} for an over-long line
   */
  public boolean overLong() {
    if (!overLong && !counted && length > maxLineLength) {
      counted = true;
      int end = offset + length;
      int characters =
          Utf8.check(line, offset, end) >= 0
              ? Utf8.decode(line, offset, end).length
              : Utf8.characters(line, offset, end);
      if (characters > maxLineLength) {
        overLong = true;
        length = 0;
      }
    }
    return overLong;
  }

  /**
   * Returns the 1-based number of the current line.
   *
   * @return the line number
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Tells whether the current line holds only spaces and tabs.
   *
   * @return {@code true} for an empty or blank line
   */
  public boolean blank() {
    if (overLong) {
      return false;
    }
    byte[] b = line;
    for (int i = offset, end = offset + length; i < end; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }
}
