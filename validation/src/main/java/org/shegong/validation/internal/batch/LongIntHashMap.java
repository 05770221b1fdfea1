package org.shegong.validation.internal.batch;

/**
 * A map from non-zero {@code long} keys to {@code int} values: open addressing with linear probing
 * in a {@code long[]} and an {@code int[]}, 12 bytes per slot at a load factor of at most 0.75.
 *
 * <p>See {@link LongHashSet} for why the module has its own.
 *
 * @since 0.1.0
 */
public final class LongIntHashMap {

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  /** Creates an empty map. */
  public LongIntHashMap() {
    keys = new long[16];
    values = new int[16];
    mask = 15;
  }

  /**
   * Puts a value unless the key is present.
   *
   * @param key a non-zero key
   * @param value the value to store
   * @param absent the value to return for a new key
   * @return the value already stored for the key, or {@code absent} when the key was new (and
   *     {@code value} is now stored)
   */
  public int putIfAbsent(long key, int value, int absent) {
    int i = LongHashSet.index(key, mask);
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    if (++size > (keys.length >> 2) * 3) {
      grow();
    }
    return absent;
  }

  /**
   * Returns the value of a key.
   *
   * @param key a non-zero key
   * @param absent the value to return when the key is not present
   * @return the value stored for the key, or {@code absent}
   */
  public int get(long key, int absent) {
    int i = LongHashSet.index(key, mask);
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return absent;
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = LongHashSet.index(oldKeys[j], mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
