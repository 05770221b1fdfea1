package org.shegong.core.coverage;

import org.immutables.value.Value;
import org.shegong.core.division.DivisionCode;

/**
 * Village coverage of a region: the share of the villages (村委会/居委会) the caller listed that have at
 * least one active {@code VILLAGE_ROOM}.
 *
 * <p>Computed by {@link CoverageCalculator}; the units are 12-digit village codes. See {@link
 * CoverageFigures} for the figures. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class VillageCoverage implements Coverage<DivisionCode>, WithVillageCoverage {

  VillageCoverage() {}

  /** Rejects a unit that is both covered and uncovered. */
  @Value.Check
  void checkUnitsDisjoint() {
    CoverageChecks.requireDisjoint(this);
  }

  /**
   * Returns the region, the counts and the percentage, for logs.
   *
   * @return for example {@code VillageCoverage[640502 沙坡头区, 3/11, 27.27%]}
   */
  @Override
  public String toString() {
    return CoverageChecks.describe("VillageCoverage", this);
  }

  /**
   * Starts building a {@link VillageCoverage}; region and vintage are mandatory, lists default to
   * empty.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VillageCoverage}; a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableVillageCoverage.Builder {
    Builder() {}
  }
}
