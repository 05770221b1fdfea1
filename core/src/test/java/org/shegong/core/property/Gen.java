package org.shegong.core.property;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A seeded generator of test values for one case of a {@link PropertyTest}: the same seed gives the
 * same values, on every JVM ({@link SplittableRandom}).
 *
 * <p>As in property-testing libraries, the bounds of a range are drawn more often than a uniform
 * draw would (one time in ten, shared between the two ends), so that edge cases — the empty list,
 * the longest string, the first and last day — come up in every run.
 */
public final class Gen {

  /** ASCII digits. */
  public static final String DIGITS = "0123456789";

  /** ASCII letters, both cases. */
  public static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private static final double EDGE = 0.1;

  private final long seed;
  private final SplittableRandom random;

  private Gen(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** A generator for one case. */
  public static Gen seeded(long seed) {
    return new Gen(seed);
  }

  /** The seed of this case. */
  public long seed() {
    return seed;
  }

  /** An int in {@code [min, max]}, the bounds drawn more often. */
  public int between(int min, int max) {
    return (int) between((long) min, (long) max);
  }

  /** A long in {@code [min, max]}, the bounds drawn more often. */
  public long between(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("empty range " + min + ".." + max);
    }
    if (min == max) {
      return min;
    }
    double edge = random.nextDouble();
    if (edge < EDGE / 2) {
      return min;
    }
    if (edge < EDGE) {
      return max;
    }
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
  }

  /** Any long. */
  public long anyLong() {
    return random.nextLong();
  }

  /** {@code true} with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** {@code true} or {@code false}, evenly. */
  public boolean bool() {
    return random.nextBoolean();
  }

  /** One of the values, evenly. */
  @SafeVarargs
  public final <T> T oneOf(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** One of the values, evenly. */
  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** One of the constants of an enum, evenly. */
  public <E extends Enum<E>> E oneOf(Class<E> type) {
    return oneOf(type.getEnumConstants());
  }

  /** A value of one of the suppliers, chosen evenly. */
  @SafeVarargs
  public final <T> T oneOfGenerated(Supplier<? extends T>... suppliers) {
    return oneOf(suppliers).get();
  }

  /** A present value with probability {@code present}, else empty. */
  public <T> Optional<T> optional(double present, Supplier<T> value) {
    return chance(present) ? Optional.of(value.get()) : Optional.empty();
  }

  /** A list of {@code min} to {@code max} generated elements. */
  public <T> List<T> list(int min, int max, Supplier<T> element) {
    int size = between(min, max);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  /** A string of exactly {@code length} characters from the alphabet. */
  public String string(String alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** A string of {@code minLength} to {@code maxLength} characters from the alphabet. */
  public String string(String alphabet, int minLength, int maxLength) {
    return string(alphabet, between(minLength, maxLength));
  }

  /** A string of exactly {@code length} ASCII digits. */
  public String digits(int length) {
    return string(DIGITS, length);
  }

  /**
   * Any character of the Basic Multilingual Plane except surrogates, favouring what identifiers and
   * their look-alikes are made of: ASCII digits, {@code X}/{@code x}, ASCII letters, spaces and
   * full-width digits.
   */
  public char anyChar() {
    return switch (random.nextInt(8)) {
      case 0, 1, 2 -> DIGITS.charAt(random.nextInt(10));
      case 3 -> random.nextBoolean() ? 'X' : 'x';
      case 4 -> LETTERS.charAt(random.nextInt(LETTERS.length()));
      case 5 -> oneOf(' ', '\t', '-', '*', '\u3000', (char) ('\uFF10' + random.nextInt(10)));
      default -> {
        char c;
        do {
          c = (char) random.nextInt(0x20, 0x10000);
        } while (Character.isSurrogate(c));
        yield c;
      }
    };
  }

  /** A string of {@code minLength} to {@code maxLength} {@linkplain #anyChar() characters}. */
  public String anyString(int minLength, int maxLength) {
    int length = between(minLength, maxLength);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(anyChar());
    }
    return s.toString();
  }

  /** A day in {@code [start, start + days]}. */
  public LocalDate dayFrom(LocalDate start, int days) {
    return start.plusDays(between(0, days));
  }

  /** The seed, as the case name shows it. */
  @Override
  public String toString() {
    return "seed " + seed;
  }
}
