package org.shegong.core.internal;

import java.time.Period;

/**
 * Writes a period for messages of policies: {@code 1 year, 3 months} / {@code 1年3个月}.
 *
 * @since 0.1.0
 */
public final class PeriodText {

  private PeriodText() {}

  /**
   * Writes a period in English.
   *
   * @param period the period; not null
   * @return for example {@code 1 year, 3 months}, never null
   */
  public static String en(Period period) {
    StringBuilder text = new StringBuilder();
    append(text, period.getYears(), "year");
    append(text, period.getMonths(), "month");
    append(text, period.getDays(), "day");
    return text.toString();
  }

  /**
   * Writes a period in Chinese.
   *
   * @param period the period; not null
   * @return for example {@code 1年3个月}, never null
   */
  public static String zh(Period period) {
    StringBuilder text = new StringBuilder();
    if (period.getYears() != 0) {
      text.append(period.getYears()).append("年");
    }
    if (period.getMonths() != 0) {
      text.append(period.getMonths()).append("个月");
    }
    if (period.getDays() != 0) {
      text.append(period.getDays()).append("天");
    }
    return text.toString();
  }

  private static void append(StringBuilder text, int amount, String unit) {
    if (amount == 0) {
      return;
    }
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(amount).append(' ').append(unit).append(Math.abs(amount) == 1 ? "" : "s");
  }
}
