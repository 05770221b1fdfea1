package org.shegong.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.core.coverage.Stations.activeTownshipStation;
import static org.shegong.core.coverage.Stations.activeVillageRoom;
import static org.shegong.core.coverage.Stations.station;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.division.InvalidDivisionCodeException;
import org.shegong.core.model.Station;

class TownshipCoverageTest {

  private final CoverageCalculator calculator = CoverageCalculator.bundled();

  /** 沙坡头区 has 10 镇, 1 乡 (香山乡) and 2 类似乡级单位 (中卫山羊选育场 400, 中卫工业园区 401). */
  @Test
  void shapotouCountsTenTownsAndOneTownshipButNotItsTwoTownshipLikeUnits() {
    Station binhe = activeTownshipStation("S-binhe", "640502100");
    Station wenchang = activeTownshipStation("S-wenchang", "640502101000");
    Station wenchangSecond = activeTownshipStation("S-wenchang-2", "640502101");
    Station xiangshan = activeTownshipStation("S-xiangshan", "640502200");
    Station industrialPark = activeTownshipStation("S-park", "640502401");
    Station suspended =
        station("S-dongyuan", StationLevel.TOWNSHIP_STATION, StationStatus.SUSPENDED, "640502102");
    Station villageRoom = activeVillageRoom("R-rouyuan", "640502103201");

    TownshipCoverage coverage =
        calculator.townshipCoverage(
            "640502",
            List.of(
                binhe,
                wenchang,
                wenchangSecond,
                xiangshan,
                industrialPark,
                suspended,
                villageRoom));

    assertThat(coverage.region().name()).isEqualTo("沙坡头区");
    assertThat(coverage.region().code().value()).isEqualTo("640502");
    assertThat(coverage.tableVintage()).isEqualTo("2022");
    assertThat(coverage.total()).isEqualTo(11);
    assertThat(coverage.covered()).isEqualTo(3);
    assertThat(coverage.uncovered()).isEqualTo(8);
    assertThat(coverage.ratio()).hasValue(new BigDecimal("0.2727"));
    assertThat(coverage.percent()).hasValue("27.27%");
    assertThat(coverage.coveredUnits())
        .extracting(Division::name)
        .containsExactly("滨河镇", "文昌镇", "香山乡");
    assertThat(coverage.uncoveredUnits())
        .extracting(Division::name)
        .containsExactly("东园镇", "柔远镇", "镇罗镇", "宣和镇", "永康镇", "常乐镇", "迎水桥镇", "兴仁镇");
    assertThat(coverage.countedStations())
        .containsExactly(binhe, wenchang, wenchangSecond, xiangshan);
    assertThat(coverage.excludedStations())
        .containsExactly(
            ExcludedStation.of(industrialPark, ExclusionReason.NOT_A_TOWNSHIP_ADMINISTRATION),
            ExcludedStation.of(suspended, ExclusionReason.NOT_ACTIVE),
            ExcludedStation.of(villageRoom, ExclusionReason.WRONG_STATION_LEVEL));
    assertThat(coverage).hasToString("TownshipCoverage[640502 沙坡头区, 3/11, 27.27%]");
  }

  @Test
  void townshipLikeUnitsAreNeitherUnitsNorCoveredWhenEveryUnitHasAStation() {
    List<Station> stations = new ArrayList<>();
    for (Division township : DivisionTable.bundled().townships("640502")) {
      stations.add(activeTownshipStation("S-" + township.code(), township.code().value()));
    }

    TownshipCoverage coverage = calculator.townshipCoverage("640502", stations);

    assertThat(coverage.covered()).isEqualTo(11);
    assertThat(coverage.total()).isEqualTo(11);
    assertThat(coverage.ratio()).hasValue(new BigDecimal("1.0000"));
    assertThat(coverage.percent()).hasValue("100.00%");
    assertThat(coverage.coveredUnits())
        .extracting(unit -> unit.code().value())
        .doesNotContain("640502400", "640502401");
    assertThat(coverage.excludedStations())
        .extracting(ExcludedStation::reason)
        .containsExactly(
            ExclusionReason.NOT_A_TOWNSHIP_ADMINISTRATION,
            ExclusionReason.NOT_A_TOWNSHIP_ADMINISTRATION);
  }

