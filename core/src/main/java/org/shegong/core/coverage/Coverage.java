package org.shegong.core.coverage;

import java.util.List;
import org.shegong.core.division.Division;
import org.shegong.core.model.Station;

/**
 * The shape shared by {@link TownshipCoverage} and {@link VillageCoverage}: which units of a region
 * have an active station of the level counted ({@link CoverageFigures}), against which vintage of
 * the division table, and which stations counted and which did not.
 *
 * @param <U> the type of a unit: {@link Division} for townships, {@link
 *     org.shegong.core.division.DivisionCode} for villages (which the division table does not hold)
 * @since 0.1.0
 */
public interface Coverage<U> extends CoverageFigures<U> {

  /**
   * Returns the vintage of the division table the coverage was computed against.
   *
   * @return the vintage, for example {@code "2022"}; never null
   */
  String tableVintage();

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
}
