package org.shegong.core.child;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.code.RiskTier;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Visit;
import org.shegong.core.privacy.Scrubber;

/**
 * The follow-up visits and the review of a child's classification, checked on a reference date
 * against a {@link TierPolicy}.
 *
 * <ul>
 *   <li><b>Next visit</b>: due on the last visit on or before {@code asOf} plus the tier's
 *       {@linkplain TierPolicy#visitIntervalFor visit interval}; without such a visit, on the
 *       assessment date plus the interval; unknown without either. A visit on the due day is on
 *       time; from the next day the visit is overdue ({@value #VISIT_OVERDUE}), by {@code asOf −
 *       due} days.
 *   <li><b>Gaps</b> ({@value #VISIT_GAP}): consecutive visits on or before {@code asOf}, sorted by
 *       date, whose later visit falls after the earlier one plus the interval. The current tier's
 *       interval is applied to the whole history: the exchange data hold no earlier tiers.
 *   <li><b>Review</b> ({@value #REVIEW_OVERDUE}): due on {@code nextReviewOn}, or without it on
 *       {@code assessedOn} plus the tier's {@linkplain TierPolicy#reviewPeriodFor review period};
 *       overdue when that day is before {@code asOf}.
 * </ul>
 *
 * <p>Visits without a date, and visits after {@code asOf}, are ignored (validation reports them).
 * Immutable; identifies the child by its record id only.
 *
 * @since 0.1.0
 */
public final class VisitSchedule {

  /** Rule code of "the next visit is not overdue on the reference date". */
  public static final String VISIT_OVERDUE = "SG-CHD-014";

  /** Rule code of "consecutive visits are no further apart than the visit interval". */
  public static final String VISIT_GAP = "SG-CHD-015";

  /** Rule code of "the classification's review is not overdue on the reference date". */
  public static final String REVIEW_OVERDUE = "SG-CHD-016";

  private static final LocalizedTemplate VISIT_OVERDUE_TEXT =
      LocalizedTemplate.of(
          "下次走访应于{dueOn}前完成，截至{asOf}已逾期{days}天（{policy}）",
          "the next visit was due on {dueOn} and is {days, plural, one {# day} other {# days}}"
              + " overdue on {asOf} ({policy})");
  private static final LocalizedTemplate REVIEW_OVERDUE_TEXT =
      LocalizedTemplate.of(
          "分级应于{dueOn}复评，截至{asOf}已逾期{days}天",
          "the classification was due for review on {dueOn} and is {days, plural, one {# day}"
              + " other {# days}} overdue on {asOf}");
  private static final LocalizedTemplate REVIEW_OVERDUE_BY_POLICY_TEXT =
      LocalizedTemplate.of(
          "分级应于{dueOn}复评，截至{asOf}已逾期{days}天（{policy}）",
          "the classification was due for review on {dueOn} and is {days, plural, one {# day}"
              + " other {# days}} overdue on {asOf} ({policy})");

  private final String childId;
  private final TierPolicy policy;
  private final RiskTier tier;
  private final LocalDate asOf;
  private final Optional<LocalDate> lastVisitOn;
  private final Optional<LocalDate> nextVisitDueOn;
  private final List<VisitGap> gaps;
  private final Optional<LocalDate> reviewDueOn;
  private final boolean reviewDueFromPolicy;

  private VisitSchedule(
      String childId,
      TierPolicy policy,
      RiskTier tier,
      LocalDate asOf,
      Optional<LocalDate> lastVisitOn,
      Optional<LocalDate> nextVisitDueOn,
      List<VisitGap> gaps,
      Optional<LocalDate> reviewDueOn,
      boolean reviewDueFromPolicy) {
    this.childId = childId;
    this.policy = policy;
    this.tier = tier;
    this.asOf = asOf;
    this.lastVisitOn = lastVisitOn;
    this.nextVisitDueOn = nextVisitDueOn;
    this.gaps = gaps;
    this.reviewDueOn = reviewDueOn;
    this.reviewDueFromPolicy = reviewDueFromPolicy;
  }

