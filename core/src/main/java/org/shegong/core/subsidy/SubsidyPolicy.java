package org.shegong.core.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.ShegongException;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.money.Money;

/**
 * A regional incentive policy for qualified social workers: one-off awards and monthly allowances
 * per qualification level, in force over an effective period.
 *
 * <p>Policies are regional data, not national rules; {@link SubsidyPolicies#zhongweiExample()}
 * shows the shape. {@link SubsidyCalculator} computes entitlements under a policy and checks
 * recorded payments against it.
 *
 * <pre>{@code
 * SubsidyPolicy policy = SubsidyPolicy.builder()
 *     .name("某市社工人才激励 2025")
 *     .region("640500")
 *     .effectiveFrom(LocalDate.of(2025, 1, 1))
 *     .putOneOffAmounts(QualificationLevel.SOCIAL_WORKER, Money.ofYuan(3000))
 *     .putMonthlyAllowances(QualificationLevel.SOCIAL_WORKER, Money.ofYuan(220))
 *     .monthlyRequiresCommunityEmployment(true)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SubsidyPolicy implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Rule code of "a subsidy policy has a name, a region, an effective period and positive amounts".
   */
  public static final String INVALID_POLICY = "SG-SUB-010";

  SubsidyPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the policy's name, shown in every message produced under it.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the policy's name as Chinese messages show it, which is {@link #name()}.
   *
   * @return the name, never null or blank
   * @since 0.1.0
   */
  public String nameZh() {
    return name();
  }

  /**
   * Returns the policy's name as English messages show it: {@value
   * SubsidyPolicies#ZHONGWEI_EXAMPLE_NAME_EN} for {@link SubsidyPolicies#zhongweiExample()},
   * otherwise {@link #name()} as given.
   *
   * @return the name, never null or blank
   * @since 0.1.0
   */
  public String nameEn() {
    return SubsidyPolicies.ZHONGWEI_EXAMPLE_NAME.equals(name())
        ? SubsidyPolicies.ZHONGWEI_EXAMPLE_NAME_EN
        : name();
  }

  /**
   * Returns the region the policy applies to, as an administrative-division code or code prefix.
   *
   * <p>Any of 2 (province), 4 (prefecture), 6 (GB/T 2260 county-level code, where a province or
   * prefecture is padded with {@code 00}), 9 (township) or 12 digits (village). {@code "6405"} and
   * {@code "640500"} both mean 中卫市; see {@link #coversDivision(String)}.
   *
   * @return the division code as given, never null
   */
  public abstract String region();

  /**
   * Returns the first day on which the policy is in force.
   *
   * @return the day, never null
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the last day on which the policy is in force, inclusive.
   *
   * @return the last day, or empty when the policy is open-ended
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * Returns the one-off award per qualification level; a level not in the map gets none.
   *
   * @return positive amounts by level, never null
   */
  public abstract Map<QualificationLevel, Money> oneOffAmounts();

  /**
   * Returns the monthly allowance per qualification level; a level not in the map gets none.
   *
   * @return positive amounts by level, never null
   */
  public abstract Map<QualificationLevel, Money> monthlyAllowances();

  /**
   * Tells whether the monthly allowance is paid only to those employed in a community (在社区工作).
   *
   * @return {@code true} when community employment is required; {@code false} by default
   */
  @Value.Default
  public boolean monthlyRequiresCommunityEmployment() {
    return false;
  }

  /**
   * Tells whether the policy is in force on a day.
   *
   * @param day the day; not null
   * @return {@code true} when {@code effectiveFrom() <= day <= effectiveUntil()}
   */
  public boolean isEffectiveOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(effectiveFrom())
        && effectiveUntil().map(u -> !day.isAfter(u)).orElse(true);
  }

  /**
   * Tells whether a whole calendar month lies within the policy's effective period.
   *
   * @param month the month; not null
   * @return {@code true} when the policy is in force on the month's first and last day
   */
  public boolean coversMonth(YearMonth month) {
    return isEffectiveOn(month.atDay(1)) && isEffectiveOn(month.atEndOfMonth());
  }

  /**
   * Tells whether an administrative division lies in the policy's region.
   *
   * <p>The region, with trailing {@code 00} pairs removed from a 6-digit code ({@code "640500"} →
   * {@code "6405"}, {@code "640000"} → {@code "64"}), must be a prefix of the code.
   *
   * @param divisionCode a division code of any level, for example {@code "640502"}; not null
   * @return {@code true} when the division lies in the region
   */
  public boolean coversDivision(String divisionCode) {
    Objects.requireNonNull(divisionCode, "divisionCode");
    String prefix = region();
    if (prefix.length() == 6) {
      while (prefix.length() > 2 && prefix.endsWith("00")) {
        prefix = prefix.substring(0, prefix.length() - 2);
      }
    }
    return divisionCode.startsWith(prefix);
  }

  /**
   * Returns the one-off award for a level.
   *
   * @param level the level; not null
   * @return the amount, or empty when the policy gives that level none
   */
  public Optional<Money> oneOffAmount(QualificationLevel level) {
    return Optional.ofNullable(oneOffAmounts().get(Objects.requireNonNull(level, "level")));
  }

  /**
   * Returns the monthly allowance for a level.
   *
   * @param level the level; not null
   * @return the amount, or empty when the policy gives that level none
   */
  public Optional<Money> monthlyAllowance(QualificationLevel level) {
    return Optional.ofNullable(monthlyAllowances().get(Objects.requireNonNull(level, "level")));
  }

  /**
   * Returns the effective period as text, for messages: {@code 2023-01-01..2025-12-31} or {@code
   * 2023-01-01..}.
   *
   * @return the period, never null
   */
  public String effectivePeriodText() {
    return effectiveFrom() + ".." + effectiveUntil().map(LocalDate::toString).orElse("");
  }

  @Value.Check
  void check() {
    if (name() == null || name().isBlank()) {
      throw invalid("name must not be blank");
    }
    if (region() == null || !region().matches("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12}")) {
      throw invalid("region must be a division code of 2, 4, 6, 9 or 12 digits, was " + region());
    }
    if (effectiveFrom() == null) {
      throw invalid("effectiveFrom is required");
    }
    if (effectiveUntil().isPresent() && effectiveUntil().get().isBefore(effectiveFrom())) {
      throw invalid(
          "effectiveUntil "
              + effectiveUntil().get()
              + " is before effectiveFrom "
              + effectiveFrom());
    }
    requirePositive(oneOffAmounts(), "one-off award");
    requirePositive(monthlyAllowances(), "monthly allowance");
  }

  private void requirePositive(Map<QualificationLevel, Money> amounts, String what) {
    amounts.forEach(
        (level, amount) -> {
          if (!amount.isPositive()) {
            throw invalid(
                what + " for " + level.gradeLabelZh() + " must be positive, was " + amount);
          }
        });
  }

  private ShegongException invalid(String detail) {
    return new ShegongException(
        INVALID_POLICY, INVALID_POLICY + " subsidy policy '" + name() + "': " + detail);
  }

  /**
   * Builds a {@link SubsidyPolicy}; name, region and effectiveFrom are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSubsidyPolicy.Builder {
    Builder() {}
  }
}
