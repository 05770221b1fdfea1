package org.shegong.validation.internal.batch;

import java.time.LocalDate;
import java.util.Optional;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.model.Qualification;
import org.shegong.core.model.Worker;

/**
 * What the batch rules need to know of a worker to check the slot a child names it in, packed into
 * one {@code int} so that a batch keeps 4 bytes per worker (the value of the worker's id in an
 * {@link IdTable}, or in an entry of the spilled state), never the worker record.
 *
 * <p>Bits 0–4: known, role {@code CHILD_SUPERVISOR}, role {@code CHILD_DIRECTOR}, a qualification
 * level, a registration date; bits 5–31: the registration's last valid day ({@code
 * qualification.registeredUntil}) as a signed epoch day, clamped to about ±180,000 years around
 * 1970 (a date outside that range compares with any reference date as the true date would).
 *
 * @since 0.1.0
 */
public final class WorkerFacts {

  /** The facts of no worker: the value a map returns for an id it does not hold. */
  public static final int UNKNOWN = 0;

  private static final int KNOWN = 1;
  private static final int CHILD_SUPERVISOR = 1 << 1;
  private static final int CHILD_DIRECTOR = 1 << 2;
  private static final int QUALIFIED = 1 << 3;
  private static final int REGISTERED = 1 << 4;
  private static final int SHIFT = 5;
  private static final long MAX_DAY = (1L << (31 - SHIFT)) - 1;
  private static final long MIN_DAY = -(1L << (31 - SHIFT));

  private WorkerFacts() {}

  /**
   * Packs the facts of a worker.
   *
   * @param worker the worker; not null
   * @return the facts, never {@link #UNKNOWN}
   */
  public static int of(Worker worker) {
    int facts = KNOWN;
    if (worker.roles().contains(WorkerRole.CHILD_SUPERVISOR)) {
      facts |= CHILD_SUPERVISOR;
    }
    if (worker.roles().contains(WorkerRole.CHILD_DIRECTOR)) {
      facts |= CHILD_DIRECTOR;
    }
    Optional<Qualification> qualification = worker.qualification();
    if (qualification.isPresent() && qualification.get().level().isPresent()) {
      facts |= QUALIFIED;
    }
    Optional<LocalDate> until = qualification.flatMap(Qualification::registeredUntil);
    if (until.isPresent()) {
      long day = Math.max(MIN_DAY, Math.min(MAX_DAY, until.get().toEpochDay()));
      facts |= REGISTERED | ((int) day << SHIFT);
    }
    return facts;
  }

  /**
   * Tells whether the facts are those of a worker.
   *
   * @param facts packed facts
   * @return false for {@link #UNKNOWN}
   */
  public static boolean known(int facts) {
    return (facts & KNOWN) != 0;
  }

  /**
   * Tells whether the worker has the role {@code CHILD_SUPERVISOR} (儿童督导员).
   *
   * @param facts packed facts
   * @return true when it has
   */
  public static boolean childSupervisor(int facts) {
    return (facts & CHILD_SUPERVISOR) != 0;
  }

  /**
   * Tells whether the worker has the role {@code CHILD_DIRECTOR} (儿童主任).
   *
   * @param facts packed facts
   * @return true when it has
   */
  public static boolean childDirector(int facts) {
    return (facts & CHILD_DIRECTOR) != 0;
  }

  /**
   * Tells whether the worker holds a qualification with a level (助理社会工作师 or higher: every level of
   * the code set is).
   *
   * @param facts packed facts
   * @return true when it does
   */
  public static boolean qualified(int facts) {
    return (facts & QUALIFIED) != 0;
  }

  /**
   * Returns the last valid day of the worker's registration.
   *
   * @param facts packed facts
   * @return the day, or empty when the worker has no registration date
   */
  public static Optional<LocalDate> registeredUntil(int facts) {
    return (facts & REGISTERED) == 0
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(facts >> SHIFT));
  }
}
