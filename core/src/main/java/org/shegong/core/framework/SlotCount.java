package org.shegong.core.framework;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How many items one slot of a service framework holds: one term of a notation such as {@code
 * 1+1+5+X}.
 *
 * <p>A count is either <em>fixed</em>, a positive integer ({@code 1}, {@code 5}, {@code 9}) meaning
 * exactly that many items, or <em>variable</em>, an upper-case ASCII letter ({@code X}, {@code N})
 * optionally preceded by an integer coefficient of at least 2 ({@code 3X}), meaning zero or more
 * items unless the framework declares a minimum for the slot ({@link FrameworkSlot#minimum()}).
 *
 * <p>The coefficient is kept so that the notation prints back exactly, but it carries no built-in
 * meaning: what {@code 3X} of 德清's {@code 1+3+3X+N} stands for is declared by the adopter. By
 * default a coefficient does not raise the minimum (it stays 0); an adopter who reads {@code 3X} as
 * "at least three" declares {@code minimum(3)} on that slot. {@code 1X} is not a count: write
 * {@code X}, so that every count has exactly one spelling.
 *
 * <p>Instances are immutable and compare by value.
 *
 * @since 0.1.0
 */
public final class SlotCount implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final int fixedCount;
  private final int coefficient;
  private final char symbol;

  private SlotCount(int fixedCount, int coefficient, char symbol) {
    this.fixedCount = fixedCount;
    this.coefficient = coefficient;
    this.symbol = symbol;
  }

  /**
   * Returns a fixed count: the slot holds exactly {@code count} items.
   *
   * @param count the number of items, at least 1
   * @return the count, never null
   * @throws FrameworkNotationException ({@code SG-FWK-001}) when {@code count} is below 1
   */
  public static SlotCount fixed(int count) {
    if (count < 1) {
      throw new FrameworkNotationException(
          Integer.toString(count), 1, "a fixed count must be at least 1, found " + count);
    }
    return new SlotCount(count, 0, '\0');
  }

  /**
   * Returns a variable count written as a bare symbol, for example {@code X}.
   *
   * @param symbol one upper-case ASCII letter, {@code A} to {@code Z}; not null
   * @return the count, never null
   * @throws FrameworkNotationException ({@code SG-FWK-001}) when the symbol is not one upper-case
   *     ASCII letter
   */
  public static SlotCount variable(String symbol) {
    return new SlotCount(0, 1, checkSymbol(symbol));
  }

  /**
   * Returns a variable count written with a coefficient, for example {@code 3X}.
   *
   * @param coefficient the written coefficient, at least 2 (a coefficient of 1 is written as the
   *     bare symbol, see {@link #variable(String)})
   * @param symbol one upper-case ASCII letter, {@code A} to {@code Z}; not null
   * @return the count, never null
   * @throws FrameworkNotationException ({@code SG-FWK-001}) when the coefficient is below 2 or the
   *     symbol is not one upper-case ASCII letter
   */
  public static SlotCount variable(int coefficient, String symbol) {
    char letter = checkSymbol(symbol);
    if (coefficient < 2) {
      throw new FrameworkNotationException(
          coefficient + symbol,
          1,
          "the coefficient of a variable count must be at least 2, found "
              + coefficient
              + (coefficient == 1 ? " (write " + symbol + " instead of 1" + symbol + ")" : ""));
    }
    return new SlotCount(0, coefficient, letter);
  }

  private static char checkSymbol(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    if (symbol.length() != 1 || symbol.charAt(0) < 'A' || symbol.charAt(0) > 'Z') {
      throw new FrameworkNotationException(
          symbol, 1, "the symbol of a variable count must be one upper-case letter A-Z");
    }
    return symbol.charAt(0);
  }

  /**
   * Tells whether this count is fixed (a positive integer).
   *
   * @return true for {@code 5}, false for {@code X} and {@code 3X}
   */
  public boolean isFixed() {
    return fixedCount > 0;
  }

  /**
   * Tells whether this count is variable (a symbol, with or without coefficient).
   *
   * @return true for {@code X} and {@code 3X}, false for {@code 5}
   */
  public boolean isVariable() {
    return !isFixed();
  }

  /**
   * Returns the exact number of items of a fixed count.
   *
   * @return the number, or empty for a variable count
   */
  public OptionalInt fixedCount() {
    return isFixed() ? OptionalInt.of(fixedCount) : OptionalInt.empty();
  }

  /**
   * Returns the symbol of a variable count.
   *
   * @return the letter, for example {@code "X"} for both {@code X} and {@code 3X}; empty for a
   *     fixed count
   */
  public Optional<String> symbol() {
    return isFixed() ? Optional.empty() : Optional.of(String.valueOf(symbol));
  }

  /**
   * Returns the written coefficient of a variable count.
   *
   * @return the coefficient, for example 3 for {@code 3X}; empty for a bare symbol such as {@code
   *     X} and for a fixed count
   */
  public OptionalInt coefficient() {
    return coefficient >= 2 ? OptionalInt.of(coefficient) : OptionalInt.empty();
  }

  /**
   * Returns this count as written in a notation.
   *
   * @return the term, for example {@code "5"}, {@code "X"} or {@code "3X"}; never null
   */
  public String notation() {
    if (isFixed()) {
      return Integer.toString(fixedCount);
    }
    return coefficient >= 2 ? coefficient + String.valueOf(symbol) : String.valueOf(symbol);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlotCount that
        && fixedCount == that.fixedCount
        && coefficient == that.coefficient
        && symbol == that.symbol;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fixedCount, coefficient, symbol);
  }

  /**
   * Returns the notation of this count, as {@link #notation()}.
   *
   * @return the term, never null
   */
  @Override
  public String toString() {
    return notation();
  }
}
