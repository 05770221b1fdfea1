package org.shegong.serialization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 as the exchange format reads it: a strict check of a line's bytes (RFC 3629: no overlong
 * forms, no encoded surrogates, nothing above U+10FFFF), character counts and columns computed from
 * bytes, and characters turned into bytes for readers of text.
 *
 * @since 0.1.0
 */
public final class Utf8 {

  /** What {@link #check} returns for a line of ASCII bytes only. */
  public static final int ASCII = -1;

  /** What {@link #check} returns for well-formed UTF-8 with bytes beyond ASCII. */
  public static final int VALID = -2;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CRS = 0x0D0D0D0D0D0D0D0DL;

  private Utf8() {}

  /**
   * Checks bytes for well-formed UTF-8.
   *
   * @param b the bytes; not null
   * @param from the first byte
   * @param to the end (exclusive)
   * @return {@link #ASCII}, {@link #VALID}, or the offset (from {@code from}) of the first byte of
   *     the first malformed sequence
   */
  public static int check(byte[] b, int from, int to) {
    int i = skipAscii(b, from, to);
    if (i == to) {
      return ASCII;
    }
    while (i < to) {
      int c = b[i];
      if (c >= 0) {
        i = skipAscii(b, i + 1, to);
      } else if ((c & 0xF0) == 0xE0) {
        // three bytes: most of Chinese text
        if (i + 2 >= to) {
          return i - from;
        }
        int c1 = b[i + 1];
        if ((c1 & 0xC0) != 0x80
            || (b[i + 2] & 0xC0) != 0x80
            || (c == (byte) 0xE0 && (c1 & 0xFF) < 0xA0) // overlong
            || (c == (byte) 0xED && (c1 & 0xFF) >= 0xA0)) { // a surrogate
          return i - from;
        }
        i += 3;
      } else if ((c & 0xE0) == 0xC0) {
        if ((c & 0xFF) < 0xC2 || i + 1 >= to || (b[i + 1] & 0xC0) != 0x80) {
          return i - from; // C0 and C1 only start overlong forms
        }
        i += 2;
      } else if ((c & 0xF8) == 0xF0) {
        if (i + 3 >= to) {
          return i - from;
        }
        int c1 = b[i + 1];
        if ((c1 & 0xC0) != 0x80
            || (b[i + 2] & 0xC0) != 0x80
            || (b[i + 3] & 0xC0) != 0x80
            || (c == (byte) 0xF0 && (c1 & 0xFF) < 0x90) // overlong
            || ((c & 0xFF) > 0xF4 || (c == (byte) 0xF4 && (c1 & 0xFF) >= 0x90))) { // > U+10FFFF
          return i - from;
        }
        i += 4;
      } else {
        return i - from; // a continuation byte without its lead, or F8 to FF
      }
    }
    return VALID;
  }

