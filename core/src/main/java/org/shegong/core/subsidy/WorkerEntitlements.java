package org.shegong.core.subsidy;

import java.util.List;
import java.util.Objects;
import org.shegong.core.money.Money;
import org.shegong.core.privacy.Scrubber;

/**
 * What one worker is entitled to over a range of months, with the total.
 *
 * <p>Computed by {@link SubsidyCalculator}. Immutable.
 *
 * @since 0.1.0
 */
public final class WorkerEntitlements {

  private final String workerId;
  private final List<Entitlement> entitlements;
  private final Money total;

  WorkerEntitlements(String workerId, List<Entitlement> entitlements) {
    this.workerId = workerId;
    this.entitlements = List.copyOf(entitlements);
    this.total = entitlements.stream().map(Entitlement::amount).reduce(Money.ZERO, Money::plus);
  }

  /**
   * Returns the worker's id.
   *
   * @return the id, never null
   */
  public String workerId() {
    return workerId;
  }

  /**
   * Returns the entitlements: the one-off award first, if any, then one per month in order.
   *
   * @return an unmodifiable list, never null, possibly empty
   */
  public List<Entitlement> entitlements() {
    return entitlements;
  }

  /**
   * Returns the sum of the entitlements.
   *
   * @return the total, {@link Money#ZERO} when there are none; never null
   */
  public Money total() {
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkerEntitlements other
        && workerId.equals(other.workerId)
        && entitlements.equals(other.entitlements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workerId, entitlements);
  }

  @Override
  public String toString() {
    return Scrubber.scrub(
        "WorkerEntitlements{" + workerId + ", " + entitlements.size() + " items, " + total + "}");
  }
}
