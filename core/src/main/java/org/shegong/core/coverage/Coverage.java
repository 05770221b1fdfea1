package org.shegong.core.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.shegong.core.division.Division;
import org.shegong.core.model.Station;

/**
 * The shape shared by {@link TownshipCoverage} and {@link VillageCoverage}: which units of a region
 * have an active station of the level counted, and which stations did not count.
 *
 * <p>The figures are exact: {@link #ratio()} is a {@link BigDecimal} and {@link #percent()} a
 * string, both rounded {@link RoundingMode#HALF_UP}; no {@code double} is involved. When the region
 * has no unit to cover ({@link #total()} is 0), the ratio is undefined and both are empty.
 *
 * @param <U> the type of a unit: {@link Division} for townships, {@link
 *     org.shegong.core.division.DivisionCode} for villages (which the division table does not hold)
 * @since 0.1.0
 */
public interface Coverage<U> {

  /**
   * Returns the region whose coverage was computed.
   *
   * @return the region as found in the division table (code and name), never null
   */
  Division region();

  /**
   * Returns the vintage of the division table the coverage was computed against.
   *
   * @return the vintage, for example {@code "2022"}; never null
   */
  String tableVintage();

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
   * Returns the stations that counted (a unit may have several).
   *
   * @return an unmodifiable list in the order the stations were given, never null
   */
  List<Station> countedStations();

  /**
   * Returns the stations that did not count, each with its reason.
   *
   * @return an unmodifiable list in the order the stations were given, never null
   */
  List<ExcludedStation> excludedStations();

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
