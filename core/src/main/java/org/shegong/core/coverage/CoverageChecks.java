package org.shegong.core.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionLevel;

/**
 * What the coverage result types share beyond the {@link CoverageFigures} interface.
 *
 * @since 0.1.0
 */
final class CoverageChecks {

  private CoverageChecks() {}

  /** Rejects a unit that is both covered and uncovered. */
  static <U> void requireDisjoint(CoverageFigures<U> coverage) {
    Set<U> covered = new HashSet<>(coverage.coveredUnits());
    for (U unit : coverage.uncoveredUnits()) {
      if (covered.contains(unit)) {
        throw new IllegalStateException("a unit cannot be both covered and uncovered: " + unit);
      }
    }
  }

  /**
   * Rejects excluded units that are also counted or lie outside the region, and a breakdown whose
   * parts are not directly below the region or whose figures do not add up to the whole.
   */
  static void requireConsistentBreakdown(
      CoverageFigures<Division> whole,
      List<Division> excludedUnits,
      List<SubregionCoverage> breakdown) {
    String prefix = whole.region().code().value();
    Set<Division> counted = new HashSet<>(whole.coveredUnits());
    counted.addAll(whole.uncoveredUnits());
    for (Division unit : excludedUnits) {
      if (counted.contains(unit) || !unit.code().value().startsWith(prefix)) {
        throw new IllegalStateException(
            "an excluded unit of " + whole.region() + " must be a township not counted: " + unit);
      }
    }
    if (breakdown.isEmpty()) {
      return;
    }
    int covered = 0;
    int total = 0;
    int excluded = 0;
    for (SubregionCoverage part : breakdown) {
      Optional<DivisionCode> parent = part.region().parentCode();
      if (parent.isEmpty() || !parent.get().equals(whole.region().code())) {
        throw new IllegalStateException(
            "a part of the breakdown of "
                + whole.region()
                + " must lie directly below it: "
                + part);
      }
      covered += part.covered();
      total += part.total();
      excluded += part.excludedUnits().size();
    }
    if (covered != whole.covered() || total != whole.total() || excluded != excludedUnits.size()) {
      throw new IllegalStateException(
          "the breakdown of "
              + whole.region()
              + " must add up to it: its parts have "
              + covered
              + "/"
              + total
              + " units ("
              + excluded
              + " excluded), the whole "
              + whole.covered()
              + "/"
              + whole.total()
              + " ("
              + excludedUnits.size()
              + " excluded)");
    }
  }

  /** The county parts of a breakdown: the breakdown itself below a province, flattened there. */
  static List<SubregionCoverage> counties(Division region, List<SubregionCoverage> breakdown) {
    if (region.level() != DivisionLevel.PROVINCE) {
      return breakdown;
    }
    List<SubregionCoverage> counties = new ArrayList<>();
    for (SubregionCoverage city : breakdown) {
      counties.addAll(city.breakdown());
    }
    return Collections.unmodifiableList(counties);
  }

  /** The region, the counts and the percentage, for logs: {@code Name[region, 3/11, 27.27%]}. */
  static String describe(String typeName, CoverageFigures<?> coverage) {
    return typeName
        + "["
        + coverage.region()
        + ", "
        + coverage.covered()
        + "/"
        + coverage.total()
        + ", "
        + coverage.percent().orElse("undefined")
        + "]";
  }
}
