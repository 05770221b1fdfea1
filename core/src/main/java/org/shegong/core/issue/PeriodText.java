package org.shegong.core.issue;

import java.time.Period;
import java.util.Objects;

/**
 * Writes a period of a policy for rule messages: {@code 1 year 3 months} / {@code 1年3个月}.
 *
 * <p>Rules that depend on a policy value name it in their message ("visit interval for TIER_1 is 7
 * days"); every module writes those periods the same way through this class. A zero period is
 * written {@code 0 days} / {@code 0天}.
 *
 * @since 0.1.0
 */
public final class PeriodText {

  private PeriodText() {}

  /**
   * Writes a period in English, with plurals.
   *
   * @param period the period; not null
   * @return for example {@code 1 year 3 months} or {@code 7 days}, never empty
   */
  public static String en(Period period) {
    Objects.requireNonNull(period, "period");
    StringBuilder text = new StringBuilder();
    append(text, period.getYears(), "year");
    append(text, period.getMonths(), "month");
    if (period.getDays() != 0 || text.length() == 0) {
      append(text, period.getDays(), "day", true);
    }
    return text.toString();
  }

  /**
   * Writes a period in Chinese.
   *
   * @param period the period; not null
   * @return for example {@code 1年3个月} or {@code 7天}, never empty
   */
  public static String zh(Period period) {
    Objects.requireNonNull(period, "period");
    StringBuilder text = new StringBuilder();
    if (period.getYears() != 0) {
      text.append(period.getYears()).append("年");
    }
    if (period.getMonths() != 0) {
      text.append(period.getMonths()).append("个月");
    }
    if (period.getDays() != 0 || text.length() == 0) {
      text.append(period.getDays()).append("天");
    }
    return text.toString();
  }

  private static void append(StringBuilder text, int amount, String unit) {
    append(text, amount, unit, false);
  }

  private static void append(StringBuilder text, int amount, String unit, boolean evenIfZero) {
    if (amount == 0 && !evenIfZero) {
      return;
    }
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(amount).append(' ').append(unit).append(Math.abs(amount) == 1 ? "" : "s");
  }
}
