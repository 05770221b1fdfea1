package org.shegong.core.internal.division;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits one line of the division table's CSV layout into fields, working on UTF-8 bytes.
 *
 * <p>The layout is RFC 4180 restricted to one line per row: comma-separated fields, a field that
 * starts with a double quote runs to the matching closing quote, and {@code ""} inside a quoted
 * field is one quote. A quote inside an unquoted field, text after a closing quote, or a quote that
 * is not closed on the same line make the row malformed. Core has no runtime dependencies, so this
 * small parser replaces a CSV library.
 *
 * <p>Working on bytes lets the table reader parse codes without decoding them and decode all names
 * of a file at once: in UTF-8, the bytes of {@code ,} and {@code "} never occur inside a multi-byte
 * character. An instance holds the field ranges of the last line split; it is not thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvRow {

  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private boolean[] escaped = new boolean[8];
  private int count;

  /** Creates a splitter with room for a few fields; it grows as needed. */
  public CsvRow() {}

  /**
   * Splits a line into its fields.
   *
   * @param line the line without its line terminator; not null
   * @return the fields, in order, unquoted; never null, at least one field
   * @throws IllegalArgumentException with a description of the problem when the line is malformed
   */
  public static List<String> split(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    CsvRow row = new CsvRow();
    row.split(bytes, 0, bytes.length);
    List<String> fields = new ArrayList<>(row.count);
    for (int i = 0; i < row.count; i++) {
      fields.add(row.text(bytes, i));
    }
    return fields;
  }

  /**
   * Splits the bytes {@code from} (inclusive) to {@code to} (exclusive) into fields, replacing the
   * ranges of the previous line.
   *
   * @param bytes the buffer; not null
   * @param from the first byte of the line
   * @param to the end of the line, without its terminator
   * @throws IllegalArgumentException with a description of the problem when the line is malformed
   */
  public void split(byte[] bytes, int from, int to) {
    count = 0;
    int position = from;
    while (true) {
      if (position < to && bytes[position] == '"') {
        int i = position + 1;
        boolean hasEscapes = false;
        while (true) {
          if (i >= to) {
            throw new IllegalArgumentException(
                "quoted field " + (count + 1) + " is not closed on this line");
          }
          if (bytes[i] == '"') {
            if (i + 1 < to && bytes[i + 1] == '"') {
              hasEscapes = true;
              i += 2;
              continue;
            }
            break;
          }
          i++;
        }
        add(position + 1, i, hasEscapes);
        i++;
        if (i == to) {
          return;
        }
        if (bytes[i] != ',') {
          throw new IllegalArgumentException("text after the closing quote of field " + count);
        }
        position = i + 1;
      } else {
        int i = position;
        while (i < to && bytes[i] != ',') {
          if (bytes[i] == '"') {
            throw new IllegalArgumentException("quote inside unquoted field " + (count + 1));
          }
          i++;
        }
        add(position, i, false);
        if (i == to) {
          return;
        }
        position = i + 1;
      }
    }
  }

  private void add(int start, int end, boolean hasEscapes) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      escaped = Arrays.copyOf(escaped, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    escaped[count] = hasEscapes;
    count++;
  }

  /**
   * Returns the number of fields of the last line split.
   *
   * @return the count, at least 1
   */
  public int count() {
    return count;
  }

  /**
   * Returns the first byte of a field's content (inside the quotes for a quoted field).
   *
   * @param field the field index
   * @return the offset in the buffer
   */
  public int start(int field) {
    return starts[field];
  }

  /**
   * Returns the end (exclusive) of a field's content.
   *
   * @param field the field index
   * @return the offset in the buffer
   */
  public int end(int field) {
    return ends[field];
  }

  /**
   * Tells whether a quoted field contains {@code ""} escapes, so its bytes are not its value.
   *
   * @param field the field index
   * @return {@code true} when the content must be unescaped
   */
  public boolean escaped(int field) {
    return escaped[field];
  }

  /**
   * Appends a field's value, unescaped, to a byte sink.
   *
   * @param bytes the buffer the line was split from; not null
   * @param field the field index
   * @param sink where to append; not null
   */
  public void appendValue(byte[] bytes, int field, ByteSink sink) {
    if (!escaped[field]) {
      sink.append(bytes, starts[field], ends[field]);
      return;
    }
    for (int i = starts[field]; i < ends[field]; i++) {
      sink.append(bytes[i]);
      if (bytes[i] == '"') {
        i++;
      }
    }
  }

  /**
   * Decodes a field's value, for headers and messages.
   *
   * @param bytes the buffer the line was split from; not null
   * @param field the field index
   * @return the value, unescaped; never null
   */
  public String text(byte[] bytes, int field) {
    ByteSink sink = new ByteSink(ends[field] - starts[field]);
    appendValue(bytes, field, sink);
    return sink.decode(0, sink.size());
  }

  /**
   * A growable byte array.
   *
   * @since 0.1.0
   */
  public static final class ByteSink {
    private byte[] bytes;
    private int size;

    /**
     * Creates a sink.
     *
     * @param capacity the initial capacity in bytes
     */
    public ByteSink(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    /**
     * Appends one byte.
     *
     * @param b the byte
     */
    public void append(byte b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = b;
    }

    /**
     * Appends a range of bytes.
     *
     * @param source the bytes; not null
     * @param from the first byte
     * @param to the end, exclusive
     */
    public void append(byte[] source, int from, int to) {
      int length = to - from;
      if (size + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size * 2, size + length));
      }
      System.arraycopy(source, from, bytes, size, length);
      size += length;
    }

    /**
     * Returns the number of bytes appended.
     *
     * @return the size
     */
    public int size() {
      return size;
    }

    /**
     * Decodes a range of the appended bytes as UTF-8.
     *
     * @param from the first byte
     * @param to the end, exclusive
     * @return the text; malformed UTF-8 becomes U+FFFD
     */
    public String decode(int from, int to) {
      return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
  }
}
