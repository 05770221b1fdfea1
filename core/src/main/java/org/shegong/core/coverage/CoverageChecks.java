package org.shegong.core.coverage;

import java.util.HashSet;
import java.util.Set;

/**
 * What the two coverage result types share beyond the {@link Coverage} interface.
 *
 * @since 0.1.0
 */
final class CoverageChecks {

  private CoverageChecks() {}

  /** Rejects a unit that is both covered and uncovered. */
  static <U> void requireDisjoint(Coverage<U> coverage) {
    Set<U> covered = new HashSet<>(coverage.coveredUnits());
    for (U unit : coverage.uncoveredUnits()) {
      if (covered.contains(unit)) {
        throw new IllegalStateException("a unit cannot be both covered and uncovered: " + unit);
      }
    }
  }

  /** The region, the counts and the percentage, for logs: {@code Name[region, 3/11, 27.27%]}. */
  static String describe(String typeName, Coverage<?> coverage) {
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
