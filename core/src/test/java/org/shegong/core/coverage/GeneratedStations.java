package org.shegong.core.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.model.Station;

/**
 * A seeded generator of station networks over the townships of a region of the bundled table.
 *
 * <p>Every real township-level unit (街道, 镇, 乡) not in {@code skipped} gets one to three {@code
 * ACTIVE} {@code TOWNSHIP_STATION}s, written with its 9-digit code or its 12-digit form; around
 * them the generator puts stations that must not count: suspended or closed ones (also in the
 * skipped townships), village rooms, a station in each 类似乡级单位 and one in a township outside the
 * region. The order is shuffled. The same seed gives the same stations.
 */
final class GeneratedStations {

  private static final DivisionTable TABLE = DivisionTable.bundled();

  private final Random random;
  private final List<Station> stations = new ArrayList<>();
  private int counted;

  private GeneratedStations(long seed) {
    this.random = new Random(seed);
  }

  /** A generated network and the number of its stations that must count. */
  record Network(List<Station> stations, int counted) {}

  /** The network of a region in which every real township-level unit has a station. */
  static Network covering(String region, long seed) {
    return covering(region, Set.of(), seed);
  }

  /** The network of a region in which the skipped townships (9-digit codes) have no active one. */
  static Network covering(String region, Set<String> skipped, long seed) {
    GeneratedStations generator = new GeneratedStations(seed);
    for (Division township : TABLE.townships(region)) {
      generator.township(township, skipped.contains(township.code().value()));
    }
    // a town of 德清县, outside every region these tests use
    generator.add(StationLevel.TOWNSHIP_STATION, StationStatus.ACTIVE, "330521001");
    Collections.shuffle(generator.stations, generator.random);
    return new Network(List.copyOf(generator.stations), generator.counted);
  }

  private void township(Division township, boolean skipped) {
    String code = township.code().value();
    if (!township.townshipKind().orElseThrow().countsAsTownshipAdministration()) {
      add(StationLevel.TOWNSHIP_STATION, StationStatus.ACTIVE, code);
      return;
    }
    if (skipped) {
      add(
          StationLevel.TOWNSHIP_STATION,
          random.nextBoolean() ? StationStatus.SUSPENDED : StationStatus.CLOSED,
          code);
    } else {
      int active = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
      for (int i = 0; i < active; i++) {
        add(StationLevel.TOWNSHIP_STATION, StationStatus.ACTIVE, form(code));
        counted++;
      }
      if (random.nextInt(5) == 0) {
        add(StationLevel.TOWNSHIP_STATION, StationStatus.SUSPENDED, code);
      }
    }
    if (random.nextInt(3) == 0) {
      add(
          StationLevel.VILLAGE_ROOM,
          StationStatus.ACTIVE,
          code + String.format("%03d", 1 + random.nextInt(220)));
    }
  }

  private String form(String code) {
    return random.nextInt(4) == 0 ? code + "000" : code;
  }

  private void add(StationLevel level, StationStatus status, String divisionCode) {
    stations.add(
        Stations.station(
            String.format("ST-%06d", stations.size() + 1), level, status, divisionCode));
  }
}
