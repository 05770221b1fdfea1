package org.shegong.testing.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Gives each generated child a distinct (birth date, sequence pair) so that no two children of a
 * sample share a citizen ID (一人一档), without remembering the IDs handed out.
 *
 * <p>The n-th child gets slot {@code permute(n)} of the space of birth dates that make a child aged
 * 1 to 17 at the reference date times 499 sequence pairs ({@code 2j+1} male, {@code 2j+2} female).
 * {@code permute} is a seeded bijection of {@code [0, size)}: a mix of xor, multiplication by odd
 * constants and xor-shifts (each a bijection of {@code [0, 2^bits)}), restricted to {@code [0,
 * size)} by cycle walking. So the first {@link #size()} children (about 3.1 million, some 5 million
 * records) have pairwise different numbers whatever their county; after that the slots repeat, and
 * two children of the same county could then share a number.
 *
 * @since 0.1.0
 */
public final class ChildIdSpace {

  /** The number of sequence pairs per birth date. */
  static final int PAIRS = 499;

  private final LocalDate earliest;
  private final long size;
  private final int bits;
  private final long mask;
  private final long key1;
  private final long key2;

  /**
   * Creates the space for a reference date and a seed.
   *
   * @param asOf the reference date
   * @param seed the seed of the permutation
   */
  public ChildIdSpace(LocalDate asOf, long seed) {
    this.earliest = asOf.minusYears(18).plusDays(1);
    long days = ChronoUnit.DAYS.between(earliest, asOf.minusYears(1)) + 1;
    this.size = days * PAIRS;
    this.bits = 64 - Long.numberOfLeadingZeros(size - 1);
    this.mask = (1L << bits) - 1;
    this.key1 = mixSeed(seed) & mask;
    this.key2 = mixSeed(seed ^ 0x5DEECE66DL) & mask;
  }

  /**
   * Returns the number of distinct slots.
   *
   * @return the size of the space
   */
  public long size() {
    return size;
  }

  /**
   * Returns the birth date of a slot.
   *
   * @param slot a slot from {@link #slot(long)}
   * @return a date at which a child is 1 to 17 years old at the reference date
   */
  public LocalDate birthDate(long slot) {
    return earliest.plusDays(slot / PAIRS);
  }

  /**
   * Returns the sequence number of a slot for a sex.
   *
   * @param slot a slot from {@link #slot(long)}
   * @param male whether the child is male
   * @return the 3-digit sequence number: odd for a boy, even for a girl
   */
  public int sequence(long slot, boolean male) {
    int pair = (int) (slot % PAIRS);
    return 2 * pair + (male ? 1 : 2);
  }

  /**
   * Returns the slot of the n-th child.
   *
   * @param ordinal the child's ordinal, from 0
   * @return the slot, in {@code [0, size)}
   */
  public long slot(long ordinal) {
    long value = Math.floorMod(ordinal, size);
    do {
      value = mix(value);
    } while (value >= size);
    return value;
  }

  private long mix(long v) {
    v ^= key1;
    v = (v * 0x9E3779B97F4A7C15L) & mask;
    v ^= v >>> (bits / 2 + 1);
    v = (v * 0xC2B2AE3D27D4EB4FL) & mask;
    v ^= key2;
    v ^= v >>> (bits / 3 + 1);
    return v;
  }

  private static long mixSeed(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