  /**
   * Returns the index of the first LF or CR byte from {@code i} on, or {@code to}: eight bytes at a
   * time.
   *
   * @param b the bytes; not null
   * @param i the first byte
   * @param to the end (exclusive)
   * @return the index of the line end, or {@code to}
   */
  public static int lineEnd(byte[] b, int i, int to) {
    int last = to - Long.BYTES;
    while (i <= last) {
      long v = (long) LONGS.get(b, i);
      long lf = v ^ LFS;
      long cr = v ^ CRS;
      if (((((lf - ONES) & ~lf) | ((cr - ONES) & ~cr)) & HIGH_BITS) != 0) {
        break;
      }
      i += Long.BYTES;
    }
    while (i < to && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  /** Returns the index of the first byte from {@code i} on that is not ASCII, or {@code to}. */
  private static int skipAscii(byte[] b, int i, int to) {
    int last = to - Long.BYTES;
    while (i <= last && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
      i += Long.BYTES;
    }
    while (i < to && b[i] >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Counts the malformed sequences in bytes, each as {@link String} decoding would replace it.
   *
   * @param b the bytes; not null
   * @param from the first byte
   * @param to the end (exclusive)
   * @return the number of malformed sequences
   */
  public static int countMalformed(byte[] b, int from, int to) {
    int count = 0;
    int i = from;
    while (i < to) {
      int bad = check(b, i, to);
      if (bad < 0) {
        break;
      }
      count++;
      i += bad + 1;
      // the rest of the sequence that went wrong is part of the same malformed sequence
      while (i < to && (b[i] & 0xC0) == 0x80) {
        i++;
      }
    }
    return count;
  }

  /**
   * Returns the number of UTF-16 characters that well-formed UTF-8 bytes decode to.
   *
   * @param b the bytes; not null
   * @param from the first byte
   * @param to the end (exclusive)
   * @return the number of characters
   */
  public static int characters(byte[] b, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      int c = b[i];
      if (c >= 0) {
        count++;
      } else if ((c & 0xC0) != 0x80) {
        // a lead byte: one character, two for a four-byte sequence (a surrogate pair)
        count += (c & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    return count;
  }

  /**
   * Turns a 1-based column counted in bytes of a well-formed UTF-8 line into a column counted in
   * characters, as a reader of the decoded text counts it.
   *
   * @param b the bytes; not null
   * @param from the line's first byte
   * @param to the line's end (exclusive)
   * @param byteColumn the 1-based column in bytes; 0 for unknown
   * @return the 1-based column in characters; 0 for unknown
   */
  public static long column(byte[] b, int from, int to, long byteColumn) {
    if (byteColumn <= 0) {
      return byteColumn;
    }
    long end = Math.min(to, from + byteColumn - 1);
    return characters(b, from, (int) end) + 1L + Math.max(0, from + byteColumn - 1 - to);
  }

  /**
   * Decodes bytes, each malformed sequence replaced by U+FFFD.
   *
   * @param b the bytes; not null
   * @param from the first byte
   * @param to the end (exclusive)
   * @return the characters, never null
   */
  public static char[] decode(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8).toCharArray();
  }

  /**
   * Returns the UTF-8 bytes of a reader's characters, as a stream; a surrogate without its pair is
   * written as the three bytes that encode it, which {@link #check} then finds malformed, so a
   * reader of text reports it as a reader of bytes does. Closing the stream closes the reader.
   *
   * @param in the characters; not null
   * @return the bytes, never null
   */
  public static InputStream encoding(Reader in) {
    return new EncodingStream(in);
  }

  /**
   * Encodes characters as UTF-8 while they are read.
   *
   * @since 0.1.0
   */
  private static final class EncodingStream extends InputStream {
    private final Reader in;
    private final char[] chars = new char[8192];
    private final byte[] bytes = new byte[8192 * 3 + 4];
    private int position;
    private int limit;
    private int pendingHigh = -1;
    private boolean eof;

    EncodingStream(Reader in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      if (position >= limit && !fill()) {
        return -1;
      }
      return bytes[position++] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (position >= limit && !fill()) {
        return -1;
      }
      int n = Math.min(length, limit - position);
      System.arraycopy(bytes, position, into, offset, n);
      position += n;
      return n;
    }

    private boolean fill() throws IOException {
      position = 0;
      limit = 0;
      while (limit == 0) {
        if (eof) {
          if (pendingHigh >= 0) {
            limit = put3(0, pendingHigh);
            pendingHigh = -1;
            return true;
          }
          return false;
        }
        int n = in.read(chars, 0, chars.length);
        if (n < 0) {
          eof = true;
          continue;
        }
        int out = 0;
        for (int i = 0; i < n; i++) {
          char c = chars[i];
          if (pendingHigh >= 0) {
            if (Character.isLowSurrogate(c)) {
              int cp = Character.toCodePoint((char) pendingHigh, c);
              pendingHigh = -1;
              bytes[out++] = (byte) (0xF0 | (cp >> 18));
              bytes[out++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
              bytes[out++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
              bytes[out++] = (byte) (0x80 | (cp & 0x3F));
              continue;
            }
            out = put3(out, pendingHigh);
            pendingHigh = -1;
          }
          if (c < 0x80) {
            bytes[out++] = (byte) c;
          } else if (c < 0x800) {
            bytes[out++] = (byte) (0xC0 | (c >> 6));
            bytes[out++] = (byte) (0x80 | (c & 0x3F));
          } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
          } else {
            out = put3(out, c);
          }
        }
        limit = out;
      }
      return true;
    }

    private int put3(int out, int c) {
      bytes[out] = (byte) (0xE0 | (c >> 12));
      bytes[out + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[out + 2] = (byte) (0x80 | (c & 0x3F));
      return out + 3;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
