package org.shegong.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.model.Station;

/** Coverage of cities and provinces, with their breakdown, over generated station networks. */
class CityCoverageTest {

  private final CoverageCalculator calculator = CoverageCalculator.bundled();

  static LongStream seeds() {
    return LongStream.of(1, 2, 3, 2021, 20220531);
  }

  /**
   * 中卫市 built a station in each of its 40 乡镇(街道) and was the first in 宁夏 to cover them all; its
   * table has 46 township-level rows, 6 of them 类似乡级单位.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void zhongweiIsFortyOfFortyWhenEveryTownshipHasAStation(long seed) {
    GeneratedStations.Network network = GeneratedStations.covering("6405", seed);

    TownshipCoverage coverage = calculator.townshipCoverage("640500", network.stations());

    assertThat(coverage.region()).hasToString("6405 中卫市");
    assertThat(coverage.covered()).isEqualTo(40);
    assertThat(coverage.total()).isEqualTo(40);
    assertThat(coverage.percent()).hasValue("100.00%");
    assertThat(coverage.ratio()).hasValue(new BigDecimal("1.0000"));
    assertThat(coverage.uncoveredUnits()).isEmpty();
    assertThat(coverage.excludedUnits())
        .extracting(Division::toString)
        .containsExactly(
            "640502400 中卫山羊选育场",
            "640502401 中卫工业园区",
            "640522400 种羊场",
            "640522401 南华山自然保护区管理处",
            "640522402 老城管理办公室",
            "640522406 海兴开发区");
    assertThat(coverage.breakdown())
        .extracting(
            part -> part.region().name(),
            SubregionCoverage::covered,
            SubregionCoverage::total,
            part -> part.excludedUnits().size(),
            part -> part.percent().orElseThrow())
        .containsExactly(
            tuple("沙坡头区", 11, 11, 2, "100.00%"),
            tuple("中宁县", 12, 12, 0, "100.00%"),
            tuple("海原县", 17, 17, 4, "100.00%"));
    assertThat(coverage.breakdown()).allSatisfy(part -> assertThat(part.breakdown()).isEmpty());
    assertThat(coverage.counties()).isEqualTo(coverage.breakdown());
    assertThat(coverage.countedStations()).hasSize(network.counted());
    assertThat(coverage.countedStations().size() + coverage.excludedStations().size())
        .isEqualTo(network.stations().size());
    assertThat(coverage.excludedStations())
        .filteredOn(e -> e.reason() == ExclusionReason.NOT_A_TOWNSHIP_ADMINISTRATION)
        .hasSize(6);
  }

  /** 曲靖市's 137 乡(镇、街道) stations were all built by May 2021; it has no 类似乡级单位. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void qujingIs137Of137WhenEveryTownshipHasAStation(long seed) {
    GeneratedStations.Network network = GeneratedStations.covering("5303", seed);

    TownshipCoverage coverage = calculator.townshipCoverage("5303", network.stations());

    assertThat(coverage.region()).hasToString("5303 曲靖市");
    assertThat(coverage.covered()).isEqualTo(137);
    assertThat(coverage.total()).isEqualTo(137);
    assertThat(coverage.percent()).hasValue("100.00%");
    assertThat(coverage.excludedUnits()).isEmpty();
    assertThat(coverage.breakdown())
        .extracting(part -> part.region().name(), SubregionCoverage::total)
        .containsExactly(
            tuple("麒麟区", 16),
            tuple("沾益区", 11),
            tuple("马龙区", 10),
            tuple("陆良县", 11),
            tuple("师宗县", 10),
            tuple("罗平县", 13),
            tuple("富源县", 12),
            tuple("会泽县", 25),
            tuple("宣威市", 29));
    assertThat(coverage.breakdown())
        .allSatisfy(part -> assertThat(part.covered()).isEqualTo(part.total()));
    assertThat(coverage.countedStations()).hasSize(network.counted());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"5303", "530300"})
  void bothFormsOfACityCodeGiveTheSameCoverage(String written) {
    List<Station> stations = GeneratedStations.covering("5303", 7).stations();

    assertThat(calculator.townshipCoverage(written, stations))
        .isEqualTo(calculator.townshipCoverage(DivisionCode.ofAnyLevel("5303"), stations));
  }

  @Test
  void aPartlyCoveredCityNamesItsUncoveredTownshipsInTheirCounties() {
    // 东园镇 and 香山乡 of 沙坡头区, 关桥乡 of 海原县 have only a suspended or closed station
    Set<String> skipped = Set.of("640502102", "640502200", "640522202");
    List<Station> stations = GeneratedStations.covering("6405", skipped, 11).stations();

    TownshipCoverage coverage = calculator.townshipCoverage("6405", stations);

    assertThat(coverage.covered()).isEqualTo(37);
    assertThat(coverage.total()).isEqualTo(40);
    assertThat(coverage.percent()).hasValue("92.50%");
    assertThat(coverage.uncoveredUnits())
        .extracting(Division::toString)
        .containsExactly("640502102 东园镇", "640502200 香山乡", "640522202 关桥乡");
    assertThat(coverage.breakdown())
        .extracting(
            part -> part.region().name(),
            SubregionCoverage::covered,
            SubregionCoverage::total,
            part -> part.percent().orElseThrow(),
            part -> part.uncoveredUnits().stream().map(Division::name).toList())
        .containsExactly(
            tuple("沙坡头区", 9, 11, "81.82%", List.of("东园镇", "香山乡")),
            tuple("中宁县", 12, 12, "100.00%", List.of()),
            tuple("海原县", 16, 17, "94.12%", List.of("关桥乡")));
    assertThat(coverage.excludedStations())
        .filteredOn(e -> e.station().divisionCode().orElseThrow().value().startsWith("640502102"))
        .extracting(ExcludedStation::reason)
        .containsOnly(ExclusionReason.NOT_ACTIVE);
  }

  /** 宁夏: 5 cities, 22 counties, 243 real township-level units and 16 类似乡级单位. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"64", "640000"})
  void aProvinceIsBrokenDownByCityAndEachCityByCounty(String written) {
    List<Station> stations = GeneratedStations.covering("6405", 5).stations();

    TownshipCoverage coverage = calculator.townshipCoverage(written, stations);

    assertThat(coverage.region()).hasToString("64 宁夏回族自治区");
    assertThat(coverage.covered()).isEqualTo(40);
    assertThat(coverage.total()).isEqualTo(243);
    assertThat(coverage.excludedUnits()).hasSize(16);
    assertThat(coverage.breakdown())
        .extracting(part -> part.region().name(), SubregionCoverage::covered)
        .containsExactly(
            tuple("银川市", 0), tuple("石嘴山市", 0), tuple("吴忠市", 0), tuple("固原市", 0), tuple("中卫市", 40));
    SubregionCoverage zhongwei = coverage.breakdown().get(4);
    assertThat(zhongwei.total()).isEqualTo(40);
    assertThat(zhongwei.breakdown())
        .extracting(part -> part.region().name())
        .containsExactly("沙坡头区", "中宁县", "海原县");
    assertThat(zhongwei.counties()).isEqualTo(zhongwei.breakdown());
    assertThat(coverage.counties()).hasSize(22);
    assertThat(coverage.counties().stream().mapToInt(SubregionCoverage::total).sum())
        .isEqualTo(243);
    assertThat(coverage.breakdown().get(0).uncoveredUnits())
        .isEqualTo(calculator.townshipCoverage("6401", List.of()).uncoveredUnits());
  }

  /** 合肥高新技术产业开发区 (340176) is a county-level unit whose 6 townships are all 类似乡级单位. */
  @Test
  void aCountyWithOnlyTownshipLikeUnitsHasNothingToCover() {
    TownshipCoverage coverage = calculator.townshipCoverage("340100", List.of());

    SubregionCoverage zone =
        coverage.breakdown().stream()
            .filter(part -> part.region().code().value().equals("340176"))
            .findFirst()
            .orElseThrow();
    assertThat(zone.total()).isZero();
    assertThat(zone.percent()).isEmpty();
    assertThat(zone.ratio()).isEmpty();
    assertThat(zone.excludedUnits()).hasSize(6);
    assertThat(coverage.percent()).hasValue("0.00%");
  }

