package org.shegong.validation.internal.batch;

import java.util.Arrays;

/**
 * A growable byte buffer with the encodings of the spilled state: big-endian numbers (so that keys
 * compare as unsigned bytes in numeric order), varints and texts. Reused for each entry, so that
 * encoding allocates nothing once the buffer has grown to the largest entry.
 *
 * @since 0.1.0
 */
public final class Bytes {

  private byte[] data = new byte[64];
  private int length;

  /** Creates an empty buffer. */
  public Bytes() {}

  /**
   * Empties the buffer.
   *
   * @return this buffer
   */
  public Bytes clear() {
    length = 0;
    return this;
  }

  /**
   * Returns the bytes; only the first {@link #length()} are the content.
   *
   * @return the backing array, not a copy
   */
  public byte[] data() {
    return data;
  }

  /**
   * Returns the number of bytes written.
   *
   * @return the length
   */
  public int length() {
    return length;
  }

  private void ensure(int more) {
    if (length + more > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, length + more));
    }
  }

  /**
   * Appends one byte.
   *
   * @param value the byte, its low 8 bits
   * @return this buffer
   */
  public Bytes put(int value) {
    ensure(1);
    data[length++] = (byte) value;
    return this;
  }

  /**
   * Appends bytes.
   *
   * @param bytes the array; not null
   * @param offset where they start
   * @param count how many
   * @return this buffer
   */
  public Bytes put(byte[] bytes, int offset, int count) {
    ensure(count);
    System.arraycopy(bytes, offset, data, length, count);
    length += count;
    return this;
  }

  /**
   * Appends an {@code int}, big-endian.
   *
   * @param value the value
   * @return this buffer
   */
  public Bytes putInt(int value) {
    ensure(4);
    data[length++] = (byte) (value >>> 24);
    data[length++] = (byte) (value >>> 16);
    data[length++] = (byte) (value >>> 8);
    data[length++] = (byte) value;
    return this;
  }

  /**
   * Appends a {@code long}, big-endian.
   *
   * @param value the value
   * @return this buffer
   */
  public Bytes putLong(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      data[length++] = (byte) (value >>> shift);
    }
    return this;
  }

  /**
   * Appends an unsigned varint (7 bits a byte, low bits first).
   *
   * @param value the value, 0 or more
   * @return this buffer
   */
  public Bytes putVarint(long value) {
    ensure(10);
    while ((value & ~0x7fL) != 0) {
      data[length++] = (byte) (value | 0x80);
      value >>>= 7;
    }
    data[length++] = (byte) value;
    return this;
  }

  /**
   * Appends a text as its length in characters (a varint) and its UTF-16 code units in one to three
   * bytes each (a bijection, lone surrogates included): equal texts give equal bytes, and the
   * encoding is prefix-free, so that texts compare equal exactly when their bytes do.
   *
   * @param text the text; not null
   * @return this buffer
   */
  public Bytes putText(CharSequence text) {
    int n = text.length();
    putVarint(n);
    ensure(3 * n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        data[length++] = (byte) c;
      } else if (c < 0x800) {
        data[length++] = (byte) (0xc0 | (c >>> 6));
        data[length++] = (byte) (0x80 | (c & 0x3f));
      } else {
        data[length++] = (byte) (0xe0 | (c >>> 12));
        data[length++] = (byte) (0x80 | ((c >>> 6) & 0x3f));
        data[length++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return this;
  }

  /**
   * Appends a text so that its bytes compare as {@link String#compareTo} compares texts: each code
   * unit as two bytes, big-endian, then two zero bytes (a text must not hold U+0000: JSON Pointers
   * built from field names and indexes never do).
   *
   * @param text the text; not null
   * @return this buffer
   */
  public Bytes putOrderedText(CharSequence text) {
    int n = text.length();
    ensure(2 * n + 2);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new IllegalArgumentException("an ordered text holds no U+0000");
      }
      data[length++] = (byte) (c >>> 8);
      data[length++] = (byte) c;
    }
    data[length++] = 0;
    data[length++] = 0;
    return this;
  }

  /**
   * Reads what {@link Bytes} wrote, from an array.
   *
   * @since 0.1.0
   */
  public static final class Reader {

    private byte[] data = new byte[0];
    private int position;
    private int end;

    /** Creates a reader over nothing; {@link #reset} gives it bytes. */
    public Reader() {}

    /**
     * Reads from a range of an array.
     *
     * @param bytes the array; not null
     * @param offset the first byte
     * @param count the number of bytes
     * @return this reader
     */
    public Reader reset(byte[] bytes, int offset, int count) {
      data = bytes;
      position = offset;
      end = offset + count;
      return this;
    }

    /**
     * Returns the position of the next byte in the array.
     *
     * @return the position
     */
    public int position() {
      return position;
    }

    /**
     * Tells whether every byte was read.
     *
     * @return true at the end
     */
    public boolean atEnd() {
      return position >= end;
    }

    /**
     * Reads one unsigned byte.
     *
     * @return 0 to 255
     */
    public int get() {
      return data[position++] & 0xff;
    }

    /**
     * Reads a big-endian {@code int}.
     *
     * @return the value
     */
    public int getInt() {
      int value = 0;
      for (int i = 0; i < 4; i++) {
        value = (value << 8) | (data[position++] & 0xff);
      }
      return value;
    }

    /**
     * Reads a big-endian {@code long}.
     *
     * @return the value
     */
    public long getLong() {
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (data[position++] & 0xff);
      }
      return value;
    }

    /**
     * Reads an unsigned varint.
     *
     * @return the value
     */
    public long getVarint() {
      long value = 0;
      int shift = 0;
      byte b;
      do {
        b = data[position++];
        value |= (long) (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0);
      return value;
    }

    /**
     * Reads a text written by {@link Bytes#putText}.
     *
     * @return the text, never null
     */
    public String getText() {
      int n = (int) getVarint();
      char[] chars = new char[n];
      for (int i = 0; i < n; i++) {
        int b = data[position++] & 0xff;
        if (b < 0x80) {
          chars[i] = (char) b;
        } else if (b < 0xe0) {
          chars[i] = (char) (((b & 0x1f) << 6) | (data[position++] & 0x3f));
        } else {
          int b2 = data[position++] & 0x3f;
          chars[i] = (char) (((b & 0x0f) << 12) | (b2 << 6) | (data[position++] & 0x3f));
        }
      }
      return new String(chars);
    }

    /** Skips a text written by {@link Bytes#putText}. */
    public void skipText() {
      int n = (int) getVarint();
      for (int i = 0; i < n; i++) {
        int b = data[position++] & 0xff;
        position += b < 0x80 ? 0 : b < 0xe0 ? 1 : 2;
      }
    }

    /**
     * Reads a text written by {@link Bytes#putOrderedText}.
     *
     * @return the text, never null
     */
    public String getOrderedText() {
      StringBuilder text = new StringBuilder();
      while (true) {
        char c = (char) (((data[position] & 0xff) << 8) | (data[position + 1] & 0xff));
        position += 2;
        if (c == 0) {
          return text.toString();
        }
        text.append(c);
      }
    }
  }
}
