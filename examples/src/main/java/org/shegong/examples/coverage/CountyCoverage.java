package org.shegong.examples.coverage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.coverage.CoverageCalculator;
import org.shegong.core.coverage.ExcludedStation;
import org.shegong.core.coverage.SubregionCoverage;
import org.shegong.core.coverage.TownshipCoverage;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.model.Station;

/**
 * Computes the township coverage of 沙坡头区 (640502, 中卫市, 宁夏) from a handful of stations, with {@code
 * shegong-core} only; given a city or province code it prints the breakdown by county.
 *
 * <p>Coverage is the share of the county's real township-level units (街道, 镇, 乡) that have at least
 * one active 乡镇(街道)社工站 (docs/domain.md, "Station network and coverage"). The stations are chosen to
 * show every case: two stations in one town, a 12-digit township code, a suspended station, a
 * station in a 类似乡级单位 (industrial park), stations of other levels and one outside the county. For
 * the city, {@code 6405} or its GB/T 2260 form {@code 640500}, the report adds one line per county
 * (沙坡头区, 中宁县, 海原县).
 *
 * @since 0.1.0
 */
public final class CountyCoverage {

  /** The county computed when none is given: 沙坡头区. */
  public static final String DEFAULT_COUNTY = "640502";

  private CountyCoverage() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args optionally a province (2 digits), city (4) or county (6) code, or the GB/T 2260
   *     form of a province or city ({@code 640000}, {@code 640500}); {@code 640502} by default
   */
  public static void main(String[] args) {
    run(
        args.length > 0 ? args[0] : DEFAULT_COUNTY,
        new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Computes and prints the township coverage of a region over the example stations.
   *
   * @param regionCode a province, city or county code of the bundled table, in any form; not null
   * @param out where to print; not null
   * @return the coverage computed
   */
  public static TownshipCoverage run(String regionCode, PrintStream out) {
    CoverageCalculator calculator = CoverageCalculator.bundled();
    TownshipCoverage coverage = calculator.townshipCoverage(regionCode, stations());

    out.println(
        "Township coverage of "
            + coverage.region().code()
            + " "
            + coverage.region().name()
            + " (division table "
            + coverage.tableVintage()
            + ")");
    out.println(
        "  "
            + coverage.covered()
            + " of "
            + coverage.total()
            + " township-level units have an active station: "
            + coverage.percent().orElse("undefined (no unit to cover)"));

    if (!coverage.breakdown().isEmpty()) {
      out.println("  by county:");
      for (SubregionCoverage county : coverage.counties()) {
        out.printf(
            "    %s %s: %d of %d, %s%s%n",
            county.region().code(),
            county.region().name(),
            county.covered(),
            county.total(),
            county.percent().orElse("undefined"),
            county.uncoveredUnits().isEmpty()
                ? ""
                : "; not covered: "
                    + county.uncoveredUnits().stream()
                        .map(Division::name)
                        .collect(Collectors.joining(", ")));
      }
    }

    Map<DivisionCode, Long> stationsPerUnit =
        coverage.countedStations().stream()
            .map(s -> s.divisionCode().orElseThrow().canonical())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    out.println("  covered:");
    for (Division unit : coverage.coveredUnits()) {
      long count = stationsPerUnit.getOrDefault(unit.code(), 0L);
      out.println("    " + unit(unit) + (count > 1 ? "  (" + count + " stations)" : ""));
    }
    out.println("  not covered:");
    for (Division unit : coverage.uncoveredUnits()) {
      out.println("    " + unit(unit));
    }
    List<Division> notCounted = coverage.excludedUnits();
    if (!notCounted.isEmpty()) {
      out.println("  not in the denominator (类似乡级单位 and unclassified codes):");
      for (Division unit : notCounted) {
        out.println("    " + unit(unit));
      }
    }
    out.println("  stations that did not count:");
    for (ExcludedStation excluded : coverage.excludedStations()) {
      Station station = excluded.station();
      out.printf(
          "    %-5s %-14s %s (%s)%n",
          station.id(),
          station.divisionCode().map(DivisionCode::value).orElse("-"),
          excluded.reason().labelEn(),
          excluded.reason().labelZh());
    }
    return coverage;
  }

  private static String unit(Division unit) {
    return unit.code().value()
        + " "
        + unit.name()
        + unit.townshipKind().map(k -> " (" + k.labelEn() + ")").orElse("");
  }

  /**
   * Returns the example stations.
   *
   * @return the stations, in the order given to the calculator
   */
  static List<Station> stations() {
    return List.of(
        township("S-01", "滨河镇社工站", "640502100", StationStatus.ACTIVE),
        township("S-02", "文昌镇社工站", "640502101000", StationStatus.ACTIVE),
        township("S-03", "滨河镇第二社工站", "640502100", StationStatus.ACTIVE),
        township("S-04", "香山乡社工站", "640502200", StationStatus.ACTIVE),
        township("S-05", "东园镇社工站", "640502102", StationStatus.SUSPENDED),
        township("S-06", "中卫工业园区社工站", "640502401", StationStatus.ACTIVE),
        station("S-07", "沙坡头区社会工作指导中心", StationLevel.COUNTY_GUIDANCE_CENTER, "640502"),
        station("S-08", "某村社工室", StationLevel.VILLAGE_ROOM, "640502100201"),
        township("S-09", "宁安镇社工站", "640521100", StationStatus.ACTIVE));
  }

  private static Station township(String id, String name, String code, StationStatus status) {
    return Station.builder()
        .id(id)
        .name(name)
        .level(StationLevel.TOWNSHIP_STATION)
        .divisionCode(DivisionCode.lenient(code))
        .status(status)
        .build();
  }

  private static Station station(String id, String name, StationLevel level, String code) {
    return Station.builder()
        .id(id)
        .name(name)
        .level(level)
        .divisionCode(DivisionCode.lenient(code))
        .status(StationStatus.ACTIVE)
        .build();
  }
}
