package org.shegong.core.child;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Two consecutive visits to a child further apart than the tier's visit interval (rule {@value
 * VisitSchedule#VISIT_GAP}).
 *
 * <p>The next visit was due {@code allowed} after {@link #from()}; {@link #to()} is after that day.
 * Immutable.
 *
 * @since 0.1.0
 */
public final class VisitGap {

  private final LocalDate from;
  private final LocalDate to;
  private final Period allowed;

  VisitGap(LocalDate from, LocalDate to, Period allowed) {
    this.from = from;
    this.to = to;
    this.allowed = allowed;
  }

  /**
   * Returns the day of the earlier visit.
   *
   * @return the date, never null
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the day of the later visit.
   *
   * @return the date, never null
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns the number of days between the two visits.
   *
   * @return the days, more than {@link #allowedDays()}
   */
  public long days() {
    return ChronoUnit.DAYS.between(from, to);
  }

  /**
   * Returns the visit interval applied.
   *
   * @return the interval, never null
   */
  public Period allowed() {
    return allowed;
  }

  /**
   * Returns the visit interval applied, counted in days from {@link #from()}.
   *
   * @return the days allowed
   */
  public long allowedDays() {
    return ChronoUnit.DAYS.between(from, from.plus(allowed));
  }

  /**
   * Returns the day by which the later visit was due: {@code from.plus(allowed)}.
   *
   * @return the date, never null
   */
  public LocalDate dueOn() {
    return from.plus(allowed);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof VisitGap)) {
      return false;
    }
    VisitGap that = (VisitGap) other;
    return from.equals(that.from) && to.equals(that.to) && allowed.equals(that.allowed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, allowed);
  }

  /**
   * Returns the gap, such as {@code 2024-05-01..2024-05-20 (19 days, allowed 14)}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return from + ".." + to + " (" + days() + " days, allowed " + allowedDays() + ")";
  }
}
