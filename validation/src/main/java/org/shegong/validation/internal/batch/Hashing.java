package org.shegong.validation.internal.batch;

import java.security.SecureRandom;

/**
 * Hashes of ids and citizen ID numbers for the batch rules.
 *
 * <p>FNV-1a over the UTF-16 code units, finished with the MurmurHash3 64-bit mixer so that all bits
 * depend on all input. {@link #hash(CharSequence)} is unkeyed, for callers that need the same value
 * in every run; the batch rules use {@link #keyed()}, seeded with a per-run random secret so that
 * the slots a value lands in cannot be predicted. The batch rules never trust a hash alone: equal
 * hashes are always verified against the full value ({@link IdTable}), so that a collision, crafted
 * or not, costs a comparison and never hides a duplicate or a dangling reference.
 *
 * @since 0.1.0
 */
public final class Hashing {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final SecureRandom SECRETS = new SecureRandom();

  private Hashing() {}

  /**
   * A hash function over texts.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Function {

    /**
     * Returns the hash of a text.
     *
     * @param text the text; not null
     * @return the hash
     */
    long hash(CharSequence text);
  }

  /**
   * Returns the 64-bit unkeyed hash of a text.
   *
   * @param text the text; not null
   * @return the hash, never 0
   */
  public static long hash(CharSequence text) {
    return seeded(FNV_OFFSET, text);
  }

  /**
   * Returns a hash function keyed with a new random secret.
   *
   * @return the function, never null
   */
  public static Function keyed() {
    return new Keyed(SECRETS.nextLong());
  }

  /**
   * The keyed hash: FNV-1a from a secret offset, then the mixer. {@link IdTable} computes it in the
   * same pass over the characters as it packs them ({@link #step}, {@link #finish}).
   *
   * @since 0.1.0
   */
  static final class Keyed implements Function {
    final long secret;

    Keyed(long secret) {
      this.secret = secret;
    }

    @Override
    public long hash(CharSequence text) {
      return seeded(secret, text);
    }
  }

  /** One character of the FNV-1a pass. */
  static long step(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  private static long seeded(long seed, CharSequence text) {
    long h = seed;
    for (int i = 0; i < text.length(); i++) {
      h = step(h, text.charAt(i));
    }
    return finish(h);
  }

  /** The mixer after the FNV-1a pass; never 0. */
  static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
