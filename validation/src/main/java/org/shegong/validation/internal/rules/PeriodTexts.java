package org.shegong.validation.internal.rules;

import java.time.Period;
import org.shegong.validation.internal.engine.Localized;

/**
 * Periods of policies as message arguments: {@code 7天} / {@code 7 days}, {@code 1个月} / {@code 1
 * month}.
 *
 * @since 0.1.0
 */
public final class PeriodTexts {

  private PeriodTexts() {}

  /**
   * Returns a period as text in Chinese and English.
   *
   * @param period the period; not null
   * @return the texts, never null
   */
  public static Localized of(Period period) {
    return new Localized(text(period, true), text(period, false));
  }

  private static String text(Period period, boolean chinese) {
    StringBuilder out = new StringBuilder();
    if (period.getYears() != 0) {
      out.append(period.getYears()).append(chinese ? "年" : plural(period.getYears(), " year"));
    }
    if (period.getMonths() != 0) {
      separate(out, chinese);
      out.append(period.getMonths()).append(chinese ? "个月" : plural(period.getMonths(), " month"));
    }
    if (period.getDays() != 0 || out.length() == 0) {
      separate(out, chinese);
      out.append(period.getDays()).append(chinese ? "天" : plural(period.getDays(), " day"));
    }
    return out.toString();
  }

  private static void separate(StringBuilder out, boolean chinese) {
    if (out.length() > 0 && !chinese) {
      out.append(' ');
    }
  }

  private static String plural(int n, String unit) {
    return n == 1 ? unit : unit + "s";
  }
}