  /** 德清县 has 5 街道 and 8 镇. */
  @Test
  void deqingCountsFiveSubDistrictsAndEightTowns() {
    List<Station> stations =
        List.of(
            activeTownshipStation("S1", "330521001"),
            activeTownshipStation("S2", "330521002"),
            activeTownshipStation("S3", "330521003"),
            activeTownshipStation("S4", "330521004"),
            activeTownshipStation("S5", "330521005"),
            activeTownshipStation("S6", "330521101"),
            activeTownshipStation("S7", "330521102"),
            activeTownshipStation("S8", "330521103"),
            activeTownshipStation("S9", "330521104"),
            activeTownshipStation("S10", "330521110"),
            activeTownshipStation("S11", "330521113"));

    TownshipCoverage coverage =
        calculator.townshipCoverage(DivisionCode.ofAnyLevel("330521"), stations);

    assertThat(coverage.region().name()).isEqualTo("德清县");
    assertThat(coverage.covered()).isEqualTo(11);
    assertThat(coverage.total()).isEqualTo(13);
    assertThat(coverage.ratio()).hasValue(new BigDecimal("0.8462"));
    assertThat(coverage.percent()).hasValue("84.62%");
    assertThat(coverage.uncoveredUnits()).extracting(Division::name).containsExactly("新安镇", "莫干山镇");
    assertThat(coverage.excludedStations()).isEmpty();
  }

