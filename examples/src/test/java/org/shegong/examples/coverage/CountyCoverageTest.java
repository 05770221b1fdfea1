package org.shegong.examples.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shegong.core.ShegongException;
import org.shegong.core.coverage.TownshipCoverage;

class CountyCoverageTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void coversThreeOfTheElevenTownshipsOfShapotou() {
    TownshipCoverage coverage = CountyCoverage.run(CountyCoverage.DEFAULT_COUNTY, out);
    assertThat(coverage.covered()).isEqualTo(3);
    assertThat(coverage.total()).isEqualTo(11);
    assertThat(output())
        .contains("Township coverage of 640502 沙坡头区 (division table 2022)")
        .contains("3 of 11 township-level units have an active station: 27.27%")
        .contains("640502100 滨河镇 (town)  (2 stations)")
        .contains("640502101 文昌镇 (town)")
        .contains("640502200 香山乡 (township)");
  }

  @Test
  void leavesTownshipLikeUnitsOutOfTheDenominator() {
    CountyCoverage.run(CountyCoverage.DEFAULT_COUNTY, out);
    String notCounted =
        output()
            .substring(
                output().indexOf("not in the denominator"), output().indexOf("stations that"));
    assertThat(notCounted).contains("640502400 中卫山羊选育场", "640502401 中卫工业园区");
  }

  @Test
  void explainsWhyEachOtherStationDidNotCount() {
    CountyCoverage.run(CountyCoverage.DEFAULT_COUNTY, out);
    assertThat(output().lines().filter(l -> l.startsWith("    S-")))
        .containsExactly(
            "    S-05  640502102      station not active (站点未运行)",
            "    S-06  640502401      township-like unit, not counted (类似乡级单位，不计入覆盖率)",
            "    S-07  640502         not a station of the level counted (站点层级不符)",
            "    S-08  640502100201   not a station of the level counted (站点层级不符)",
            "    S-09  640521100      outside the region (不在统计区域内)");
  }

  @Test
  void countsTheWholeCityByCountyWhenGivenItsCode() {
    TownshipCoverage coverage = CountyCoverage.run("6405", out);
    // 中宁县's 宁安镇 is inside 中卫市, so S-09 now counts too.
    assertThat(coverage.covered()).isEqualTo(4);
    assertThat(coverage.total()).isEqualTo(40);
    assertThat(output())
        .contains("Township coverage of 6405 中卫市")
        .contains("4 of 40 township-level units have an active station: 10.00%")
        .contains("  by county:\n")
        .contains(
            "    640502 沙坡头区: 3 of 11, 27.27%; not covered: 东园镇, 柔远镇, 镇罗镇, 宣和镇, 永康镇, 常乐镇,"
                + " 迎水桥镇, 兴仁镇\n")
        .contains("    640521 中宁县: 1 of 12, 8.33%; not covered: ")
        .contains("    640522 海原县: 0 of 17, 0.00%; not covered: 海城镇, 李旺镇");
    assertThat(output().substring(output().indexOf("not in the denominator")))
        .contains("640522406 海兴开发区");
  }

  @Test
  void acceptsTheGbt2260FormOfTheCity() {
    TownshipCoverage coverage = CountyCoverage.run("640500", out);
    assertThat(coverage.region().code().value()).isEqualTo("6405");
    assertThat(coverage.breakdown()).hasSize(3);
  }

  @Test
  void aCountyHasNoBreakdown() {
    CountyCoverage.run(CountyCoverage.DEFAULT_COUNTY, out);
    assertThat(output()).doesNotContain("by county");
  }

  @Test
  void rejectsARegionThatIsNotInTheTable() {
    assertThatThrownBy(() -> CountyCoverage.run("640599", out))
        .isInstanceOf(ShegongException.class)
        .hasMessageStartingWith("SG-COV-001");
  }
}