  @Test
  void aCountyHasNoBreakdownButListsItsTownshipLikeUnits() {
    TownshipCoverage coverage = calculator.townshipCoverage("640502", List.of());

    assertThat(coverage.breakdown()).isEmpty();
    assertThat(coverage.counties()).isEmpty();
    assertThat(coverage.excludedUnits())
        .extracting(Division::name)
        .containsExactly("中卫山羊选育场", "中卫工业园区");
  }

  @Test
  void theBreakdownOfMunicipalitiesFollowsTheirSummaryRows() {
    TownshipCoverage chongqing = calculator.townshipCoverage("500000", List.of());

    assertThat(chongqing.breakdown())
        .extracting(part -> part.region().toString())
        .containsExactly("5001 市辖区", "5002 县");
    assertThat(calculator.townshipCoverage("500200", List.of()).region()).hasToString("5002 县");
    assertThat(calculator.townshipCoverage("441900", List.of()).region().level())
        .isEqualTo(org.shegong.core.division.DivisionLevel.COUNTY);
  }

  @Test
  void aBreakdownThatDoesNotAddUpIsRejected() {
    DivisionTable table = DivisionTable.bundled();
    Division city = table.find("6405").orElseThrow();
    Division county = table.find("640521").orElseThrow();
    Division town = table.townships("640521").get(0);
    Division otherTown = table.townships("640521").get(1);
    SubregionCoverage part =
        SubregionCoverage.builder().region(county).addCoveredUnits(town).build();

    assertThatThrownBy(
            () ->
                TownshipCoverage.builder()
                    .region(city)
                    .tableVintage("2022")
                    .addCoveredUnits(town, otherTown)
                    .addBreakdown(part)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must add up");
    assertThatThrownBy(
            () ->
                SubregionCoverage.builder()
                    .region(county)
                    .addBreakdown(part.withRegion(city))
                    .build())
        .hasMessageContaining("directly below");
    assertThatThrownBy(
            () ->
                SubregionCoverage.builder()
                    .region(county)
                    .addCoveredUnits(town)
                    .addExcludedUnits(town)
                    .build())
        .hasMessageContaining("excluded unit");
    assertThat(
            TownshipCoverage.builder()
                .region(city)
                .tableVintage("2022")
                .addCoveredUnits(town)
                .addBreakdown(part)
                .build()
                .counties())
        .containsExactly(part);
  }
}