  /** 中卫市: 沙坡头区 11 + 中宁县 12 + 海原县 17 real units (6 类似乡级单位 left out). */
  @Test
  void zhongweiCityCountsTheRealUnitsOfItsThreeCounties() {
    List<Station> stations =
        List.of(
            activeTownshipStation("S1", "640502100"),
            activeTownshipStation("S2", "640521206"),
            activeTownshipStation("S3", "640522214"),
            activeTownshipStation("S4", "640522406"),
            activeTownshipStation("S5", "640302100"));

    TownshipCoverage coverage = calculator.townshipCoverage("6405", stations);

    assertThat(coverage.region().name()).isEqualTo("中卫市");
    assertThat(coverage.total()).isEqualTo(40);
    assertThat(coverage.covered()).isEqualTo(3);
    assertThat(coverage.ratio()).hasValue(new BigDecimal("0.0750"));
    assertThat(coverage.percent()).hasValue("7.50%");
    assertThat(coverage.coveredUnits())
        .extracting(Division::name)
        .containsExactly("滨河镇", "太阳梁乡", "甘城乡");
    assertThat(coverage.excludedStations())
        .extracting(excluded -> excluded.station().id(), ExcludedStation::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "S4", ExclusionReason.NOT_A_TOWNSHIP_ADMINISTRATION),
            org.assertj.core.groups.Tuple.tuple("S5", ExclusionReason.OUTSIDE_REGION));
  }

  /** 宁夏回族自治区: 243 real township-level units and 16 类似乡级单位 in the 2022 table. */
  @Test
  void ningxiaProvinceCountsItsRealTownshipLevelUnits() {
    TownshipCoverage coverage =
        calculator.townshipCoverage(
            "64",
            List.of(
                activeTownshipStation("S1", "640502100"),
                activeTownshipStation("S2", "640104001")));

    assertThat(coverage.region().name()).isEqualTo("宁夏回族自治区");
    assertThat(coverage.total()).isEqualTo(243);
    assertThat(coverage.covered()).isEqualTo(2);
    assertThat(coverage.uncoveredUnits())
        .allSatisfy(
            unit ->
                assertThat(unit.townshipKind().orElseThrow().countsAsTownshipAdministration())
                    .isTrue())
        .extracting(unit -> unit.code().value())
        .isSorted();
    assertThat(coverage.percent()).hasValue("0.82%");
  }

  @Test
  void everyExclusionReasonOfTownshipCoverageIsReported() {
    Station noLevel =
        Station.builder()
            .id("no-level")
            .status(StationStatus.ACTIVE)
            .divisionCode(DivisionCode.of("640502100"))
            .build();
    Station noStatus =
        Station.builder()
            .id("no-status")
            .level(StationLevel.TOWNSHIP_STATION)
            .divisionCode(DivisionCode.of("640502100"))
            .build();
    Station closed =
        station("closed", StationLevel.TOWNSHIP_STATION, StationStatus.CLOSED, "640502100");
    Station noCode =
        Station.builder()
            .id("no-code")
            .level(StationLevel.TOWNSHIP_STATION)
            .status(StationStatus.ACTIVE)
            .build();
    Station malformed = activeTownshipStation("malformed", "64050210");
    Station countyCode = activeTownshipStation("county-code", "640502");
    Station villageCode = activeTownshipStation("village-code", "640502100201");
    Station outside = activeTownshipStation("outside", "330521001");
    Station unknown = activeTownshipStation("unknown", "640502199");
    Station townshipLike = activeTownshipStation("township-like", "640502400000");

    TownshipCoverage coverage =
        calculator.townshipCoverage(
            "640502",
            List.of(
                noLevel,
                noStatus,
                closed,
                noCode,
                malformed,
                countyCode,
                villageCode,
                outside,
                unknown,
                townshipLike));

    assertThat(coverage.covered()).isZero();
    assertThat(coverage.countedStations()).isEmpty();
    assertThat(coverage.excludedStations())
        .extracting(ExcludedStation::reason)
        .containsExactly(
            ExclusionReason.WRONG_STATION_LEVEL,
            ExclusionReason.NOT_ACTIVE,
            ExclusionReason.NOT_ACTIVE,
            ExclusionReason.NO_DIVISION_CODE,
            ExclusionReason.MALFORMED_DIVISION_CODE,
            ExclusionReason.WRONG_DIVISION_LEVEL,
            ExclusionReason.WRONG_DIVISION_LEVEL,
            ExclusionReason.OUTSIDE_REGION,
            ExclusionReason.UNKNOWN_DIVISION,
            ExclusionReason.NOT_A_TOWNSHIP_ADMINISTRATION);
    assertThat(coverage.ratio()).hasValue(new BigDecimal("0.0000"));
    assertThat(coverage.percent()).hasValue("0.00%");
  }

  @Test
  void aRegionWithoutRealTownshipsHasAnUndefinedRatio() {
    DivisionTable table = TinyTables.onlyTownshipLikeUnits();

    TownshipCoverage coverage =
        CoverageCalculator.of(table)
            .townshipCoverage("990101", List.of(activeTownshipStation("S1", "990101400")));

    assertThat(coverage.total()).isZero();
    assertThat(coverage.ratio()).isEmpty();
    assertThat(coverage.percent()).isEmpty();
    assertThat(coverage.tableVintage()).isEqualTo("test");
    assertThat(coverage.excludedStations())
        .extracting(ExcludedStation::reason)
        .containsExactly(ExclusionReason.NOT_A_TOWNSHIP_ADMINISTRATION);
    assertThat(coverage).hasToString("TownshipCoverage[990101 测试县, 0/0, undefined]");
  }

  @Test
  void rejectsARegionThatIsATownship() {
    assertThatThrownBy(() -> calculator.townshipCoverage("640502100", List.of()))
        .isInstanceOf(CoverageException.class)
        .hasMessageStartingWith("SG-COV-001")
        .hasMessageContaining("'640502100'")
        .extracting(e -> ((CoverageException) e).ruleCode())
        .isEqualTo(CoverageException.REGION_NOT_COVERABLE);
  }

  @Test
  void rejectsARegionThatIsNotInTheTable() {
    assertThatThrownBy(() -> calculator.townshipCoverage("649999", List.of()))
        .isInstanceOf(CoverageException.class)
        .hasMessageStartingWith("SG-COV-001")
        .hasMessageContaining("vintage 2022");
  }

  @Test
  void rejectsARegionTextThatIsNotACode() {
    assertThatThrownBy(() -> calculator.townshipCoverage("64x", List.of()))
        .isInstanceOf(InvalidDivisionCodeException.class)
        .hasMessageStartingWith("SG-DIV-002");
  }

  @Test
  void doesNotEchoALongRegionText() {
    assertThatThrownBy(
            () ->
                calculator.townshipCoverage(DivisionCode.lenient("11010519491231002X"), List.of()))
        .isInstanceOf(CoverageException.class)
        .hasMessageContaining("18 characters (not shown)")
        .hasMessageNotContaining("19491231");
  }

  @Test
  void builderRejectsAUnitThatIsBothCoveredAndUncovered() {
    Division binhe = DivisionTable.bundled().find("640502100").orElseThrow();
    TownshipCoverage.Builder builder =
        TownshipCoverage.builder()
            .region(DivisionTable.bundled().find("640502").orElseThrow())
            .tableVintage("2022")
            .addCoveredUnits(binhe)
            .addUncoveredUnits(binhe);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
  }
}
