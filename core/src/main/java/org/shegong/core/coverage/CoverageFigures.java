package org.shegong.core.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.shegong.core.division.Division;

/**
 * The figures of a coverage: a region, its units with and without a counted station, and the
 * counts, ratio and percentage derived from them. {@link Coverage} adds the stations; {@link
 * SubregionCoverage}, one part of a city's or province's breakdown, has the figures alone.
 *
 * <p>The figures are exact: {@link #ratio()} is a {@link BigDecimal} and {@link #percent()} a
 * string, both rounded {@link RoundingMode#HALF_UP}; no {@code double} is involved. When the region
 * has no unit to cover ({@link #total()} is 0), the ratio is undefined and both are empty.
 *
 * @param <U> the type of a unit: {@link Division} for townships, {@link
 *     org.shegong.core.division.DivisionCode} for villages (which the division table does not hold)
 * @since 0.1.0
 */
public interface CoverageFigures<U> {

  /**
   * Returns the region whose coverage these figures are.
   *
   * @return the region as found in the division table (code and name), never null
   */
  Division region();

  /**
   * Returns the units that have at least one counted station.
   *
   * @return an unmodifiable list in code order, never null
   */
  List<U> coveredUnits();

  /**
   * Returns the units that have no counted station.
   *
   * @return an unmodifiable list in code order, never null
   */
  List<U> uncoveredUnits();

  /**
   * Returns the number of covered units, the numerator.
   *
   * @return the size of {@link #coveredUnits()}
   */
  default int covered() {
    return coveredUnits().size();
  }

  /**
   * Returns the number of units to cover, the denominator.
   *
   * @return the number of covered and uncovered units together
   */
  default int total() {
    return coveredUnits().size() + uncoveredUnits().size();
  }

  /**
   * Returns the number of units without a counted station.
   *
   * @return the size of {@link #uncoveredUnits()}
   */
  default int uncovered() {
    return uncoveredUnits().size();
  }

  /**
   * Returns covered / total, rounded half-up to 4 decimal places.
   *
   * @return for example {@code 0.8333} for 10 of 12; {@code 1.0000} for full coverage; empty when
   *     {@link #total()} is 0
   */
  default Optional<BigDecimal> ratio() {
    int total = total();
    if (total == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(covered()).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP));
  }

  /**
   * Returns covered / total as a percentage with 2 decimal places, rounded half-up.
   *
   * @return for example {@code "83.33%"} for 10 of 12, {@code "100.00%"} for full coverage; empty
   *     when {@link #total()} is 0
   */
  default Optional<String> percent() {
    int total = total();
    if (total == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(covered() * 100L)
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP)
                .toPlainString()
            + "%");
  }
}
