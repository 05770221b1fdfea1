package org.shegong.validation.internal.batch;

/**
 * 64-bit hashes of ids and citizen ID numbers for the batch rules.
 *
 * <p>FNV-1a over the UTF-16 code units, finished with the MurmurHash3 64-bit mixer so that all bits
 * depend on all input. Batches remember hashes, not strings, to keep memory per record small. Two
 * different values with the same hash would be taken for duplicates (a false SG-BAT-001 or
 * SG-BAT-003, or a reference wrongly taken as resolved): for n values the probability is about
 * n²/2<sup>65</sup>, 2.7 × 10<sup>-8</sup> for a million ids — negligible next to any other source
 * of error, for data that is not crafted to collide.
 *
 * @since 0.1.0
 */
public final class Hashing {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  /**
   * Returns the 64-bit hash of a text.
   *
   * @param text the text; not null
   * @return the hash, never 0 (0 marks an empty slot in the hash tables)
   */
  public static long hash(CharSequence text) {
    long h = FNV_OFFSET;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= FNV_PRIME;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