  /**
   * Computes the schedule of a child on a reference date.
   *
   * @param child the child; not null
   * @param policy the tier policy; not null
   * @param asOf the reference date; not null
   * @return the schedule, or empty when the child has no classification tier
   */
  public static Optional<VisitSchedule> of(Child child, TierPolicy policy, LocalDate asOf) {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    Optional<Classification> classification = child.classification();
    Optional<RiskTier> tier = classification.flatMap(Classification::tier);
    if (tier.isEmpty()) {
      return Optional.empty();
    }
    Period interval = policy.visitIntervalFor(tier.get());
    // a loop, not a stream: this runs for every classified child of a file
    List<Visit> visits = child.visits();
    List<LocalDate> days = new ArrayList<>(visits.size());
    for (Visit visit : visits) {
      Optional<LocalDate> on = visit.on();
      if (on.isPresent() && !on.get().isAfter(asOf)) {
        days.add(on.get());
      }
    }
    if (days.size() > 1) {
      days.sort(null);
    }
    List<VisitGap> gaps = days.size() > 1 ? new ArrayList<>() : List.of();
    for (int i = 1; i < days.size(); i++) {
      LocalDate from = days.get(i - 1);
      LocalDate to = days.get(i);
      if (to.isAfter(from.plus(interval))) {
        gaps.add(new VisitGap(from, to, interval));
      }
    }
    Optional<LocalDate> assessedOn = classification.flatMap(Classification::assessedOn);
    Optional<LocalDate> lastVisit =
        days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1));
    Optional<LocalDate> countFrom = lastVisit.isPresent() ? lastVisit : assessedOn;
    Optional<LocalDate> nextReviewOn = classification.flatMap(Classification::nextReviewOn);
    Optional<LocalDate> reviewDue =
        nextReviewOn.or(() -> assessedOn.map(day -> day.plus(policy.reviewPeriodFor(tier.get()))));
    return Optional.of(
        new VisitSchedule(
            child.id(),
            policy,
            tier.get(),
            asOf,
            lastVisit,
            countFrom.map(day -> day.plus(interval)),
            List.copyOf(gaps),
            reviewDue,
            nextReviewOn.isEmpty() && reviewDue.isPresent()));
  }

  /**
   * Returns the record id of the child.
   *
   * @return the id, never null; empty when the record has none
   */
  public String childId() {
    return childId;
  }

  /**
   * Returns the policy applied.
   *
   * @return the policy, never null
   */
  public TierPolicy policy() {
    return policy;
  }

  /**
   * Returns the child's tier.
   *
   * @return the tier, never null
   */
  public RiskTier tier() {
    return tier;
  }

  /**
   * Returns the reference date.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the visit interval applied: the policy's interval for the tier.
   *
   * @return the interval, never null
   */
  public Period visitInterval() {
    return policy.visitIntervalFor(tier);
  }

  /**
   * Returns the day of the last visit on or before the reference date.
   *
   * @return the date, or empty when there is none
   */
  public Optional<LocalDate> lastVisitOn() {
    return lastVisitOn;
  }

  /**
   * Returns the day the next visit is due.
   *
   * @return the date, or empty without a visit or an assessment date to count from
   */
  public Optional<LocalDate> nextVisitDueOn() {
    return nextVisitDueOn;
  }

  /**
   * Tells whether the next visit is overdue on the reference date (due before it).
   *
   * @return {@code true} when overdue; {@code false} also when the due day is unknown
   */
  public boolean visitOverdue() {
    return nextVisitDueOn.isPresent() && nextVisitDueOn.get().isBefore(asOf);
  }

  /**
   * Returns by how many days the next visit is overdue.
   *
   * @return the days, zero when not overdue
   */
  public long visitDaysOverdue() {
    return visitOverdue() ? ChronoUnit.DAYS.between(nextVisitDueOn.get(), asOf) : 0;
  }

  /**
   * Returns the gaps between consecutive visits longer than the visit interval, oldest first.
   *
   * @return an unmodifiable list, never null
   */
  public List<VisitGap> gaps() {
    return gaps;
  }

  /**
   * Returns the day the classification is due for review.
   *
   * @return the next review date, or else the assessment date plus the review period; empty without
   *     either
   */
  public Optional<LocalDate> reviewDueOn() {
    return reviewDueOn;
  }

  /**
   * Tells whether the review due day was computed from the policy's review period (there is no
   * {@code nextReviewOn}).
   *
   * @return {@code true} when {@link #reviewDueOn()} is the assessment date plus the review period
   */
  public boolean reviewDueFromPolicy() {
    return reviewDueFromPolicy;
  }

  /**
   * Tells whether the review is overdue on the reference date (due before it).
   *
   * @return {@code true} when overdue; {@code false} also when the due day is unknown
   */
  public boolean reviewOverdue() {
    return reviewDueOn.isPresent() && reviewDueOn.get().isBefore(asOf);
  }

  /**
   * Returns by how many days the review is overdue.
   *
   * @return the days, zero when not overdue
   */
  public long reviewDaysOverdue() {
    return reviewOverdue() ? ChronoUnit.DAYS.between(reviewDueOn.get(), asOf) : 0;
  }

  /**
   * Describes the overdue visit in English, naming the policy value, such as {@code SG-CHD-014 the
   * next visit was due on 2024-06-07 and is 3 days overdue on 2024-06-10 (visit interval for TIER_1
   * (red) is 7 days under policy 'Shegong defaults')}.
   *
   * @return the message, or empty when the visit is not overdue
   */
  public Optional<String> visitOverdueMessageEn() {
    return visitOverdue()
        ? Optional.of(VISIT_OVERDUE + " " + VISIT_OVERDUE_TEXT.formatEn(visitArguments(false)))
        : Optional.empty();
  }

  /**
   * Describes the overdue visit in Chinese, naming the policy value.
   *
   * @return the message, or empty when the visit is not overdue
   */
  public Optional<String> visitOverdueMessageZh() {
    return visitOverdue()
        ? Optional.of(VISIT_OVERDUE + " " + VISIT_OVERDUE_TEXT.formatZh(visitArguments(true)))
        : Optional.empty();
  }

  private Map<String, Object> visitArguments(boolean zh) {
    return Map.of(
        "dueOn",
        nextVisitDueOn.orElseThrow(),
        "days",
        visitDaysOverdue(),
        "asOf",
        asOf,
        "policy",
        zh ? policy.visitIntervalTextZh(tier) : policy.visitIntervalTextEn(tier));
  }

  /**
   * Describes the overdue review in English, naming the policy value when the due day came from it.
   *
   * @return the message, or empty when the review is not overdue
   */
  public Optional<String> reviewOverdueMessageEn() {
    return reviewOverdue()
        ? Optional.of(REVIEW_OVERDUE + " " + reviewText().formatEn(reviewArguments(false)))
        : Optional.empty();
  }

  /**
   * Describes the overdue review in Chinese, naming the policy value when the due day came from it.
   *
   * @return the message, or empty when the review is not overdue
   */
  public Optional<String> reviewOverdueMessageZh() {
    return reviewOverdue()
        ? Optional.of(REVIEW_OVERDUE + " " + reviewText().formatZh(reviewArguments(true)))
        : Optional.empty();
  }

  private LocalizedTemplate reviewText() {
    return reviewDueFromPolicy ? REVIEW_OVERDUE_BY_POLICY_TEXT : REVIEW_OVERDUE_TEXT;
  }

  private Map<String, Object> reviewArguments(boolean zh) {
    return Map.of(
        "dueOn",
        reviewDueOn.orElseThrow(),
        "days",
        reviewDaysOverdue(),
        "asOf",
        asOf,
        "policy",
        zh ? policy.reviewPeriodTextZh(tier) : policy.reviewPeriodTextEn(tier));
  }

  /**
   * Returns the child id, tier and due days, without any name or ID number.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return "VisitSchedule{child="
        + Scrubber.scrub(childId)
        + ", tier="
        + tier
        + ", asOf="
        + asOf
        + ", nextVisitDueOn="
        + nextVisitDueOn.map(String::valueOf).orElse("unknown")
        + ", gaps="
        + gaps.size()
        + ", reviewDueOn="
        + reviewDueOn.map(String::valueOf).orElse("unknown")
        + ", policy='"
        + policy.name()
        + "'}";
  }
}
