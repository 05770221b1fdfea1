package org.shegong.core.demand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shegong.core.code.DemandStatus;
import org.shegong.core.model.Demand;

/**
 * The workflow of the demand list (需求清单): {@code COLLECTED → ASSESSED → PLANNED → MATCHED → DONE},
 * or {@code REJECTED} from any state that is not final.
 *
 * <p>Transitions go one step forward, or to {@code REJECTED}: no step is skipped, no step goes
 * back, and staying in the same status is not a transition. {@code DONE} and {@code REJECTED} are
 * final.
 *
 * <p>Each status also carries requirements ({@link DemandRequirement}): {@code DONE} needs a
 * service record, {@code REJECTED} needs a reason, and a satisfaction rating belongs to {@code
 * DONE} only. A demand without a status has no requirement here; its missing status is a structure
 * problem that validation reports.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DemandWorkflow {

  private static final Map<DemandStatus, Set<DemandStatus>> NEXT =
      new EnumMap<>(DemandStatus.class);

  static {
    NEXT.put(DemandStatus.COLLECTED, of(DemandStatus.ASSESSED, DemandStatus.REJECTED));
    NEXT.put(DemandStatus.ASSESSED, of(DemandStatus.PLANNED, DemandStatus.REJECTED));
    NEXT.put(DemandStatus.PLANNED, of(DemandStatus.MATCHED, DemandStatus.REJECTED));
    NEXT.put(DemandStatus.MATCHED, of(DemandStatus.DONE, DemandStatus.REJECTED));
    NEXT.put(DemandStatus.DONE, Collections.unmodifiableSet(EnumSet.noneOf(DemandStatus.class)));
    NEXT.put(
        DemandStatus.REJECTED, Collections.unmodifiableSet(EnumSet.noneOf(DemandStatus.class)));
  }

  private DemandWorkflow() {}

  private static Set<DemandStatus> of(DemandStatus first, DemandStatus second) {
    return Collections.unmodifiableSet(EnumSet.of(first, second));
  }

  /**
   * Returns the statuses a demand may move to from a status.
   *
   * @param status the current status; not null
   * @return an unmodifiable set in workflow order: the next step and {@code REJECTED}, or empty for
   *     a final status
   */
  public static Set<DemandStatus> allowedNext(DemandStatus status) {
    // NEXT has every status
    return Objects.requireNonNull(NEXT.get(Objects.requireNonNull(status, "status")));
  }

  /**
   * Tells whether a demand may move from one status to another.
   *
   * @param from the current status; not null
   * @param to the new status; not null
   * @return {@code true} when {@code to} is in {@link #allowedNext(DemandStatus)
   *     allowedNext(from)}; {@code false} for staying in the same status
   */
  public static boolean canMove(DemandStatus from, DemandStatus to) {
    Objects.requireNonNull(to, "to");
    return allowedNext(from).contains(to);
  }

  /**
   * Tells whether a status is final: no transition leaves it.
   *
   * @param status the status; not null
   * @return {@code true} for {@code DONE} and {@code REJECTED}
   */
  public static boolean isFinal(DemandStatus status) {
    return allowedNext(status).isEmpty();
  }

  /**
   * Returns the requirements that apply to a demand in a status.
   *
   * @param status the status; not null
   * @return an unmodifiable set in declaration order: for {@code DONE} the service record, for
   *     {@code REJECTED} the reason and no satisfaction, for the open statuses no satisfaction
   */
  public static Set<DemandRequirement> requirementsFor(DemandStatus status) {
    Objects.requireNonNull(status, "status");
    switch (status) {
      case DONE:
        return Collections.unmodifiableSet(EnumSet.of(DemandRequirement.SERVICE_RECORD_WHEN_DONE));
      case REJECTED:
        return Collections.unmodifiableSet(
            EnumSet.of(
                DemandRequirement.REASON_WHEN_REJECTED,
                DemandRequirement.SATISFACTION_ONLY_WHEN_DONE));
      default:
        return Collections.unmodifiableSet(
            EnumSet.of(DemandRequirement.SATISFACTION_ONLY_WHEN_DONE));
    }
  }

  /**
   * Returns the requirements of its status that a demand does not meet.
   *
   * <p>A service record id or a rejection reason that is empty or only whitespace does not count. A
   * demand without a status meets every requirement (there is none to meet).
   *
   * @param demand the demand; not null
   * @return an unmodifiable list in declaration order of {@link DemandRequirement}, empty when the
   *     demand meets every requirement of its status
   */
  public static List<DemandRequirement> unmetRequirements(Demand demand) {
    Objects.requireNonNull(demand, "demand");
    if (demand.status().isEmpty()) {
      return List.of();
    }
    List<DemandRequirement> unmet = new ArrayList<>(2);
    for (DemandRequirement requirement : requirementsFor(demand.status().get())) {
      if (!meets(demand, requirement)) {
        unmet.add(requirement);
      }
    }
    return Collections.unmodifiableList(unmet);
  }

  private static boolean meets(Demand demand, DemandRequirement requirement) {
    switch (requirement) {
      case SERVICE_RECORD_WHEN_DONE:
        return demand.serviceRecordIds().stream().anyMatch(id -> !id.isBlank());
      case REASON_WHEN_REJECTED:
        return demand.rejectionReason().filter(reason -> !reason.isBlank()).isPresent();
      case SATISFACTION_ONLY_WHEN_DONE:
        return demand.satisfaction().isEmpty();
      default:
        throw new AssertionError(requirement);
    }
  }
}
