package org.shegong.core.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.model.Station;

/**
 * Computes township and village coverage of the station network over a {@link DivisionTable}.
 *
 * <p>A region is written in any form people use: the table's own 2, 4 or 6 digits ({@code 64},
 * {@code 6405}, {@code 640502}) or the 6-digit GB/T 2260 form of a province or city ({@code
 * 640000}, {@code 640500}), as {@link DivisionTable#find(DivisionCode)} reads them; the result
 * names the region by its table code ({@code 6405} 中卫市 either way).
 *
 * <p><b>Township coverage</b> of a province, city or county: the denominator is the region's real
 * township-level units in the table, 街道 (township digits 001–099), 镇 (100–199) and 乡 (200–399);
 * 类似乡级单位 (400–599) and unclassified codes never count, neither in the denominator nor as covered,
 * and are listed in {@link TownshipCoverage#excludedUnits()}. A unit is covered when at least one
 * station of the collection is an {@code ACTIVE} {@code TOWNSHIP_STATION} whose division code is
 * the unit's 9-digit code or its 12-digit form ending {@code 000}. The coverage of a city is broken
 * down by county, that of a province by city and county ({@link TownshipCoverage#breakdown()}).
 *
 * <p><b>Village coverage</b> of a province, city, county or township: villages are not in the
 * division table, so the caller gives the denominator as village codes (duplicates count once). A
 * village is covered when at least one station is an {@code ACTIVE} {@code VILLAGE_ROOM} whose
 * division code is that village's code.
 *
 * <p>Every other station is listed in {@link Coverage#excludedStations()} with the first {@link
 * ExclusionReason} that applies, checked in this order: station level, status, division code
 * present, well-formed, of the right level, inside the region, then known to the table and a real
 * township-level unit (townships) or in the caller's list (villages).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CoverageCalculator {

  private final DivisionTable table;

  private CoverageCalculator(DivisionTable table) {
    this.table = table;
  }

  /**
   * Returns a calculator over the bundled division table.
   *
   * @return the calculator, never null
   */
  public static CoverageCalculator bundled() {
    return new CoverageCalculator(DivisionTable.bundled());
  }

  /**
   * Returns a calculator over a division table, for example a newer vintage the user loaded.
   *
   * @param table the table; not null
   * @return the calculator, never null
   */
  public static CoverageCalculator of(DivisionTable table) {
    return new CoverageCalculator(Objects.requireNonNull(table, "table"));
  }

  /**
   * Returns the division table the calculator uses.
   *
   * @return the table, never null
   */
  public DivisionTable table() {
    return table;
  }

  /**
   * Computes the township coverage of a region, as the class documentation describes.
   *
   * @param regionCode a province (2 digits), city (4) or county (6) code, or the 6-digit GB/T 2260
   *     form of a province or city ({@code 640000}, {@code 640500}); not null
   * @param stations the stations to consider, of any level and region; not null, no null elements
   * @return the coverage, with its breakdown for a city or province; never null
   * @throws CoverageException ({@code SG-COV-001}) when the region is not a province, city or
   *     county of the table
   */
  public TownshipCoverage townshipCoverage(DivisionCode regionCode, Collection<Station> stations) {
    Objects.requireNonNull(stations, "stations");
    Division region = region(regionCode, DivisionLevel.COUNTY);
    List<Division> townships = table.townships(region.code());
    Map<DivisionCode, Division> units = new LinkedHashMap<>();
    for (Division township : townships) {
      if (counts(township)) {
        units.put(township.code(), township);
      }
    }
    Map<DivisionCode, Division> covered = new TreeMap<>(CoverageCalculator::byValue);
    TownshipCoverage.Builder result = TownshipCoverage.builder();
    for (Station station : stations) {
      Objects.requireNonNull(station, "station");
      ExclusionReason reason = townshipExclusion(station, region);
      if (reason == null) {
        DivisionCode township = station.divisionCode().orElseThrow().canonical();
        covered.put(township, Objects.requireNonNull(units.get(township), "unit"));
        result.addCountedStations(station);
      } else {
        result.addExcludedStations(ExcludedStation.of(station, reason));
      }
    }
    List<Division> uncovered = new ArrayList<>();
    List<Division> excluded = new ArrayList<>();
    for (Division township : townships) {
      if (!counts(township)) {
        excluded.add(township);
      } else if (!covered.containsKey(township.code())) {
        uncovered.add(township);
      }
    }
    return result
        .region(region)
        .tableVintage(table.vintage())
        .coveredUnits(covered.values())
        .uncoveredUnits(uncovered)
        .excludedUnits(excluded)
        .breakdown(breakdown(region, covered.keySet()))
        .build();
  }

  /** The parts of a city (its counties) or a province (its cities, each with its counties). */
  private List<SubregionCoverage> breakdown(Division region, Set<DivisionCode> covered) {
    if (region.level() == DivisionLevel.COUNTY) {
      return List.of();
    }
    List<SubregionCoverage> parts = new ArrayList<>();
    for (Division part : table.children(region.code())) {
      SubregionCoverage.Builder builder = SubregionCoverage.builder().region(part);
      for (Division township : table.townships(part.code())) {
        if (!counts(township)) {
          builder.addExcludedUnits(township);
        } else if (covered.contains(township.code())) {
          builder.addCoveredUnits(township);
        } else {
          builder.addUncoveredUnits(township);
        }
      }
      parts.add(builder.breakdown(breakdown(part, covered)).build());
    }
    return parts;
  }

  private static boolean counts(Division township) {
    return township.townshipKind().orElseThrow().countsAsTownshipAdministration();
  }

  /**
   * Computes the township coverage of a region given as text, as {@link
   * #townshipCoverage(DivisionCode, Collection)}.
   *
   * @param regionCode a province (2 digits), city (4) or county (6) code, or the 6-digit GB/T 2260
   *     form of a province or city ({@code "640000"}, {@code "640500"}); not null
   * @param stations the stations to consider; not null, no null elements
   * @return the coverage, never null
   * @throws org.shegong.core.division.InvalidDivisionCodeException ({@code SG-DIV-002}) when the
   *     text is not a division code of any level
   * @throws CoverageException ({@code SG-COV-001}) when the region is not a province, city or
   *     county of the table
   */
  public TownshipCoverage townshipCoverage(String regionCode, Collection<Station> stations) {
    return townshipCoverage(DivisionCode.ofAnyLevel(regionCode), stations);
  }

  /**
   * Computes the village coverage of a region over the villages the caller lists, as the class
   * documentation describes.
   *
   * @param regionCode a province, city, county or township code (a township also in its 12-digit
   *     form, a province or city also in its 6-digit GB/T 2260 form); not null
   * @param villages the villages to cover, 12-digit codes inside the region whose township is in
   *     the table; duplicates count once; not null, no null elements
   * @param stations the stations to consider, of any level and region; not null, no null elements
   * @return the coverage, never null
   * @throws CoverageException ({@code SG-COV-001}) when the region is not a division of the table
   *     from province to township; ({@code SG-COV-002}) when a listed village is not a plausible
   *     village code of the region (the message counts them and shows the first few)
   */
  public VillageCoverage villageCoverage(
      DivisionCode regionCode, Collection<DivisionCode> villages, Collection<Station> stations) {
    Objects.requireNonNull(villages, "villages");
    Objects.requireNonNull(stations, "stations");
    Division region = region(regionCode, DivisionLevel.TOWNSHIP);
    String prefix = region.code().value();
    Map<DivisionCode, Boolean> units = new TreeMap<>(CoverageCalculator::byValue);
    List<String> rejected = new ArrayList<>();
    for (DivisionCode village : villages) {
      Objects.requireNonNull(village, "village");
      if (table.isPlausibleVillage(village) && village.value().startsWith(prefix)) {
        units.put(village, Boolean.FALSE);
      } else {
        rejected.add(CoverageException.describe(village.value()));
      }
    }
    if (!rejected.isEmpty()) {
      throw new CoverageException(
          CoverageException.NOT_A_VILLAGE_OF_REGION,
          CoverageException.NOT_A_VILLAGE_OF_REGION
              + " "
              + rejected.size()
              + " of the villages listed are not plausible village codes of "
              + region
              + " (table "
              + table.vintage()
              + "): "
              + String.join(", ", rejected.subList(0, Math.min(5, rejected.size())))
              + (rejected.size() > 5 ? ", …" : ""));
    }
    VillageCoverage.Builder result = VillageCoverage.builder();
    for (Station station : stations) {
      Objects.requireNonNull(station, "station");
      ExclusionReason reason = villageExclusion(station, prefix, units);
      if (reason == null) {
        units.put(station.divisionCode().orElseThrow(), Boolean.TRUE);
        result.addCountedStations(station);
      } else {
        result.addExcludedStations(ExcludedStation.of(station, reason));
      }
    }
    for (Map.Entry<DivisionCode, Boolean> unit : units.entrySet()) {
      if (unit.getValue()) {
        result.addCoveredUnits(unit.getKey());
      } else {
        result.addUncoveredUnits(unit.getKey());
      }
    }
    return result.region(region).tableVintage(table.vintage()).build();
  }

  /**
   * Computes the village coverage of a region given as text, as {@link
   * #villageCoverage(DivisionCode, Collection, Collection)}.
   *
   * @param regionCode a province, city, county or township code; not null
   * @param villages the villages to cover as 12-digit texts; not null, no null elements
   * @param stations the stations to consider; not null, no null elements
   * @return the coverage, never null
   * @throws org.shegong.core.division.InvalidDivisionCodeException ({@code SG-DIV-002}) when the
   *     region text is not a division code of any level
   * @throws CoverageException ({@code SG-COV-001}, {@code SG-COV-002}) as the other overload
   */
  public VillageCoverage villageCoverage(
      String regionCode, Collection<String> villages, Collection<Station> stations) {
    Objects.requireNonNull(villages, "villages");
    List<DivisionCode> codes = new ArrayList<>(villages.size());
    for (String village : villages) {
      codes.add(DivisionCode.lenient(Objects.requireNonNull(village, "village")));
    }
    return villageCoverage(DivisionCode.ofAnyLevel(regionCode), codes, stations);
  }

  private Division region(DivisionCode code, DivisionLevel lowest) {
    Objects.requireNonNull(code, "regionCode");
    Optional<Division> found =
        code.isValid() && code.level().compareTo(lowest) <= 0 ? table.find(code) : Optional.empty();
    if (found.isEmpty()) {
      throw new CoverageException(
          CoverageException.REGION_NOT_COVERABLE,
          CoverageException.REGION_NOT_COVERABLE
              + " the region of a coverage must be a "
              + (lowest == DivisionLevel.COUNTY
                  ? "province, city or county"
                  : "province to township")
              + " of the division table (vintage "
              + table.vintage()
              + "), written with 2, 4 or 6 digits (64, 6405, 640502) or in GB/T 2260 form (640000,"
              + " 640500), got "
              + CoverageException.describe(code.value()));
    }
    return found.get();
  }

  private @Nullable ExclusionReason townshipExclusion(Station station, Division region) {
    ExclusionReason reason = commonExclusion(station, StationLevel.TOWNSHIP_STATION);
    if (reason != null) {
      return reason;
    }
    DivisionCode code = station.divisionCode().orElseThrow();
    if (code.level() != DivisionLevel.TOWNSHIP) {
      return ExclusionReason.WRONG_DIVISION_LEVEL;
    }
    if (!code.value().startsWith(region.code().value())) {
      return ExclusionReason.OUTSIDE_REGION;
    }
    if (!table.contains(code)) {
      return ExclusionReason.UNKNOWN_DIVISION;
    }
    if (!code.townshipKind().orElseThrow().countsAsTownshipAdministration()) {
      return ExclusionReason.NOT_A_TOWNSHIP_ADMINISTRATION;
    }
    return null;
  }

  private static @Nullable ExclusionReason villageExclusion(
      Station station, String regionPrefix, Map<DivisionCode, Boolean> units) {
    ExclusionReason reason = commonExclusion(station, StationLevel.VILLAGE_ROOM);
    if (reason != null) {
      return reason;
    }
    DivisionCode code = station.divisionCode().orElseThrow();
    if (code.level() != DivisionLevel.VILLAGE) {
      return ExclusionReason.WRONG_DIVISION_LEVEL;
    }
    if (!code.value().startsWith(regionPrefix)) {
      return ExclusionReason.OUTSIDE_REGION;
    }
    if (!units.containsKey(code)) {
      return ExclusionReason.NOT_IN_VILLAGE_LIST;
    }
    return null;
  }

  private static @Nullable ExclusionReason commonExclusion(Station station, StationLevel counted) {
    if (station.level().orElse(null) != counted) {
      return ExclusionReason.WRONG_STATION_LEVEL;
    }
    if (station.status().orElse(null) != StationStatus.ACTIVE) {
      return ExclusionReason.NOT_ACTIVE;
    }
    if (station.divisionCode().isEmpty()) {
      return ExclusionReason.NO_DIVISION_CODE;
    }
    if (!station.divisionCode().get().isValid()) {
      return ExclusionReason.MALFORMED_DIVISION_CODE;
    }
    return null;
  }

  private static int byValue(DivisionCode a, DivisionCode b) {
    return a.value().compareTo(b.value());
  }
}
