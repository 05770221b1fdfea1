package org.shegong.core.coverage;

import org.immutables.value.Value;
import org.shegong.core.division.Division;

/**
 * Township coverage of a region: the share of a region's real township-level units (街道, 镇, 乡) that
 * have at least one active {@code TOWNSHIP_STATION}.
 *
 * <p>Computed by {@link CoverageCalculator}; the units are townships (街道, 镇 and 乡 only; 类似乡级单位
 * never appear). See {@link Coverage} for the figures. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TownshipCoverage implements Coverage<Division>, WithTownshipCoverage {

  TownshipCoverage() {}

  /** Rejects a unit that is both covered and uncovered. */
  @Value.Check
  void checkUnitsDisjoint() {
    CoverageChecks.requireDisjoint(this);
  }

  /**
   * Returns the region, the counts and the percentage, for logs.
   *
   * @return for example {@code TownshipCoverage[640502 沙坡头区, 3/11, 27.27%]}
   */
  @Override
  public String toString() {
    return CoverageChecks.describe("TownshipCoverage", this);
  }

  /**
   * Starts building a {@link TownshipCoverage}; region and vintage are mandatory, lists default to
   * empty.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TownshipCoverage}; a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTownshipCoverage.Builder {
    Builder() {}
  }
}
