package org.shegong.core.coverage;

import java.util.List;
import org.immutables.value.Value;
import org.shegong.core.division.Division;

/**
 * Township coverage of a region: the share of a region's real township-level units (街道, 镇, 乡) that
 * have at least one active {@code TOWNSHIP_STATION}.
 *
 * <p>Computed by {@link CoverageCalculator}; the units are townships (街道, 镇 and 乡 only; 类似乡级单位
 * never appear among them, {@link #excludedUnits()} names them). See {@link CoverageFigures} for
 * the figures.
 *
 * <p>The coverage of a city is broken down by county, that of a province by city and each city by
 * county ({@link #breakdown()}, {@link #counties()}), so that a claim such as 中卫市's "40 of 40
 * township-level units" can be read off per county. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TownshipCoverage implements Coverage<Division>, WithTownshipCoverage {

  TownshipCoverage() {}

  /**
   * Returns the region's townships that are not real township-level administrations: 类似乡级单位
   * (township digits 400–599: farms, development zones, reserves) and unclassified codes. They are
   * neither in the denominator nor covered, whatever their stations.
   *
   * @return an unmodifiable list in code order, never null; for example 中卫市's six, from {@code
   *     640502400} 中卫山羊选育场 to {@code 640522406} 海兴开发区
   */
  public abstract List<Division> excludedUnits();

  /**
   * Returns the coverage broken down one level: a city's by county, a province's by city (each of
   * which is broken down by county in turn). The figures of the parts add up to the whole's.
   *
   * @return the parts in code order, each computed over the same stations; empty for a county
   */
  public abstract List<SubregionCoverage> breakdown();

  /**
   * Returns the coverage of every county of the region: the breakdown of a city, the breakdowns of
   * a province's cities one after the other, nothing for a county (which is its own only county).
   *
   * @return an unmodifiable list in code order, never null
   */
  public List<SubregionCoverage> counties() {
    return CoverageChecks.counties(region(), breakdown());
  }

  /** Rejects a unit listed twice and a breakdown whose figures do not add up. */
  @Value.Check
  void checkConsistent() {
    CoverageChecks.requireDisjoint(this);
    CoverageChecks.requireConsistentBreakdown(this, excludedUnits(), breakdown());
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
