/**
 * The children standard model (docs/domain.md, "Children in difficulty") as pure functions: ages,
 * eligibility for the categories of children in difficulty, the four-tier policy of visit intervals
 * and review periods, the requirements of each tier, and the visit and review schedule of a child.
 *
 * <p>Every function takes a reference date {@code asOf} and never reads the system clock, so that a
 * batch validated on a worker gives the same answer everywhere.
 *
 * <h2>Day semantics</h2>
 *
 * <ul>
 *   <li><b>Ages</b> are completed years ({@link java.time.Period#between}): a child is 16 on the
 *       16th birthday, so "under 16" holds up to and including the day before it. A child born on
 *       29 February has the birthday on 1 March in non-leap years.
 *   <li><b>Six months</b> ({@link org.shegong.core.code.ParentSituation#requiresSixMonths()}) from
 *       a day {@code S} are reached on {@code S.plusMonths(6)}: from 2024-01-15 on 2024-07-15; from
 *       the end of a month, the end of the sixth month after it (from 2023-08-31 on 2024-02-29,
 *       from 2022-08-31 on 2023-02-28).
 *   <li>A parent's situation <b>holds on</b> {@code asOf} when its {@code since} is absent or not
 *       after {@code asOf}, and its {@code until} is absent or not before {@code asOf} (the {@code
 *       until} day itself still counts).
 *   <li><b>Due days</b>: a visit due on a day is on time on that day and overdue from the next day;
 *       the same for reviews.
 * </ul>
 *
 * <h2>Privacy</h2>
 *
 * <p>No result, reason, message or {@code toString()} of this package contains a child's name or
 * citizen ID; results identify a child by its record {@link org.shegong.core.model.Child#id() id}
 * only. Eligibility reasons say whether a parent is deceased or missing, or "in a qualifying
 * situation", but never name which situation (imprisonment, illness, …).
 *
 * @since 0.1.0
 */
@DomainStyle
package org.shegong.core.child;

import org.shegong.core.internal.DomainStyle;
