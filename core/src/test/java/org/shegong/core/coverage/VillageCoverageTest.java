package org.shegong.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.core.coverage.Stations.activeTownshipStation;
import static org.shegong.core.coverage.Stations.activeVillageRoom;
import static org.shegong.core.coverage.Stations.station;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.model.Station;

class VillageCoverageTest {

  private final CoverageCalculator calculator = CoverageCalculator.bundled();

  /** Six villages of 滨河镇 (640502100), made-up village digits, one listed twice. */
  private static final List<String> BINHE_VILLAGES =
      List.of(
          "640502100001",
          "640502100002",
          "640502100003",
          "640502100201",
          "640502100202",
          "640502100203",
          "640502100001");

  @Test
  void countsActiveVillageRoomsOfTheListedVillages() {
    Station first = activeVillageRoom("R1", "640502100001");
    Station firstAgain = activeVillageRoom("R1b", "640502100001");
    Station second = activeVillageRoom("R2", "640502100201");
    Station suspended =
        station("R3", StationLevel.VILLAGE_ROOM, StationStatus.SUSPENDED, "640502100002");
    Station township = activeTownshipStation("S1", "640502100");
    Station unlisted = activeVillageRoom("R4", "640502100299");
    Station otherTownship = activeVillageRoom("R5", "640502101001");
    Station townshipForm = activeVillageRoom("R6", "640502100000");

    VillageCoverage coverage =
        calculator.villageCoverage(
            "640502100",
            BINHE_VILLAGES,
            List.of(
                first,
                firstAgain,
                second,
                suspended,
                township,
                unlisted,
                otherTownship,
                townshipForm));

    assertThat(coverage.region().name()).isEqualTo("滨河镇");
    assertThat(coverage.total()).isEqualTo(6);
    assertThat(coverage.covered()).isEqualTo(2);
    assertThat(coverage.ratio()).hasValue(new BigDecimal("0.3333"));
    assertThat(coverage.percent()).hasValue("33.33%");
    assertThat(coverage.coveredUnits())
        .extracting(DivisionCode::value)
        .containsExactly("640502100001", "640502100201");
    assertThat(coverage.uncoveredUnits())
        .extracting(DivisionCode::value)
        .containsExactly("640502100002", "640502100003", "640502100202", "640502100203");
    assertThat(coverage.countedStations()).containsExactly(first, firstAgain, second);
    assertThat(coverage.excludedStations())
        .containsExactly(
            ExcludedStation.of(suspended, ExclusionReason.NOT_ACTIVE),
            ExcludedStation.of(township, ExclusionReason.WRONG_STATION_LEVEL),
            ExcludedStation.of(unlisted, ExclusionReason.NOT_IN_VILLAGE_LIST),
            ExcludedStation.of(otherTownship, ExclusionReason.OUTSIDE_REGION),
            ExcludedStation.of(townshipForm, ExclusionReason.WRONG_DIVISION_LEVEL));
  }

  @Test
  void aCountyRegionTakesVillagesOfAllItsTownships() {
    VillageCoverage coverage =
        calculator.villageCoverage(
            DivisionCode.of("640502"),
            List.of(
                DivisionCode.of("640502100001"),
                DivisionCode.of("640502101001"),
                DivisionCode.of("640502200001")),
            List.of(activeVillageRoom("R1", "640502200001")));

    assertThat(coverage.region().name()).isEqualTo("沙坡头区");
    assertThat(coverage.covered()).isEqualTo(1);
    assertThat(coverage.total()).isEqualTo(3);
    assertThat(coverage.percent()).hasValue("33.33%");
  }

  @Test
  void anEmptyVillageListHasAnUndefinedRatio() {
    VillageCoverage coverage =
        calculator.villageCoverage(
            "640502100", List.of(), List.of(activeVillageRoom("R1", "640502100001")));

    assertThat(coverage.total()).isZero();
    assertThat(coverage.ratio()).isEmpty();
    assertThat(coverage.percent()).isEmpty();
    assertThat(coverage.excludedStations())
        .extracting(ExcludedStation::reason)
        .containsExactly(ExclusionReason.NOT_IN_VILLAGE_LIST);
  }

  @Test
  void rejectsListedVillagesOutsideTheRegionOrNotPlausible() {
    assertThatThrownBy(
            () ->
                calculator.villageCoverage(
                    "640502100",
                    List.of(
                        "640502100001", "640502101001", "640502100000", "6405021", "640502199001"),
                    List.of()))
        .isInstanceOf(CoverageException.class)
        .hasMessageStartingWith("SG-COV-002 4 of the villages listed")
        .hasMessageContaining("'640502101001'")
        .hasMessageContaining("'640502100000'")
        .hasMessageContaining("'6405021'")
        .hasMessageContaining("'640502199001'")
        .hasMessageNotContaining("'640502100001'");
  }

  @Test
  void doesNotEchoALongVillageText() {
    assertThatThrownBy(
            () -> calculator.villageCoverage("640502100", List.of("11010519491231002X"), List.of()))
        .isInstanceOf(CoverageException.class)
        .hasMessageContaining("18 characters (not shown)")
        .hasMessageNotContaining("19491231");
  }

  @Test
  void rejectsAVillageAsRegion() {
    assertThatThrownBy(
            () -> calculator.villageCoverage("640502100001", List.of("640502100001"), List.of()))
        .isInstanceOf(CoverageException.class)
        .hasMessageStartingWith("SG-COV-001");
  }

  @Test
  void aCityRegionMayBeWrittenInItsGbt2260Form() {
    Station room = activeVillageRoom("R1", "640502100001");
    Station elsewhere = activeVillageRoom("R2", "640302100001");

    VillageCoverage coverage =
        calculator.villageCoverage("640500", BINHE_VILLAGES, List.of(room, elsewhere));

    assertThat(coverage.region()).hasToString("6405 中卫市");
    assertThat(coverage.covered()).isEqualTo(1);
    assertThat(coverage.total()).isEqualTo(6);
    assertThat(coverage.excludedStations())
        .containsExactly(ExcludedStation.of(elsewhere, ExclusionReason.OUTSIDE_REGION));
  }
}
