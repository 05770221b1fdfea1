package org.shegong.validation.internal.rules;

import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.shegong.core.code.RiskTier;
import org.shegong.validation.internal.engine.Localized;

/**
 * The policy values the child rules apply: the visit interval and the review period of each tier,
 * and the policy's name for messages.
 *
 * <p>The defaults are DESIGN.md §3.2's visit intervals (red 7 days, yellow 14, blue 30, green 90)
 * and Shegong's default review periods (1, 3, 6 and 12 months); no national table fixes either.
 *
 * @param name the policy name shown in messages; not null
 * @param visitIntervals the visit interval of every tier; not null
 * @param reviewPeriods the review period of every tier; not null
 * @since 0.1.0
 */
public record ChildPolicy(
    String name, Map<RiskTier, Period> visitIntervals, Map<RiskTier, Period> reviewPeriods) {

  private static final ChildPolicy DEFAULTS =
      new ChildPolicy(
          "Shegong defaults",
          Map.of(
              RiskTier.TIER_1, Period.ofDays(7),
              RiskTier.TIER_2, Period.ofDays(14),
              RiskTier.TIER_3, Period.ofDays(30),
              RiskTier.TIER_4, Period.ofDays(90)),
          Map.of(
              RiskTier.TIER_1, Period.ofMonths(1),
              RiskTier.TIER_2, Period.ofMonths(3),
              RiskTier.TIER_3, Period.ofMonths(6),
              RiskTier.TIER_4, Period.ofMonths(12)));

  /**
   * Checks that every tier has its values.
   *
   * @param name the policy name shown in messages; not null
   * @param visitIntervals the visit interval of every tier; not null
   * @param reviewPeriods the review period of every tier; not null
   */
  public ChildPolicy {
    Objects.requireNonNull(name, "name");
    visitIntervals = Collections.unmodifiableMap(new EnumMap<>(visitIntervals));
    reviewPeriods = Collections.unmodifiableMap(new EnumMap<>(reviewPeriods));
    for (RiskTier tier : RiskTier.values()) {
      if (!visitIntervals.containsKey(tier) || !reviewPeriods.containsKey(tier)) {
        throw new IllegalArgumentException("the child policy needs values for " + tier);
      }
    }
  }

  /**
   * Returns the default policy.
   *
   * @return the defaults, never null
   */
  public static ChildPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a period as text in Chinese and English.
   *
   * @param period the period; not null
   * @return for example {@code 7 days} and {@code 7天}
   */
  public static Localized periodText(Period period) {
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
