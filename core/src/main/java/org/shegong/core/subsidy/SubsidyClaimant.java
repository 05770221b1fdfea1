package org.shegong.core.subsidy;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.ShegongException;
import org.shegong.core.code.QualificationLevel;

/**
 * A social worker as a subsidy policy sees them: the highest qualification level held, when it was
 * obtained, and their employment in a community.
 *
 * <p>A claimant carries one level only, the highest held: the policy pays for that level and no
 * other. Community employment is a period of days, both ends inclusive and either end open: when
 * {@link #employedInCommunity()} is {@code true}, the worker is employed in a community on every
 * day from {@link #communityEmploymentFrom()} (or since ever) to {@link
 * #communityEmploymentUntil()} (or for ever); when {@code false}, on no day, and no period may be
 * given.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SubsidyClaimant {

  /** Rule code of "a claimant has a worker id, a level, a qualifying date and a valid period". */
  public static final String INVALID_CLAIMANT = "SG-SUB-011";

  SubsidyClaimant() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the worker's record id (not a citizen ID number).
   *
   * @return the id, never null or blank
   */
  public abstract String workerId();

  /**
   * Returns the highest qualification level the worker holds.
   *
   * @return the level, never null
   */
  public abstract QualificationLevel level();

  /**
   * Returns the day the worker obtained the qualification (the certificate's date).
   *
   * @return the day, never null
   */
  public abstract LocalDate qualifiedOn();

  /**
   * Tells whether the worker is (or was) employed in a community at all.
   *
   * @return {@code true} when employed in a community over the period given; {@code false} by
   *     default
   */
  @Value.Default
  public boolean employedInCommunity() {
    return false;
  }

  /**
   * Returns the first day of community employment, inclusive.
   *
   * @return the day, or empty when employed since before any day of interest
   */
  public abstract Optional<LocalDate> communityEmploymentFrom();

  /**
   * Returns the last day of community employment, inclusive.
   *
   * @return the day, or empty when still employed
   */
  public abstract Optional<LocalDate> communityEmploymentUntil();

  /**
   * Tells whether the worker is employed in a community on a day.
   *
   * @param day the day; not null
   * @return {@code true} when {@link #employedInCommunity()} and the day is within the period
   */
  public boolean employedInCommunityOn(LocalDate day) {
    return employedInCommunity()
        && communityEmploymentFrom().map(from -> !day.isBefore(from)).orElse(true)
        && communityEmploymentUntil().map(until -> !day.isAfter(until)).orElse(true);
  }

  /**
   * Tells whether the worker holds the level on a day.
   *
   * @param day the day; not null
   * @return {@code true} when {@code qualifiedOn() <= day}
   */
  public boolean holdsLevelOn(LocalDate day) {
    return !day.isBefore(qualifiedOn());
  }

  @Value.Check
  void check() {
    if (workerId() == null || workerId().isBlank()) {
      throw invalid("workerId must not be blank");
    }
    if (level() == null || qualifiedOn() == null) {
      throw invalid("level and qualifiedOn are required");
    }
    boolean hasPeriod =
        communityEmploymentFrom().isPresent() || communityEmploymentUntil().isPresent();
    if (!employedInCommunity() && hasPeriod) {
      throw invalid("a community employment period is given but employedInCommunity is false");
    }
    if (communityEmploymentFrom().isPresent()
        && communityEmploymentUntil().isPresent()
        && communityEmploymentUntil().get().isBefore(communityEmploymentFrom().get())) {
      throw invalid(
          "community employment ends "
              + communityEmploymentUntil().get()
              + " before it starts "
              + communityEmploymentFrom().get());
    }
  }

  private ShegongException invalid(String detail) {
    return new ShegongException(
        INVALID_CLAIMANT, INVALID_CLAIMANT + " claimant '" + workerId() + "': " + detail);
  }

  /**
   * Builds a {@link SubsidyClaimant}; workerId, level and qualifiedOn are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSubsidyClaimant.Builder {
    Builder() {}
  }
}
