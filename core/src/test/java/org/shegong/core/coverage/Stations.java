package org.shegong.core.coverage;

import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.model.Station;

/** Station fixtures for the coverage tests. */
final class Stations {

  private Stations() {}

  static Station activeTownshipStation(String id, String divisionCode) {
    return station(id, StationLevel.TOWNSHIP_STATION, StationStatus.ACTIVE, divisionCode);
  }

  static Station activeVillageRoom(String id, String divisionCode) {
    return station(id, StationLevel.VILLAGE_ROOM, StationStatus.ACTIVE, divisionCode);
  }

  static Station station(String id, StationLevel level, StationStatus status, String divisionCode) {
    return Station.builder()
        .id(id)
        .name(id + "社工站")
        .level(level)
        .status(status)
        .divisionCode(DivisionCode.lenient(divisionCode))
        .build();
  }
}
