package org.shegong.serialization.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines from a {@link Reader} with a maximum line length, reusing one buffer.
 *
 * <p>Jackson has no line-limited reader for newline-delimited JSON: its {@code MappingIterator}
 * reads a stream of root values, so a syntax error in one record leaves it unable to resume at the
 * next line, and a single huge line is buffered whole. This reader splits on {@code \n} (dropping a
 * {@code \r} before it), keeps at most the limit of characters of a line, skips the rest of an
 * over-long line without storing it, and skips a UTF-8 byte order mark at the start. Memory is
 * bounded by the limit whatever the size of the input. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class LineReader {

  private static final char BOM = '\uFEFF';

  private final Reader in;
  private final int maxLineLength;
  private final char[] input = new char[16 * 1024];
  private int position;
  private int limit;
  private char[] line = new char[1024];
  private int length;
  private boolean overLong;
  private long lineNumber;
  private boolean started;
  private boolean ended;

  /**
   * Creates a line reader.
   *
   * @param in the characters; not null
   * @param maxLineLength the longest line kept, in characters
   */
  public LineReader(Reader in, int maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
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
    overLong = false;
    boolean any = false;
    while (true) {
      if (position >= limit && !fill()) {
        ended = true;
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int start = position;
      int newline = -1;
      for (int i = start; i < limit; i++) {
        if (input[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      append(start, end);
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    if (!overLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    lineNumber++;
    return true;
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(input, 0, input.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    if (!started) {
      started = true;
      if (input[0] == BOM) {
        position = 1;
      }
    }
    return true;
  }

  private void append(int from, int to) {
    if (overLong) {
      return;
    }
    int count = to - from;
    // one extra character for a '\r' that may end a line of exactly the maximum length
    if (length + count > maxLineLength + 1) {
      overLong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) {
      int size = Math.max(line.length * 2, length + count);
      char[] bigger = new char[Math.min(size, maxLineLength + 1)];
      System.arraycopy(line, 0, bigger, 0, length);
      line = bigger;
    }
    System.arraycopy(input, from, line, length, count);
    length += count;
  }

  /**
   * Returns the buffer holding the current line; valid until the next call of {@link #next()}.
   *
   * @return the buffer; characters {@code 0} to {@link #length()} are the line
   */
  public char[] buffer() {
    return line;
  }

  /**
   * Returns the length of the current line, without the line end.
   *
   * @return the number of characters; 0 for an over-long line
   */
  public int length() {
    return length;
  }

  /**
   * Tells whether the current line was longer than the maximum (its characters were skipped).
   *
   * @return {@code true} for an over-long line
   */
  public boolean overLong() {
    if (!overLong && length > maxLineLength) {
      overLong = true;
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
   * Tells whether the current line holds only white space.
   *
   * @return {@code true} for an empty or blank line
   */
  public boolean blank() {
    for (int i = 0; i < length; i++) {
      char c = line[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return !overLong;
  }
}
