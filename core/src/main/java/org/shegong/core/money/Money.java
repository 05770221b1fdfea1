package org.shegong.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.shegong.core.ShegongException;
import org.shegong.core.privacy.Scrubber;

/**
 * An amount of money in 元 (CNY), exact to the 分 (two fraction digits), never floating point.
 *
 * <p>Amounts are always held at scale 2, so {@code Money.parse("3000")} equals {@code
 * Money.parse("3000.00")} and prints as {@code "3000.00"}, the form data exchange uses. Amounts may
 * be negative (a correction, a difference between what was paid and what was due); whether an
 * amount must be positive is a rule of the field that holds it.
 *
 * @since 0.1.0
 */
public final class Money implements Comparable<Money>, java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Rule code of "an amount is a decimal number of 元 with at most two fraction digits". */
  public static final String RULE_CODE = "SG-MNY-001";

  /** Zero 元. */
  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

  private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9.,+eE-]*");

  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?");

  private final BigDecimal yuan;

  private Money(BigDecimal yuan) {
    this.yuan = yuan;
  }

  /**
   * Parses a decimal string of 元 such as {@code "3000.00"}, {@code "180"} or {@code "-12.5"}.
   *
   * <p>No exponent, no grouping separators, no leading {@code +}, no leading zeros, at most two
   * fraction digits and sixteen integer digits.
   *
   * @param text the amount; not null
   * @return the amount, never null
   * @throws ShegongException with rule code {@value #RULE_CODE} when the text is not such an amount
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!DECIMAL.matcher(text).matches()) {
      throw new ShegongException(
          RULE_CODE,
          RULE_CODE
              + " not an amount of 元 with at most two fraction digits: '"
              + abbreviate(text)
              + "'");
    }
    return new Money(new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY));
  }

  /**
   * Returns an amount of whole 元.
   *
   * @param yuan the number of 元
   * @return the amount, never null
   */
  public static Money ofYuan(long yuan) {
    return new Money(BigDecimal.valueOf(yuan).setScale(2, RoundingMode.UNNECESSARY));
  }

  /**
   * Returns the amount held by a decimal with at most two fraction digits.
   *
   * @param yuan the amount in 元; not null; {@code 12.50} and {@code 12.5} are accepted, {@code
   *     12.345} is not
   * @return the amount, never null
   * @throws ShegongException with rule code {@value #RULE_CODE} when the amount has more than two
   *     significant fraction digits
   */
  public static Money of(BigDecimal yuan) {
    Objects.requireNonNull(yuan, "yuan");
    try {
      return new Money(yuan.setScale(2, RoundingMode.UNNECESSARY));
    } catch (ArithmeticException e) {
      throw new ShegongException(
          RULE_CODE,
          RULE_CODE + " an amount of 元 has at most two fraction digits: " + yuan.toPlainString(),
          e);
    }
  }

  /**
   * Returns the amount in 元 at scale 2.
   *
   * @return the amount, never null
   */
  public BigDecimal yuan() {
    return yuan;
  }

  /**
   * Returns the sum of this amount and another.
   *
   * @param other the amount to add; not null
   * @return the sum, never null
   */
  public Money plus(Money other) {
    return new Money(yuan.add(other.yuan));
  }

  /**
   * Returns this amount less another.
   *
   * @param other the amount to subtract; not null
   * @return the difference, never null
   */
  public Money minus(Money other) {
    return new Money(yuan.subtract(other.yuan));
  }

  /**
   * Returns this amount multiplied by a whole number, for example a monthly allowance by months.
   *
   * @param times the multiplier
   * @return the product, never null
   */
  public Money times(long times) {
    return new Money(yuan.multiply(BigDecimal.valueOf(times)));
  }

  /**
   * Tells whether the amount is greater than zero.
   *
   * @return {@code true} when greater than zero
   */
  public boolean isPositive() {
    return yuan.signum() > 0;
  }

  /**
   * Tells whether the amount is less than zero.
   *
   * @return {@code true} when less than zero
   */
  public boolean isNegative() {
    return yuan.signum() < 0;
  }

  /**
   * Returns the amount as data exchange writes it: a plain decimal string with two fraction digits.
   *
   * @return for example {@code "3000.00"}, never null
   */
  public String toPlainString() {
    return yuan.toPlainString();
  }

  @Override
  public int compareTo(Money other) {
    return yuan.compareTo(other.yuan);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && yuan.equals(other.yuan);
  }

  @Override
  public int hashCode() {
    return yuan.hashCode();
  }

  /**
   * Returns the amount followed by the currency, for example {@code "3000.00 元"}.
   *
   * @return a readable form, never null
   */
  @Override
  public String toString() {
    return yuan.toPlainString() + " 元";
  }

  /**
   * Echoes what looks like a number (at most 24 characters of digits, signs, points, commas and
   * exponents), with ID- and phone-shaped digits masked; anything else, which may be a name typed
   * into the wrong field, only by its first character and length.
   */
  private static String abbreviate(String text) {
    if (text.length() <= 24 && NUMBER_LIKE.matcher(text).matches()) {
      return Scrubber.scrub(text);
    }
    return Scrubber.excerpt(text);
  }
}
