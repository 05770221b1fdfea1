package org.shegong.validation.internal.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A set of texts (ids, citizen ID numbers), each with an {@code int} value, that compares the full
 * text whenever hashes lead to an entry: a collision, crafted or not, never makes two texts one.
 *
 * <p>Open addressing with linear probing; a slot is three {@code long}s side by side: two for the
 * text and a third holding the hash fragment and the {@code int} value. A text of at most {@value
 * #INLINE} Latin-1 characters (the ids of the exchange format), or of at most {@value
 * #INLINE_DIGITS} digits and {@code X} (citizen ID numbers), is kept in the slot itself, its length
 * and characters packed into the two {@code long}s, so that finding it is one memory access and
 * comparing it two comparisons. A longer or wider text is kept in a byte arena (two bytes a
 * character); its slot holds the upper bits of its hash and its place in the arena. About 24 bytes
 * a slot at a load factor of at most 0.75, plus the arena for long texts; {@link #bytes()} is what
 * the batch counts against its memory budget.
 *
 * <p>Numbered ids. With the keyed hash, a table first offers each text to its index of numbered ids
 * ({@link DenseIds}): a prefix and a fixed-width number ({@code C-000001}) is held there by its
 * number, about 4 bytes an id in pages of 1,024, instead of a slot of this table. A million-record
 * exchange file's ids then take a few MB, not about 110 MB of slots (and their copies by the
 * collector, as each doubling was promoted); lookups of neighbouring ids read the same page. The
 * index is bounded (runs, and pages only while they are dense enough) and closes for good when a
 * text would go beyond its bounds: texts it does not hold go to this table, as do all other texts
 * (citizen IDs, ids without a trailing number), and each text is held in one place only.
 *
 * <p>Ids in sequence. Exchange files number their ids ({@code C-000001}, {@code C-000002}, …), and
 * a keyed hash scatters such neighbours over the whole table, so that every insertion and most
 * lookups of a million-record file missed the processor's caches (two fifths of the batch rules'
 * time). With the keyed hash, a table therefore starts out placing a text that ends in a number of
 * at most {@value #SEQUENCE_DIGITS} digits after a prefix by the keyed hash of the prefix plus the
 * number: the ids of one prefix take consecutive slots, neighbours share cache lines, and the
 * prefix's place is still unpredictable. Texts of other shapes (no trailing number, digits only,
 * citizen IDs, longer than {@value #SEQUENCE_LENGTH} characters) keep the keyed hash of their whole
 * text. Numbers far apart, or several prefixes whose runs of slots meet, make probes long; every
 * probe beyond {@value #FREE_PROBES} counts against a budget of four probes per entry, and a table
 * that exhausts it goes over to the keyed hash of the whole text for good (one rehash). Crafted ids
 * thus cost at most {@value #FREE_PROBES} probes a lookup, four an entry and one rehash, and never
 * change the table's answers.
 *
 * @since 0.1.0
 */
public final class IdTable {

  /** The longest text kept in its slot, when it is Latin-1. */
  static final int INLINE = 15;

  /** The longest text kept in its slot, when it is made of digits and {@code X} (citizen IDs). */
  static final int INLINE_DIGITS = 30;

  /** The top byte of the first long of a slot packing digits, four bits each; | the length. */
  private static final int DIGITS = 0x40;

  /** Bytes per arena chunk; an entry never spans two chunks. */
  private static final int CHUNK = 1 << 16;

  /** The top byte of the first long of a slot whose text is in the arena. */
  private static final long ARENA = 0x80L << 56;

  /** The most trailing digits read as an id's number in sequence order. */
  static final int SEQUENCE_DIGITS = 9;

  /** The longest text placed in sequence order. */
  static final int SEQUENCE_LENGTH = 64;

  /** Probes of one lookup that are free; the rest count against the sequence order's budget. */
  static final int FREE_PROBES = 8;

  /**
   * Per slot, three longs side by side, so that finding a text and reading its value touch one
   * cache line: the text inline, or {@link #ARENA} | hash fragment and a reference; then the hash
   * fragment (upper 32 bits, to grow without hashing again) and the value.
   */
  private long[] slots = new long[3 * 16];

  private int mask = 15;
  private int size;
  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] chunk = new byte[0];
  private int chunkIndex = -1;
  private int used = CHUNK;
  private long arenaBytes;
  private final Hashing.Function hashing;

  /** Whether texts are placed in sequence order; false for good once its budget is spent. */
  private boolean sequential;

  /** Probes beyond the free ones while in sequence order. */
  private long excess;

  /** The fragment the text looked up last was found or would go by; set by {@link #locate}. */
  private int located;

  /** All probes so far: what the tests bound. */
  private long probes;

  /** The two longs of the text looked up last; set by {@link #pack}. */
  private long packedA;

  private long packedB;

  /**
   * A text packed in a slot, seen as characters without copying them (to rehash it).
   *
   * @since 0.1.0
   */
  private static final class Packed implements CharSequence {
    private long a;
    private long b;

    Packed of(long a, long b) {
      this.a = a;
      this.b = b;
      return this;
    }

    @Override
    public int length() {
      int top = (int) (a >>> 56);
      return (top & DIGITS) != 0 ? top & 0x3f : top - 1;
    }

    @Override
    public char charAt(int i) {
      if (((a >>> 56) & DIGITS) != 0) {
        int d = (int) ((i < 14 ? a >>> (52 - 4 * i) : b >>> (60 - 4 * (i - 14))) & 0xf);
        return d == 10 ? 'X' : (char) ('0' + d);
      }
      return (char) ((i < 7 ? a >>> (48 - 8 * i) : b >>> (56 - 8 * (i - 7))) & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
      char[] chars = new char[length()];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = charAt(i);
      }
      return new String(chars);
    }
  }

  /**
   * Creates an empty table.
   *
   * @param hashing the hash of the texts; not null
   */
  public IdTable(Hashing.Function hashing) {
    this(hashing, true);
  }

  /**
   * Creates an empty table, with or without the index of numbered ids ({@link DenseIds}); tests
   * leave the index out to see the hash table's own placement of such ids.
   */
  IdTable(Hashing.Function hashing, boolean numbered) {
    this.hashing = hashing;
    this.keyed = hashing instanceof Hashing.Keyed k ? k : null;
    this.sequential = keyed != null;
    this.numbered = numbered && keyed != null ? new DenseIds() : null;
  }

  /**
   * The ids that are a prefix and a fixed-width number, by number; the hash table holds the rest.
   * Only with the keyed hash: a table given another hash (the tests' colliding one) is all hash
   * table.
   */
  private final @Nullable DenseIds numbered;

  /** The keyed hash, computed in the pass that packs a text; null for another hash. */
  private final Hashing.@Nullable Keyed keyed;

  /**
   * Hashes a text and packs it ({@link #pack}) in one pass over its characters when the hash is the
   * keyed one; returns the hash.
   */
  private long hashAndPack(CharSequence text) {
    Hashing.Keyed k = keyed;
    int n = text.length();
    if (k != null && n > INLINE && n <= INLINE_DIGITS) {
      return hashAndPackDigits(k, text, n);
    }
    if (k == null || n > INLINE) {
      long h = hashing.hash(text);
      pack(text);
      return h;
    }
    long h = k.secret;
    long a = (long) (n + 1) << 56;
    long b = 0;
    boolean latin = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      h = Hashing.step(h, c);
      latin &= c <= 0xff;
      if (i < 7) {
        a |= (long) (c & 0xff) << (48 - 8 * i);
      } else {
        b |= (long) (c & 0xff) << (56 - 8 * (i - 7));
      }
    }
    packedA = latin ? a : 0;
    packedB = b;
    return Hashing.finish(h);
  }

  /** {@link #hashAndPack} of a text longer than {@link #INLINE}: a citizen ID number, say. */
  private long hashAndPackDigits(Hashing.Keyed k, CharSequence text, int n) {
    long h = k.secret;
    long a = (long) (DIGITS | n) << 56;
    long b = 0;
    boolean digits = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      h = Hashing.step(h, c);
      long d = digitCode(c);
      digits &= d >= 0;
      if (i < 14) {
        a |= (d & 0xf) << (52 - 4 * i);
      } else {
        b |= (d & 0xf) << (60 - 4 * (i - 14));
      }
    }
    packedA = digits ? a : 0;
    packedB = b;
    return Hashing.finish(h);
  }

  /**
   * Adds a text with a value unless it is present.
   *
   * @param text the text; not null
   * @param value the value to store with a new text
   * @param absent returned for a new text
   * @return the stored value when the text was present (and nothing changed); else {@code absent}
   */
  public int putIfAbsent(CharSequence text, int value, int absent) {
    DenseIds dense = numbered;
    if (dense != null) {
      int found = dense.find(text, true);
      if (found == DenseIds.PRESENT) {
        return dense.value;
      }
      if (found == DenseIds.ABSENT) {
        dense.store(value);
        return absent;
      }
    }
    int i = locate(text);
    int fragment = located;
    if (i >= 0) {
      return (int) slots[3 * i + 2];
    }
    i = ~i;
    if (packedA == 0) {
      int ref = append(text);
      slots[3 * i] = ARENA | (fragment & 0xffffffffL);
      slots[3 * i + 1] = ref;
    } else {
      slots[3 * i] = packedA;
      slots[3 * i + 1] = packedB;
    }
    slots[3 * i + 2] = ((long) fragment << 32) | (value & 0xffffffffL);
    if (++size > ((mask + 1) >> 2) * 3) {
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
    DenseIds dense = numbered;
    if (dense != null) {
      int found = dense.find(text, false);
      if (found != DenseIds.ELSEWHERE) {
        return found == DenseIds.PRESENT ? dense.value : absent;
      }
    }
    int i = locate(text);
    return i < 0 ? absent : (int) slots[3 * i + 2];
  }

  /**
   * Tells whether the table holds a text.
   *
   * @param text the text; not null
   * @return {@code true} when present
   */
  public boolean contains(CharSequence text) {
    DenseIds dense = numbered;
    if (dense != null) {
      int found = dense.find(text, false);
      if (found != DenseIds.ELSEWHERE) {
        return found == DenseIds.PRESENT;
      }
    }
    return locate(text) >= 0;
  }

  /**
   * Returns the number of texts.
   *
   * @return the size
   */
  public int size() {
    return numbered == null ? size : size + numbered.size();
  }

  /**
   * Returns the memory the table holds, in bytes: its slots, values and arena.
   *
   * @return the bytes
   */
  public long bytes() {
    long dense = numbered == null ? 0 : numbered.bytes();
    return (long) slots.length * Long.BYTES + arenaBytes + dense;
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
    if (numbered != null) {
      numbered.forEach(consumer);
    }
    for (int i = 0; i <= mask; i++) {
      long a = slots[3 * i];
      if (a != 0) {
        consumer.accept(textAt(a, slots[3 * i + 1]), (int) slots[3 * i + 2]);
      }
    }
  }

  /**
   * Tells whether texts are still placed in sequence order.
   *
   * @return {@code false} once the table went over to the keyed hash of whole texts
   */
  boolean sequential() {
    return sequential;
  }

  /**
   * Returns the slot of a text.
   *
   * @param text the text; not null
   * @return its slot, or {@code ~slot} of the empty slot where it would go
   */
  int slotOf(CharSequence text) {
    return locate(text);
  }

  /**
   * Tells whether the index of numbered ids closed (tests).
   *
   * @return true when it creates no page any more, or the table has none
   */
  boolean numberedClosed() {
    return numbered == null || numbered.closed();
  }

  /**
   * Returns the probes made so far.
   *
   * @return the probes
   */
  long probes() {
    return probes;
  }

  /**
   * Hashes, packs and finds a text: its slot, or {@code ~slot} of the empty slot where it would go;
   * {@link #located} is then the fragment it is placed by.
   */
  private int locate(CharSequence text) {
    long hash = hashAndPack(text);
    int fragment = sequential ? sequenceFragment(text, fragment(hash)) : fragment(hash);
    int i = find(text, fragment);
    if (sequential && excess > 4L * size + 4096) {
      toWholeTextHash();
      fragment = fragment(hash);
      i = find(text, fragment);
    }
    located = fragment;
    return i;
  }

  /**
   * The fragment of a text in sequence order: the keyed hash of its prefix plus its trailing
   * number; {@code whole}, the fragment of the whole text, for a text of another shape.
   */
  private int sequenceFragment(CharSequence text, int whole) {
    int n = text.length();
    if (n > SEQUENCE_LENGTH) {
      return whole;
    }
    long trailing = trailingNumber(text, SEQUENCE_DIGITS);
    int j = (int) (trailing >>> 32);
    int number = (int) trailing;
    if (j == n) {
      return whole;
    }
    long h = Objects.requireNonNull(keyed).secret;
    boolean digits = true;
    for (int i = 0; i < j; i++) {
      char c = text.charAt(i);
      h = Hashing.step(h, c);
      digits &= c >= '0' && c <= '9';
    }
    // a number of digits only (a citizen ID without its X, say) is not an id in sequence
    return digits ? whole : fragment(Hashing.finish(h)) + number;
  }

  /**
   * Reads the number a text ends in, of at most {@code maxDigits} digits (at most 9): where it
   * starts (the text's length when it ends in no digit) in the upper 32 bits, its value in the
   * lower.
   */
  static long trailingNumber(CharSequence text, int maxDigits) {
    int n = text.length();
    int j = n;
    int number = 0;
    int scale = 1;
    while (j > 0 && n - j < maxDigits) {
      char c = text.charAt(j - 1);
      if (c < '0' || c > '9') {
        break;
      }
      number += (c - '0') * scale;
      scale *= 10;
      j--;
    }
    return ((long) j << 32) | number;
  }

  /** Leaves the sequence order: every entry is placed again by the keyed hash of its text. */
  private void toWholeTextHash() {
    sequential = false;
    long[] old = slots;
    slots = new long[old.length];
    for (int j = 0; j <= mask; j++) {
      long a = old[3 * j];
      if (a == 0) {
        continue;
      }
      int fragment = fragment(hashing.hash(textAt(a, old[3 * j + 1])));
      if ((a & ARENA) != 0) {
        a = ARENA | (fragment & 0xffffffffL);
      }
      int i = fragment & mask;
      while (slots[3 * i] != 0) {
        i = (i + 1) & mask;
      }
      slots[3 * i] = a;
      slots[3 * i + 1] = old[3 * j + 1];
      slots[3 * i + 2] = ((long) fragment << 32) | (old[3 * j + 2] & 0xffffffffL);
    }
  }

  /**
   * Finds a text, packed by {@link #hashAndPack} just before, by its fragment: its slot, or {@code
   * ~slot} of the empty slot where it would go.
   */
  private int find(CharSequence text, int fragment) {
    long a = packedA;
    boolean inline = a != 0;
    long b = packedB;
    long arenaA = ARENA | (fragment & 0xffffffffL);
    int i = fragment & mask;
    int start = i;
    long slot;
    while ((slot = slots[3 * i]) != 0) {
      if (inline) {
        if (slot == a && slots[3 * i + 1] == b) {
          return probed(i, start, i);
        }
      } else if (slot == arenaA && matches((int) slots[3 * i + 1], text)) {
        return probed(i, start, i);
      }
      i = (i + 1) & mask;
    }
    return probed(i, start, ~i);
  }

  /** Counts the probes of a lookup that ended at slot {@code end}; returns {@code result}. */
  private int probed(int end, int start, int result) {
    int count = ((end - start) & mask) + 1;
    probes += count;
    if (count > FREE_PROBES && sequential) {
      excess += count - FREE_PROBES;
    }
    return result;
  }

  /**
   * Packs a short text into two longs: a Latin-1 one as its length + 1 in the top byte, then its
   * bytes; one of digits and {@code X} as {@link #DIGITS} | its length, then four bits a character.
   */
  private boolean pack(CharSequence text) {
    int n = text.length();
    if (n > INLINE) {
      return packDigits(text, n);
    }
    long a = (long) (n + 1) << 56;
    long b = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > 0xff) {
        packedA = 0;
        return false;
      }
      if (i < 7) {
        a |= (long) c << (48 - 8 * i);
      } else {
        b |= (long) c << (56 - 8 * (i - 7));
      }
    }
    packedA = a;
    packedB = b;
    return true;
  }

  private boolean packDigits(CharSequence text, int n) {
    if (n > INLINE_DIGITS) {
      packedA = 0;
      return false;
    }
    long a = (long) (DIGITS | n) << 56;
    long b = 0;
    for (int i = 0; i < n; i++) {
      long d = digitCode(text.charAt(i));
      if (d < 0) {
        packedA = 0;
        return false;
      }
      if (i < 14) {
        a |= d << (52 - 4 * i);
      } else {
        b |= d << (60 - 4 * (i - 14));
      }
    }
    packedA = a;
    packedB = b;
    return true;
  }

  /** The four bits a character of a packed citizen ID takes: 0–9, 10 for {@code X}; else -1. */
  private static long digitCode(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c == 'X' ? 10 : -1;
  }

  private static int fragment(long hash) {
    return (int) (hash ^ (hash >>> 32));
  }

  /** Appends a text to the arena: its length (an int), then two bytes a character. */
  private int append(CharSequence text) {
    int length = text.length();
    int needed = 4 + 2 * length;
    if (used + needed > chunk.length) {
      chunk = new byte[Math.max(CHUNK, needed)];
      chunks.add(chunk);
      chunkIndex++;
      used = 0;
      arenaBytes += chunk.length;
      if (chunkIndex >= 1 << 15) {
        throw new IllegalStateException("an id table holds at most 2 GiB of long texts");
      }
    }
    int ref = (chunkIndex << 16) | used;
    byte[] c = chunk;
    int p = used;
    c[p++] = (byte) (length >>> 24);
    c[p++] = (byte) (length >>> 16);
    c[p++] = (byte) (length >>> 8);
    c[p++] = (byte) length;
    for (int i = 0; i < length; i++) {
      char ch = text.charAt(i);
      c[p++] = (byte) (ch >>> 8);
      c[p++] = (byte) ch;
    }
    used = p;
    return ref;
  }

  private static int lengthAt(byte[] c, int p) {
    return ((c[p] & 0xff) << 24)
        | ((c[p + 1] & 0xff) << 16)
        | ((c[p + 2] & 0xff) << 8)
        | (c[p + 3] & 0xff);
  }

  private boolean matches(int ref, CharSequence text) {
    byte[] c = chunks.get(ref >>> 16);
    int p = ref & 0xffff;
    int length = lengthAt(c, p);
    if (length != text.length()) {
      return false;
    }
    p += 4;
    for (int i = 0; i < length; i++, p += 2) {
      if ((char) (((c[p] & 0xff) << 8) | (c[p + 1] & 0xff)) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private String textAt(long a, long b) {
    if ((a & ARENA) == 0) {
      return new Packed().of(a, b).toString();
    }
    int ref = (int) b;
    byte[] c = chunks.get(ref >>> 16);
    int p = ref & 0xffff;
    int length = lengthAt(c, p);
    p += 4;
    char[] chars = new char[length];
    for (int i = 0; i < length; i++, p += 2) {
      chars[i] = (char) (((c[p] & 0xff) << 8) | (c[p + 1] & 0xff));
    }
    return new String(chars);
  }

  private void grow() {
    long[] old = slots;
    int oldCount = mask + 1;
    slots = new long[old.length * 2];
    mask = 2 * oldCount - 1;
    for (int j = 0; j < oldCount; j++) {
      long a = old[3 * j];
      if (a == 0) {
        continue;
      }
      int i = (int) (old[3 * j + 2] >>> 32) & mask;
      while (slots[3 * i] != 0) {
        i = (i + 1) & mask;
      }
      slots[3 * i] = a;
      slots[3 * i + 1] = old[3 * j + 1];
      slots[3 * i + 2] = old[3 * j + 2];
    }
  }
}
