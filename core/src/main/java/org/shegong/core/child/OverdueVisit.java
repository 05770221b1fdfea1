package org.shegong.core.child;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.code.RiskTier;
import org.shegong.core.privacy.Scrubber;

/**
 * A child whose next visit is overdue, as listed by {@link TierPolicy#overdueVisits}.
 *
 * <p>Identifies the child by its record id only: no name, no citizen ID. Immutable.
 *
 * @since 0.1.0
 */
public final class OverdueVisit {

  private final String childId;
  private final RiskTier tier;
  private final LocalDate dueOn;
  private final long daysOverdue;
  private final Optional<LocalDate> lastVisitOn;

  private OverdueVisit(
      String childId,
      RiskTier tier,
      LocalDate dueOn,
      long daysOverdue,
      Optional<LocalDate> lastVisitOn) {
    this.childId = childId;
    this.tier = tier;
    this.dueOn = dueOn;
    this.daysOverdue = daysOverdue;
    this.lastVisitOn = lastVisitOn;
  }

  static OverdueVisit of(VisitSchedule schedule) {
    return new OverdueVisit(
        schedule.childId(),
        schedule.tier(),
        schedule.nextVisitDueOn().orElseThrow(),
        schedule.visitDaysOverdue(),
        schedule.lastVisitOn());
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
   * Returns the child's tier.
   *
   * @return the tier, never null
   */
  public RiskTier tier() {
    return tier;
  }

  /**
   * Returns the day the visit was due.
   *
   * @return the date, never null
   */
  public LocalDate dueOn() {
    return dueOn;
  }

  /**
   * Returns by how many days the visit is overdue on the reference date.
   *
   * @return the days, one or more
   */
  public long daysOverdue() {
    return daysOverdue;
  }

  /**
   * Returns the day of the last visit on or before the reference date.
   *
   * @return the date, or empty when the due day was counted from the assessment
   */
  public Optional<LocalDate> lastVisitOn() {
    return lastVisitOn;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof OverdueVisit)) {
      return false;
    }
    OverdueVisit that = (OverdueVisit) other;
    return childId.equals(that.childId)
        && tier == that.tier
        && dueOn.equals(that.dueOn)
        && daysOverdue == that.daysOverdue
        && lastVisitOn.equals(that.lastVisitOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(childId, tier, dueOn, daysOverdue, lastVisitOn);
  }

  /**
   * Returns the child id, tier, due day and days overdue, such as {@code C-0017 TIER_1 due
   * 2024-06-07, 3 days overdue}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return Scrubber.scrub(
        childId + " " + tier + " due " + dueOn + ", " + daysOverdue + " days overdue");
  }
}
