package org.shegong.core.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.shegong.core.id.CitizenId;
import org.shegong.core.model.Child;

/**
 * The age of a child in completed years on a reference date, and where it came from.
 *
 * <p>The age is computed from the recorded birth date when there is one, otherwise from the birth
 * date encoded in the citizen ID. A citizen ID is usable when it is valid apart from the reference
 * date (its birth date is read even when it lies after {@code asOf}); an ID with a wrong check
 * character, an unknown province or an impossible date is not used. When the birth date and a
 * usable ID both exist and name different days, the age still comes from the birth date and {@link
 * #mismatch()} is {@code true}: that is itself an error for validation ({@value
 * #BIRTH_DATE_MISMATCH}). When the birth date used lies after {@code asOf}, the age is unknown and
 * {@link #bornAfterAsOf()} is {@code true}.
 *
 * <p>Ages are completed years ({@link Period#between}): a child is 16 from the 16th birthday on.
 * Immutable; {@link #toString()} shows neither dates of birth nor the ID.
 *
 * @since 0.1.0
 */
public final class ChildAge {

  /** Rule code of "the birth date and the birth date in the citizen ID agree". */
  public static final String BIRTH_DATE_MISMATCH = "SG-CHD-001";

  /** Rule code of "a child's age can be determined on the reference date". */
  public static final String AGE_UNKNOWN = "SG-CHD-002";

  private final LocalDate asOf;
  private final AgeSource source;
  private final Optional<LocalDate> birthDate;
  private final Optional<LocalDate> idBirthDate;
  private final boolean mismatch;
  private final boolean bornAfterAsOf;
  private final OptionalInt years;

  private ChildAge(
      LocalDate asOf,
      AgeSource source,
      Optional<LocalDate> birthDate,
      Optional<LocalDate> idBirthDate,
      boolean mismatch) {
    this.asOf = asOf;
    this.source = source;
    this.birthDate = birthDate;
    this.idBirthDate = idBirthDate;
    this.mismatch = mismatch;
    this.bornAfterAsOf = birthDate.isPresent() && birthDate.get().isAfter(asOf);
    this.years =
        birthDate.isEmpty() || bornAfterAsOf
            ? OptionalInt.empty()
            : OptionalInt.of(Period.between(birthDate.get(), asOf).getYears());
  }

  /**
   * Computes the age of a child on a reference date from its birth date or citizen ID.
   *
   * @param child the child; not null
   * @param asOf the reference date; not null
   * @return the age, never null; unknown when neither source is usable
   */
  public static ChildAge of(Child child, LocalDate asOf) {
    Objects.requireNonNull(child, "child");
    return of(child.birthDate(), child.citizenId(), asOf);
  }

  /**
   * Computes an age on a reference date from a birth date or, without one, a citizen ID.
   *
   * @param birthDate the recorded birth date, or empty; not null
   * @param citizenId the citizen ID, or empty; not null
   * @param asOf the reference date; not null
   * @return the age, never null; unknown when neither source is usable
   */
  public static ChildAge of(
      Optional<LocalDate> birthDate, Optional<CitizenId> citizenId, LocalDate asOf) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(citizenId, "citizenId");
    Objects.requireNonNull(asOf, "asOf");
    Optional<LocalDate> fromId = citizenId.flatMap(ChildAge::usableBirthDate);
    if (birthDate.isPresent()) {
      boolean mismatch = fromId.isPresent() && !fromId.get().equals(birthDate.get());
      return new ChildAge(asOf, AgeSource.BIRTH_DATE, birthDate, fromId, mismatch);
    }
    if (fromId.isPresent()) {
      return new ChildAge(asOf, AgeSource.CITIZEN_ID, fromId, fromId, false);
    }
    return new ChildAge(asOf, AgeSource.NONE, Optional.empty(), Optional.empty(), false);
  }

  // The ID is re-read without the reference-date check: its birth date matters even when it lies
  // after asOf (then the age is unknown), and validity must not depend on the clock at parse time.
  private static Optional<LocalDate> usableBirthDate(CitizenId id) {
    if (id.isValid()) {
      return Optional.of(id.birthDate()); // valid at its date, so valid at any later one
    }
    CitizenId reread = CitizenId.lenient(id.value(), LocalDate.MAX);
    return reread.isValid() ? Optional.of(reread.birthDate()) : Optional.empty();
  }

  /**
   * Returns the reference date of the age.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns where the age came from.
   *
   * @return the source, never null; {@link AgeSource#NONE} when the age is unknown for lack of data
   */
  public AgeSource source() {
    return source;
  }

  /**
   * Returns the age in completed years on {@link #asOf()}.
   *
   * @return the age, zero or more; empty when unknown (no usable source, or born after {@code
   *     asOf})
   */
  public OptionalInt years() {
    return years;
  }

  /**
   * Tells whether the age is known.
   *
   * @return {@code true} when {@link #years()} is present
   */
  public boolean known() {
    return years.isPresent();
  }

  /**
   * Returns the birth date the age was computed from.
   *
   * @return the recorded birth date, or else the one in the ID; empty when the source is {@link
   *     AgeSource#NONE}
   */
  public Optional<LocalDate> birthDate() {
    return birthDate;
  }

  /**
   * Returns the birth date encoded in the citizen ID, when the ID is usable.
   *
   * @return the date, or empty when there is no ID or it is not usable
   */
  public Optional<LocalDate> idBirthDate() {
    return idBirthDate;
  }

  /**
   * Tells whether the recorded birth date and the birth date in the citizen ID disagree (rule
   * {@value #BIRTH_DATE_MISMATCH}).
   *
   * @return {@code true} when both exist and differ
   */
  public boolean mismatch() {
    return mismatch;
  }

  /**
   * Tells whether the birth date used lies after the reference date, which leaves the age unknown.
   *
   * @return {@code true} when born after {@link #asOf()}
   */
  public boolean bornAfterAsOf() {
    return bornAfterAsOf;
  }

  /**
   * Tells whether the child is under an age limit on {@link #asOf()}: under 18 holds up to and
   * including the day before the 18th birthday.
   *
   * @param limit the age limit in years, for example 16 or 18
   * @return {@code true} when younger than {@code limit}, {@code false} when {@code limit} or
   *     older, empty when the age is unknown
   */
  public Optional<Boolean> isUnder(int limit) {
    return years.isPresent() ? Optional.of(years.getAsInt() < limit) : Optional.empty();
  }

  /**
   * Returns a description without dates of birth or ID, such as {@code ChildAge{years=15,
   * source=BIRTH_DATE, mismatch=false, asOf=2024-06-30}}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return "ChildAge{years="
        + (years.isPresent() ? String.valueOf(years.getAsInt()) : "unknown")
        + ", source="
        + source
        + ", mismatch="
        + mismatch
        + ", asOf="
        + asOf
        + '}';
  }
}
