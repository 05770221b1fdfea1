package org.shegong.core.child;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.shegong.core.ShegongException;
import org.shegong.core.code.RiskTier;
import org.shegong.core.issue.PeriodText;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.core.model.Child;

/**
 * The visit interval and review period of each risk tier (四级分类), as one replaceable value.
 *
 * <p>No national table fixes these numbers. {@link #defaults()}, named {@value #DEFAULTS_NAME}
 * ({@value #DEFAULTS_NAME_ZH} in Chinese messages), holds <b>Shegong's own defaults</b>, to be
 * replaced by the adopter's policy:
 *
 * <table>
 *   <caption>Shegong defaults</caption>
 *   <tr><th>tier</th><th>visit interval</th><th>review period</th></tr>
 *   <tr><td>{@code TIER_1} red 高风险</td><td>7 days</td><td>1 month</td></tr>
 *   <tr><td>{@code TIER_2} yellow 中风险</td><td>14 days</td><td>3 months</td></tr>
 *   <tr><td>{@code TIER_3} blue 低风险</td><td>30 days</td><td>6 months</td></tr>
 *   <tr><td>{@code TIER_4} green 健康成长</td><td>90 days</td><td>12 months</td></tr>
 * </table>
 *
 * <p>The visit intervals are Shegong's documented defaults (docs/domain.md, "Children in
 * difficulty"); the review periods are Shegong's choice (the higher the risk, the sooner the
 * review). {@link #builder()} starts from the defaults, so an adopter sets only what differs, and
 * must give its policy its own name: every message that applies the policy names it ({@link
 * #visitIntervalTextEn(RiskTier)}).
 *
 * <pre>{@code
 * TierPolicy local = TierPolicy.builder()
 *     .name("某县 2025")
 *     .putVisitIntervals(RiskTier.TIER_1, Period.ofDays(3))
 *     .build();   // every other tier keeps Shegong's default
 * }</pre>
 *
 * <p>Immutable, thread-safe and {@link Serializable} (a validation configuration that holds it is
 * shipped to Spark or Flink workers).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TierPolicy implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rule code of "a tier policy has a positive visit interval and review period per tier". */
  public static final String INVALID_POLICY = "SG-CHD-030";

  /** Name of {@linkplain #defaults() Shegong's defaults}, as English messages show it. */
  public static final String DEFAULTS_NAME = "Shegong defaults";

  /** Name of {@linkplain #defaults() Shegong's defaults}, as Chinese messages show it. */
  public static final String DEFAULTS_NAME_ZH = "社工开发包默认值";

  TierPolicy() {}

  /**
   * Returns Shegong's default policy (see the class documentation).
   *
   * @return the default policy, never null
   */
  public static TierPolicy defaults() {
    return Defaults.POLICY;
  }

  /**
   * Returns a builder whose attributes start at Shegong's defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    Builder builder = new Builder();
    builder.from(defaults());
    return builder;
  }

  /**
   * Returns the policy's name, shown in every message that applies it.
   *
   * @return the name, never null or blank; {@value #DEFAULTS_NAME} by default
   */
  @Value.Default
  public String name() {
    return DEFAULTS_NAME;
  }

  /**
   * Returns the policy's name as Chinese messages show it: {@value #DEFAULTS_NAME_ZH} for Shegong's
   * defaults, otherwise {@link #name()} as given.
   *
   * @return the name, never null or blank
   * @since 0.1.0
   */
  public String nameZh() {
    return DEFAULTS_NAME.equals(name()) ? DEFAULTS_NAME_ZH : name();
  }

  /**
   * Returns the policy's name as English messages show it, which is {@link #name()}.
   *
   * @return the name, never null or blank
   * @since 0.1.0
   */
  public String nameEn() {
    return name();
  }

  /**
   * Returns the longest allowed time from one visit to the next, per tier.
   *
   * @return an unmodifiable map with every tier, never null
   */
  @Value.Default
  public Map<RiskTier, Period> visitIntervals() {
    return Defaults.VISIT_INTERVALS;
  }

  /**
   * Returns the time from an assessment to the next review of the classification, per tier.
   *
   * @return an unmodifiable map with every tier, never null
   */
  @Value.Default
  public Map<RiskTier, Period> reviewPeriods() {
    return Defaults.REVIEW_PERIODS;
  }

  /**
   * Returns the visit interval of a tier: a visit is due at the latest this long after the last.
   *
   * @param tier the tier; not null
   * @return a positive period, never null
   */
  public Period visitIntervalFor(RiskTier tier) {
    // check() has made sure that every tier has one
    return Objects.requireNonNull(visitIntervals().get(Objects.requireNonNull(tier, "tier")));
  }

  /**
   * Returns the review period of a tier: a classification without a next review date is due for
   * review this long after its assessment.
   *
   * @param tier the tier; not null
   * @return a positive period, never null
   */
  public Period reviewPeriodFor(RiskTier tier) {
    // check() has made sure that every tier has one
    return Objects.requireNonNull(reviewPeriods().get(Objects.requireNonNull(tier, "tier")));
  }

  /**
   * Describes the visit interval of a tier in English, naming the policy, such as {@code visit
   * interval for TIER_1 (red) is 7 days under policy 'Shegong defaults'}.
   *
   * @param tier the tier; not null
   * @return the text, never null
   */
  public String visitIntervalTextEn(RiskTier tier) {
    return Texts.VISIT_INTERVAL.formatEn(
        arguments(tier, PeriodText.en(visitIntervalFor(tier)), false));
  }

  /**
   * Describes the visit interval of a tier in Chinese, naming the policy, such as {@code
   * 政策“社工开发包默认值”规定TIER_1(红)的走访间隔为7天}.
   *
   * @param tier the tier; not null
   * @return the text, never null
   */
  public String visitIntervalTextZh(RiskTier tier) {
    return Texts.VISIT_INTERVAL.formatZh(
        arguments(tier, PeriodText.zh(visitIntervalFor(tier)), true));
  }

  /**
   * Describes the review period of a tier in English, naming the policy, such as {@code review
   * period for TIER_1 (red) is 1 month under policy 'Shegong defaults'}.
   *
   * @param tier the tier; not null
   * @return the text, never null
   */
  public String reviewPeriodTextEn(RiskTier tier) {
    return Texts.REVIEW_PERIOD.formatEn(
        arguments(tier, PeriodText.en(reviewPeriodFor(tier)), false));
  }

  /**
   * Describes the review period of a tier in Chinese, naming the policy, such as {@code
   * 政策“社工开发包默认值”规定TIER_1(红)的复评周期为1个月}.
   *
   * @param tier the tier; not null
   * @return the text, never null
   */
  public String reviewPeriodTextZh(RiskTier tier) {
    return Texts.REVIEW_PERIOD.formatZh(
        arguments(tier, PeriodText.zh(reviewPeriodFor(tier)), true));
  }

  /**
   * Computes the visit and review schedule of a child on a reference date under this policy.
   *
   * @param child the child; not null
   * @param asOf the reference date; not null
   * @return the schedule, or empty when the child has no tier
   */
  public Optional<VisitSchedule> schedule(Child child, LocalDate asOf) {
    return VisitSchedule.of(child, this, asOf);
  }

  /**
   * Lists the children whose next visit is overdue on a reference date, the longest overdue first
   * (then by child id).
   *
   * <p>Children without a tier, or without a visit or assessment date to count from, are not
   * listed.
   *
   * @param children the children; not null, no null elements
   * @param asOf the reference date; not null
   * @return an unmodifiable list, never null; empty when no visit is overdue
   */
  public List<OverdueVisit> overdueVisits(Collection<Child> children, LocalDate asOf) {
    Objects.requireNonNull(children, "children");
    Objects.requireNonNull(asOf, "asOf");
    return children.stream()
        .map(child -> schedule(child, asOf))
        .flatMap(Optional::stream)
        .filter(VisitSchedule::visitOverdue)
        .map(OverdueVisit::of)
        .sorted(
            Comparator.comparingLong(OverdueVisit::daysOverdue)
                .reversed()
                .thenComparing(OverdueVisit::childId))
        .collect(Collectors.toUnmodifiableList());
  }

  private Map<String, Object> arguments(RiskTier tier, String period, boolean chinese) {
    return Map.of(
        "policy",
        chinese ? nameZh() : nameEn(),
        "tierZh",
        tierZh(tier),
        "tierEn",
        tierEn(tier),
        "period",
        period);
  }

  /**
   * The policy's texts, apart from the value type.
   *
   * @since 0.1.0
   */
  private static final class Texts {
    static final LocalizedTemplate VISIT_INTERVAL =
        LocalizedTemplate.of(
            "政策“{policy}”规定{tierZh}的走访间隔为{period}",
            "visit interval for {tierEn} is {period} under policy '{policy}'");
    static final LocalizedTemplate REVIEW_PERIOD =
        LocalizedTemplate.of(
            "政策“{policy}”规定{tierZh}的复评周期为{period}",
            "review period for {tierEn} is {period} under policy '{policy}'");
  }

  static String tierEn(RiskTier tier) {
    return tier.code() + " (" + tier.colour().labelEn() + ")";
  }

  static String tierZh(RiskTier tier) {
    return tier.code() + "(" + tier.colour().labelZh() + ")";
  }

  @Value.Check
  void check() {
    if (name() == null || name().isBlank()) {
      throw invalid("name must not be blank");
    }
    for (RiskTier tier : RiskTier.values()) {
      requirePositive(visitIntervals().get(tier), "visit interval for " + tierEn(tier));
      requirePositive(reviewPeriods().get(tier), "review period for " + tierEn(tier));
    }
    if (DEFAULTS_NAME.equals(name())
        && !(visitIntervals().equals(Defaults.VISIT_INTERVALS)
            && reviewPeriods().equals(Defaults.REVIEW_PERIODS))) {
      throw invalid("a policy that differs from Shegong's defaults needs its own name");
    }
  }

  private void requirePositive(@Nullable Period period, String what) {
    if (period == null) {
      throw invalid(what + " must be given");
    }
    if (period.isZero()
        || period.getYears() < 0
        || period.getMonths() < 0
        || period.getDays() < 0) {
      throw invalid(what + " must be positive, was " + period);
    }
  }

  private ShegongException invalid(String detail) {
    return new ShegongException(
        INVALID_POLICY, INVALID_POLICY + " tier policy '" + name() + "': " + detail);
  }

  /**
   * Builds a {@link TierPolicy}; started by {@link TierPolicy#builder()} at Shegong's defaults, so
   * {@code putVisitIntervals}/{@code putReviewPeriods} replace single tiers.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTierPolicy.Builder {
    Builder() {}
  }

  private static final class Defaults {
    static final Map<RiskTier, Period> VISIT_INTERVALS =
        tiers(Period.ofDays(7), Period.ofDays(14), Period.ofDays(30), Period.ofDays(90));
    static final Map<RiskTier, Period> REVIEW_PERIODS =
        tiers(Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6), Period.ofMonths(12));
    static final TierPolicy POLICY = new Builder().build();

    private static Map<RiskTier, Period> tiers(Period t1, Period t2, Period t3, Period t4) {
      Map<RiskTier, Period> map = new EnumMap<>(RiskTier.class);
      map.put(RiskTier.TIER_1, t1);
      map.put(RiskTier.TIER_2, t2);
      map.put(RiskTier.TIER_3, t3);
      map.put(RiskTier.TIER_4, t4);
      return Map.copyOf(map);
    }
  }
}
