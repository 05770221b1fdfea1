package org.shegong.core.subsidy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shegong.core.money.Money;

/**
 * What every worker of a roster is entitled to over a range of months, with per-worker totals and
 * the grand total.
 *
 * <p>Computed by {@link SubsidyCalculator#roster}. Immutable.
 *
 * @since 0.1.0
 */
public final class RosterEntitlements {

  private final List<WorkerEntitlements> workers;
  private final Map<String, Money> totalsByWorker;
  private final Money grandTotal;

  RosterEntitlements(List<WorkerEntitlements> workers) {
    this.workers = List.copyOf(workers);
    Map<String, Money> totals = new LinkedHashMap<>();
    Money sum = Money.ZERO;
    for (WorkerEntitlements worker : workers) {
      totals.put(worker.workerId(), worker.total());
      sum = sum.plus(worker.total());
    }
    this.totalsByWorker = java.util.Collections.unmodifiableMap(totals);
    this.grandTotal = sum;
  }

  /**
   * Returns each worker's entitlements, in roster order.
   *
   * @return an unmodifiable list, never null
   */
  public List<WorkerEntitlements> workers() {
    return workers;
  }

  /**
   * Returns each worker's total, in roster order, including workers entitled to nothing.
   *
   * @return an unmodifiable map from worker id to total, never null
   */
  public Map<String, Money> totalsByWorker() {
    return totalsByWorker;
  }

  /**
   * Returns every entitlement of the roster, worker by worker.
   *
   * @return an unmodifiable list, never null
   */
  public List<Entitlement> entitlements() {
    return workers.stream().flatMap(w -> w.entitlements().stream()).toList();
  }

  /**
   * Returns the sum of all workers' totals.
   *
   * @return the grand total, never null
   */
  public Money grandTotal() {
    return grandTotal;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RosterEntitlements other && workers.equals(other.workers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workers);
  }

  @Override
  public String toString() {
    return "RosterEntitlements{" + workers.size() + " workers, " + grandTotal + "}";
  }
}
