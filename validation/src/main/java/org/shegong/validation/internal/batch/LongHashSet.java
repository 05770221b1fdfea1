package org.shegong.validation.internal.batch;

/**
 * A set of non-zero {@code long} values: open addressing with linear probing in one {@code long[]}.
 *
 * <p>Written here rather than taken from a primitive-collections library because the batch rules
 * need exactly two small structures (this set and {@link LongIntHashMap}) and the module should not
 * pull a large dependency for them. A boxed {@code HashSet<Long>} would cost about 50 bytes per
 * entry; this set costs 8 bytes per slot at a load factor of at most 0.75, about 16 MB for a
 * million ids.
 *
 * @since 0.1.0
 */
public final class LongHashSet {

  private long[] slots;
  private int size;
  private int mask;

  /** Creates an empty set. */
  public LongHashSet() {
    slots = new long[16];
    mask = 15;
  }

  /**
   * Adds a value.
   *
   * @param value a non-zero value
   * @return {@code true} when the value was not in the set
   */
  public boolean add(long value) {
    int i = index(value, mask);
    while (slots[i] != 0) {
      if (slots[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = value;
    if (++size > (slots.length >> 2) * 3) {
      grow();
    }
    return true;
  }

  /**
   * Tells whether the set holds a value.
   *
   * @param value a non-zero value
   * @return {@code true} when present
   */
  public boolean contains(long value) {
    int i = index(value, mask);
    while (slots[i] != 0) {
      if (slots[i] == value) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /**
   * Returns the number of values.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  static int index(long value, int mask) {
    return (int) (value ^ (value >>> 32)) & mask;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = slots.length - 1;
    for (long value : old) {
      if (value != 0) {
        int i = index(value, mask);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = value;
      }
    }
  }
}
