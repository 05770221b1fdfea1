package org.shegong.core.coverage;

import java.util.List;
import org.immutables.value.Value;
import org.shegong.core.division.Division;

/**
 * The township coverage of one city or county inside a larger region: one part of the breakdown of
 * a {@link TownshipCoverage} of a city (by county) or a province (by city, and each city by
 * county).
 *
 * <p>The figures are those of {@link CoverageFigures}, computed over the same stations as the
 * whole: the part's real township-level units (街道, 镇, 乡) with and without a counted station. {@link
 * #excludedUnits()} names the part's 类似乡级单位 (and unclassified codes), which never count. The
 * stations themselves, counted and excluded, are listed once, on the whole. A county whose
 * townships are all 类似乡级单位 (a development zone, for example) has a {@link #total()} of 0 and no
 * percentage. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SubregionCoverage
    implements CoverageFigures<Division>, WithSubregionCoverage {

  SubregionCoverage() {}

  /**
   * Returns the part's townships that are not real township-level administrations: 类似乡级单位 (township
   * digits 400–599) and unclassified codes. They are in neither {@link #coveredUnits()} nor {@link
   * #uncoveredUnits()}, whatever their stations.
   *
   * @return an unmodifiable list in code order, never null
   */
  public abstract List<Division> excludedUnits();

  /**
   * Returns the part broken down one level further: a city's coverage by county. The figures of the
   * parts add up to this part's.
   *
   * @return the counties of a city in code order; empty for a county
   */
  public abstract List<SubregionCoverage> breakdown();

  /**
   * Returns the coverage of every county of this part: the part's breakdown for a city, nothing for
   * a county.
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
   * @return for example {@code SubregionCoverage[640522 海原县, 17/17, 100.00%]}
   */
  @Override
  public String toString() {
    return CoverageChecks.describe("SubregionCoverage", this);
  }

  /**
   * Starts building a {@link SubregionCoverage}; the region is mandatory, lists default to empty.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SubregionCoverage}; a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSubregionCoverage.Builder {
    Builder() {}
  }
}
