package org.shegong.core.issue;

import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.shegong.core.message.LocalizedTemplate;

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

  private static final LocalizedTemplate YEARS =
      LocalizedTemplate.of("{n}年", "{n, plural, one {# year} other {# years}}");
  private static final LocalizedTemplate MONTHS =
      LocalizedTemplate.of("{n}个月", "{n, plural, one {# month} other {# months}}");
  private static final LocalizedTemplate DAYS =
      LocalizedTemplate.of("{n}天", "{n, plural, one {# day} other {# days}}");

  private PeriodText() {}

  /**
   * Writes a period in English, with plurals.
   *
   * @param period the period; not null
   * @return for example {@code 1 year 3 months} or {@code 7 days}, never empty
   */
  public static String en(Period period) {
    return write(period, Locale.ENGLISH, " ");
  }

  /**
   * Writes a period in Chinese.
   *
   * @param period the period; not null
   * @return for example {@code 1年3个月} or {@code 7天}, never empty
   */
  public static String zh(Period period) {
    return write(period, Locale.SIMPLIFIED_CHINESE, "");
  }

  /**
   * Writes a period in a locale.
   *
   * @param period the period; not null
   * @param locale Chinese ({@code zh}) or anything else for English; not null
   * @return the period as text, never empty
   */
  public static String of(Period period, Locale locale) {
    return LocalizedTemplate.isChinese(locale) ? zh(period) : en(period);
  }

  private static String write(Period period, Locale locale, String separator) {
    Objects.requireNonNull(period, "period");
    StringJoiner text = new StringJoiner(separator);
    if (period.getYears() != 0) {
      text.add(YEARS.format(locale, Map.of("n", period.getYears())));
    }
    if (period.getMonths() != 0) {
      text.add(MONTHS.format(locale, Map.of("n", period.getMonths())));
    }
    if (period.getDays() != 0 || text.length() == 0) {
      text.add(DAYS.format(locale, Map.of("n", period.getDays())));
    }
    return text.toString();
  }
}
