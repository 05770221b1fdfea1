package org.shegong.validation.internal.rules;

import java.time.Period;
import org.shegong.core.issue.PeriodText;
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
   * Returns a period as text in Chinese and English, as core's policies write it.
   *
   * @param period the period; not null
   * @return the texts, never null
   */
  public static Localized of(Period period) {
    return new Localized(PeriodText.zh(period), PeriodText.en(period));
  }
}
