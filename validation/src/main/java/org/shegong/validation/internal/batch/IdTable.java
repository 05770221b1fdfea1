package org.shegong.validation.internal.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of texts (ids, citizen ID numbers), each with an {@code int} value, that verifies every
 * hash match against the full text: a collision, crafted or not, never makes two texts one.
 *
 * <p>Open addressing with linear probing in one {@code long[]}: per slot the upper 32 bits of the
 * hash and a reference to the entry in a byte arena, where the text is kept compactly (one byte a
 * character when every character is Latin-1, else two) followed by its value. About 12 bytes of
 * table and the text's length plus 5 bytes of arena per entry, at a load factor of at most 0.75.
 * {@link #bytes()} is what the batch counts against its memory budget.
 *
 * @since 0.1.0
 */
public final class IdTable {

  /** Bytes per arena chunk; an entry never spans two chunks. */
  private static final int CHUNK = 1 << 16;

  private static final int VALUE_BYTES = 4;

  /** The entries of each slot, 0 for an empty slot: (hash fragment << 32) | (ref + 1). */
  private long[] slots = new long[16];

  private int mask = 15;
  private int size;
  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] chunk = new byte[0];
  private int chunkIndex = -1;
  private int used = CHUNK;
  private long arenaBytes;
  private final Hashing.Function hashing;

  /**
   * Creates an empty table.
   *
   * @param hashing the hash of the texts; not null
   */
  public IdTable(Hashing.Function hashing) {
    this.hashing = hashing;
  }

  /**
   * Adds a text with a value unless it is present.
   *
   * @param text the text; not null
   * @param value the value to store with a new text
   * @return the stored value when the text was present (and nothing changed); else {@code absent}
   * @param absent returned for a new text
   */
  public int putIfAbsent(CharSequence text, int value, int absent) {
    long hash = hashing.hash(text);
    int fragment = fragment(hash);
    int i = fragment & mask;
    long slot;
    while ((slot = slots[i]) != 0) {
      if ((int) (slot >>> 32) == fragment) {
        int ref = (int) slot - 1;
        if (matches(ref, text)) {
          return valueAt(ref);
        }
      }
      i = (i + 1) & mask;
    }
    int ref = append(text, value);
    slots[i] = ((long) fragment << 32) | ((ref + 1) & 0xffffffffL);
    if (++size > (slots.length >> 2) * 3) {
      grow();
    }
    return absent;
  }

  /**
   * Returns the value of a text.
   *
   * @param text the text; not null
   * @param absent the value to return when the text is not present
   * @return the value stored with the text, or {@code absent}
   */
  public int get(CharSequence text, int absent) {
    int ref = find(text);
    return ref < 0 ? absent : valueAt(ref);
  }

  /**
   * Tells whether the table holds a text.
   *
   * @param text the text; not null
   * @return {@code true} when present
   */
  public boolean contains(CharSequence text) {
    return find(text) >= 0;
  }

  /**
   * Returns the number of texts.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the memory the table holds, in bytes: its slots and its arena.
   *
   * @return the bytes
   */
  public long bytes() {
    return (long) slots.length * Long.BYTES + arenaBytes;
  }

  /**
   * Receives the entries of a table.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface EntryConsumer {

    /**
     * Receives one entry.
     *
     * @param text the text; not null
     * @param value its value
     */
    void accept(String text, int value);
  }

  /**
   * Lists every entry, in no particular order.
   *
   * @param consumer receives each entry; not null
   */
  public void forEach(EntryConsumer consumer) {
    for (long slot : slots) {
      if (slot != 0) {
        int ref = (int) slot - 1;
        consumer.accept(textAt(ref), valueAt(ref));
      }
    }
  }

  private int find(CharSequence text) {
    int fragment = fragment(hashing.hash(text));
    int i = fragment & mask;
    long slot;
    while ((slot = slots[i]) != 0) {
      if ((int) (slot >>> 32) == fragment && matches((int) slot - 1, text)) {
        return (int) slot - 1;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private static int fragment(long hash) {
    return (int) (hash ^ (hash >>> 32));
  }

  private static boolean latin1(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0xff) {
        return false;
      }
    }
    return true;
  }

  /** Appends an entry: a varint header (length << 1 | wide), the characters, the value. */
  private int append(CharSequence text, int value) {
    boolean wide = !latin1(text);
    int length = text.length();
    long header = ((long) length << 1) | (wide ? 1 : 0);
    int needed = varintSize(header) + (wide ? 2 * length : length) + VALUE_BYTES;
    if (used + needed > chunk.length) {
      chunk = new byte[Math.max(CHUNK, needed)];
      chunks.add(chunk);
      chunkIndex++;
      used = 0;
      arenaBytes += chunk.length;
      if (chunkIndex >= 1 << 15) {
        throw new IllegalStateException("an id table holds at most 2 GiB of texts");
      }
    }
    int ref = (chunkIndex << 16) | used;
    byte[] c = chunk;
    int p = used;
    long h = header;
    while (h >= 0x80) {
      c[p++] = (byte) (h | 0x80);
      h >>>= 7;
    }
    c[p++] = (byte) h;
    if (wide) {
      for (int i = 0; i < length; i++) {
        char ch = text.charAt(i);
        c[p++] = (byte) (ch >>> 8);
        c[p++] = (byte) ch;
      }
    } else {
      for (int i = 0; i < length; i++) {
        c[p++] = (byte) text.charAt(i);
      }
    }
    c[p++] = (byte) (value >>> 24);
    c[p++] = (byte) (value >>> 16);
    c[p++] = (byte) (value >>> 8);
    c[p++] = (byte) value;
    used = p;
    return ref;
  }

  private static int varintSize(long value) {
    int size = 1;
    while (value >= 0x80) {
      value >>>= 7;
      size++;
    }
    return size;
  }

  private boolean matches(int ref, CharSequence text) {
    byte[] c = chunks.get(ref >>> 16);
    int p = ref & 0xffff;
    long header = 0;
    int shift = 0;
    byte b;
    do {
      b = c[p++];
      header |= (long) (b & 0x7f) << shift;
      shift += 7;
    } while (b < 0);
    int length = (int) (header >>> 1);
    if (length != text.length()) {
      return false;
    }
    if ((header & 1) != 0) {
      for (int i = 0; i < length; i++, p += 2) {
        if ((char) (((c[p] & 0xff) << 8) | (c[p + 1] & 0xff)) != text.charAt(i)) {
          return false;
        }
      }
    } else {
      for (int i = 0; i < length; i++) {
        if ((char) (c[p++] & 0xff) != text.charAt(i)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The offset of an entry's value: after its header and characters. */
  private int valueOffset(byte[] c, int p) {
    long header = 0;
    int shift = 0;
    byte b;
    do {
      b = c[p++];
      header |= (long) (b & 0x7f) << shift;
      shift += 7;
    } while (b < 0);
    int length = (int) (header >>> 1);
    return p + ((header & 1) != 0 ? 2 * length : length);
  }

  private int valueAt(int ref) {
    byte[] c = chunks.get(ref >>> 16);
    int p = valueOffset(c, ref & 0xffff);
    return ((c[p] & 0xff) << 24)
        | ((c[p + 1] & 0xff) << 16)
        | ((c[p + 2] & 0xff) << 8)
        | (c[p + 3] & 0xff);
  }

  private String textAt(int ref) {
    byte[] c = chunks.get(ref >>> 16);
    int p = ref & 0xffff;
    long header = 0;
    int shift = 0;
    byte b;
    do {
      b = c[p++];
      header |= (long) (b & 0x7f) << shift;
      shift += 7;
    } while (b < 0);
    int length = (int) (header >>> 1);
    char[] chars = new char[length];
    if ((header & 1) != 0) {
      for (int i = 0; i < length; i++, p += 2) {
        chars[i] = (char) (((c[p] & 0xff) << 8) | (c[p + 1] & 0xff));
      }
    } else {
      for (int i = 0; i < length; i++) {
        chars[i] = (char) (c[p++] & 0xff);
      }
    }
    return new String(chars);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = slots.length - 1;
    for (long slot : old) {
      if (slot != 0) {
        int i = (int) (slot >>> 32) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = slot;
      }
    }
  }
}
