package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.model.Station;

/** {@code shegong coverage} of cities and provinces, over generated station files. */
class CoverageCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /**
   * Writes an exchange file with an active township station (9- or 12-digit code) in every real
   * township-level unit of the region except the skipped ones, which get a suspended one; an active
   * station in each 类似乡级单位, some village rooms, and one station outside the region. Seeded,
   * shuffled.
   */
  private Path stations(String region, Set<String> skipped, long seed) {
    Random random = new Random(seed);
    List<Station> stations = new ArrayList<>();
    for (Division township : DivisionTable.bundled().townships(region)) {
      String code = township.code().value();
      boolean real = township.townshipKind().orElseThrow().countsAsTownshipAdministration();
      boolean active = !real || !skipped.contains(code);
      for (int i = random.nextInt(4) == 0 ? 2 : 1; i > 0; i--) {
        stations.add(
            station(
                stations.size(),
                StationLevel.TOWNSHIP_STATION,
                active ? StationStatus.ACTIVE : StationStatus.SUSPENDED,
                random.nextBoolean() ? code : code + "000"));
      }
      if (random.nextInt(3) == 0) {
        stations.add(
            station(
                stations.size(), StationLevel.VILLAGE_ROOM, StationStatus.ACTIVE, code + "201"));
      }
    }
    stations.add(
        station(stations.size(), StationLevel.TOWNSHIP_STATION, StationStatus.ACTIVE, "330521001"));
    Collections.shuffle(stations, random);
    return Cli.write(dir.resolve(region + "-" + seed + ".ndjson"), stations);
  }

  private static Station station(
      int index, StationLevel level, StationStatus status, String divisionCode) {
    return Station.builder()
        .id(String.format("ST-%06d", index + 1))
        .name("社工站" + (index + 1))
        .level(level)
        .status(status)
        .divisionCode(DivisionCode.of(divisionCode))
        .build();
  }

  private JsonNode json(Path file, String region) throws IOException {
    Cli.Result result =
        Cli.run("coverage", "--stations", file.toString(), "--region", region, "--format", "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    return MAPPER.readTree(result.out());
  }

  @ParameterizedTest(name = "--region {0}")
  @ValueSource(strings = {"640500", "6405", " 6405 "})
  void zhongweiIsFortyOfFortyByCounty(String region) throws IOException {
    Path file = stations("6405", Set.of(), 40);

    JsonNode coverage = json(file, region);

    assertThat(coverage.get("region").get("code").asText()).isEqualTo("6405");
    assertThat(coverage.get("region").get("name").asText()).isEqualTo("中卫市");
    assertThat(coverage.get("region").get("level").asText()).isEqualTo("CITY");
    assertThat(coverage.get("region").get("gbt2260Code").asText()).isEqualTo("640500");
    assertThat(coverage.get("covered").asInt()).isEqualTo(40);
    assertThat(coverage.get("total").asInt()).isEqualTo(40);
    assertThat(coverage.get("percent").asText()).isEqualTo("100.00%");
    assertThat(coverage.get("uncoveredUnits")).isEmpty();
    assertThat(coverage.get("excludedUnits").findValuesAsText("name"))
        .containsExactly("中卫山羊选育场", "中卫工业园区", "种羊场", "南华山自然保护区管理处", "老城管理办公室", "海兴开发区");
    JsonNode counties = coverage.get("breakdown");
    assertThat(counties)
        .extracting(c -> c.get("region").get("name").asText())
        .containsExactly("沙坡头区", "中宁县", "海原县");
    assertThat(counties)
        .extracting(c -> c.get("covered").asInt() + "/" + c.get("total").asInt())
        .containsExactly("11/11", "12/12", "17/17");
    assertThat(counties).extracting(c -> c.get("excludedUnits").size()).containsExactly(2, 0, 4);
  }

  @Test
  void zhongweiTextReadsTheClaimOffPerCounty() {
    Path file = stations("6405", Set.of(), 41);

    Cli.Result zh = Cli.run("coverage", "--stations", file.toString(), "--region", "640500");
    Cli.Result en =
        Cli.run("coverage", "--stations", file.toString(), "--region", "640500", "--locale", "en");

    assertThat(zh.exitCode()).as(zh.err()).isZero();
    assertThat(zh.out())
        .contains("乡镇(街道)社工站覆盖率：中卫市（6405，GB/T 2260：640500），区划表 2022")
        .contains("已覆盖 40 / 40 个乡级单位：100.00%")
        .contains("按县级单位：")
        .contains("  640502 沙坡头区：11 / 11，100.00%；另有类似乡级单位 2 个")
        .contains("  640521 中宁县：12 / 12，100.00%\n")
        .contains("  640522 海原县：17 / 17，100.00%；另有类似乡级单位 4 个")
        .contains("未覆盖（0）：")
        .contains("不计入覆盖率的类似乡级单位（6）：")
        .contains("  640522406 海兴开发区（海原县）");
    assertThat(en.out())
        .contains("Township station coverage of 中卫市 (6405, GB/T 2260 640500), division table 2022")
        .contains("covered 40 of 40 township-level units: 100.00%")
        .contains("by county:")
        .contains("  640502 沙坡头区: 11 of 11, 100.00%; 2 township-like units not counted")
        .contains("township-like units not counted (6):")
        .contains("  640502400 中卫山羊选育场 (沙坡头区)");
  }

  @ParameterizedTest(name = "--region {0}")
  @ValueSource(strings = {"5303", "530300"})
  void qujingIs137Of137ByCounty(String region) throws IOException {
    Path file = stations("5303", Set.of(), 137);

    JsonNode coverage = json(file, region);
    Cli.Result text = Cli.run("coverage", "--stations", file.toString(), "--region", region);

    assertThat(coverage.get("region").get("name").asText()).isEqualTo("曲靖市");
    assertThat(coverage.get("covered").asInt()).isEqualTo(137);
    assertThat(coverage.get("total").asInt()).isEqualTo(137);
    assertThat(coverage.get("excludedUnits")).isEmpty();
    assertThat(coverage.get("breakdown"))
        .extracting(c -> c.get("region").get("name").asText() + " " + c.get("total").asInt())
        .containsExactly(
            "麒麟区 16", "沾益区 11", "马龙区 10", "陆良县 11", "师宗县 10", "罗平县 13", "富源县 12", "会泽县 25",
            "宣威市 29");
    assertThat(text.out())
        .contains("已覆盖 137 / 137 个乡级单位：100.00%")
        .contains("  530381 宣威市：29 / 29，100.00%");
  }

  @Test
  void aPartlyCoveredCityNamesItsUncoveredTownships() throws IOException {
    Path file = stations("6405", Set.of("640502102", "640502200", "640522202"), 3);

    JsonNode coverage = json(file, "6405");
    Cli.Result zh = Cli.run("coverage", "--stations", file.toString(), "--region", "6405");
    Cli.Result en =
        Cli.run("coverage", "--stations", file.toString(), "--region", "6405", "--locale", "en");

    assertThat(coverage.get("covered").asInt()).isEqualTo(37);
    assertThat(coverage.get("percent").asText()).isEqualTo("92.50%");
    assertThat(coverage.get("uncoveredUnits").findValuesAsText("name"))
        .containsExactly("东园镇", "香山乡", "关桥乡");
    assertThat(coverage.get("breakdown").get(0).get("uncoveredUnits").findValuesAsText("code"))
        .containsExactly("640502102", "640502200");
    assertThat(coverage.get("excludedStations").findValuesAsText("reason"))
        .contains("NOT_ACTIVE", "NOT_A_TOWNSHIP_ADMINISTRATION", "OUTSIDE_REGION");
    assertThat(zh.out())
        .contains("  640502 沙坡头区：9 / 11，81.82%；未覆盖 2；另有类似乡级单位 2 个")
        .contains("  640522 海原县：16 / 17，94.12%；未覆盖 1；另有类似乡级单位 4 个")
        .contains(
            "未覆盖（3）：\n"
                + "  640502102 东园镇（沙坡头区）\n"
                + "  640502200 香山乡（沙坡头区）\n"
                + "  640522202 关桥乡（海原县）\n");
    assertThat(en.out()).contains("uncovered (3):\n  640502102 东园镇 (沙坡头区)\n");
  }

  @ParameterizedTest(name = "--region {0}")
  @ValueSource(strings = {"64", "640000"})
  void aProvinceIsBrokenDownByCityAndCounty(String region) throws IOException {
    Path file = stations("6405", Set.of(), 64);

    JsonNode coverage = json(file, region);
    Cli.Result text = Cli.run("coverage", "--stations", file.toString(), "--region", region);

    assertThat(coverage.get("region").get("name").asText()).isEqualTo("宁夏回族自治区");
    assertThat(coverage.get("region").get("gbt2260Code").asText()).isEqualTo("640000");
    assertThat(coverage.get("covered").asInt()).isEqualTo(40);
    assertThat(coverage.get("total").asInt()).isEqualTo(243);
    JsonNode cities = coverage.get("breakdown");
    assertThat(cities)
        .extracting(c -> c.get("region").get("name").asText())
        .containsExactly("银川市", "石嘴山市", "吴忠市", "固原市", "中卫市");
    assertThat(cities.get(4).get("breakdown"))
        .extracting(c -> c.get("region").get("name").asText())
        .containsExactly("沙坡头区", "中宁县", "海原县");
    assertThat(text.out())
        .contains("按地级、县级单位：")
        .contains("  6405 中卫市：40 / 40，100.00%；另有类似乡级单位 6 个")
        .contains("    640522 海原县：17 / 17，100.00%；另有类似乡级单位 4 个")
        .contains("  640104001 凤凰北街街道（银川市 兴庆区）");
  }

  @Test
  void aCountyKeepsItsFlatReportAndListsItsTownshipLikeUnits() throws IOException {
    Path file = stations("640502", Set.of(), 5);

    JsonNode coverage = json(file, "640502");
    Cli.Result text = Cli.run("coverage", "--stations", file.toString(), "--region", "640502");

    assertThat(coverage.get("covered").asInt()).isEqualTo(11);
    assertThat(coverage.has("breakdown")).isFalse();
    assertThat(coverage.get("region").get("gbt2260Code").asText()).isEqualTo("640502");
    assertThat(text.out())
        .doesNotContain("按县级单位")
        .contains("乡镇(街道)社工站覆盖率：沙坡头区（640502），区划表 2022")
        .contains("不计入覆盖率的类似乡级单位（2）：\n  640502400 中卫山羊选育场\n");
  }

  @ParameterizedTest(name = "--region {0}")
  @CsvSource({"64050, '64050'", "6405021, '6405021'", "640502100, '640502100'", "abc, 'abc'"})
  void aRegionThatIsNoProvinceCityOrCountyCodeIsAUsageError(String region, String shown) {
    Path file = stations("640502", Set.of(), 1);

    Cli.Result zh = Cli.run("coverage", "--stations", file.toString(), "--region", region);
    Cli.Result en =
        Cli.run("coverage", "--stations", file.toString(), "--region", region, "--locale", "en");

    assertThat(zh.exitCode()).isEqualTo(2);
    assertThat(zh.err()).contains("SG-CLI-003").contains("--region 应为省").contains(shown);
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err())
        .contains("--region must be a province (2 digits, e.g. 64), city (4, e.g. 6405)")
        .contains("GB/T 2260");
  }

  @Test
  void aRegionTypedAsACitizenIdIsNotEchoed() {
    Path file = stations("640502", Set.of(), 1);

    Cli.Result result =
        Cli.run("coverage", "--stations", file.toString(), "--region", "11010519491231002X");

    Cli.Result en =
        Cli.run(
            "coverage",
            "--stations",
            file.toString(),
            "--region",
            "11010519491231002X",
            "--locale",
            "en");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).doesNotContain("11010519491231002X").contains("18 个字符（不显示）");
    assertThat(en.err()).doesNotContain("11010519491231002X").contains("18 characters (not shown)");
  }

  @Test
  void aGbt2260CodeOfNoDivisionCannotRun() {
    Path file = stations("640502", Set.of(), 1);

    Cli.Result zh = Cli.run("coverage", "--stations", file.toString(), "--region", "640600");
    Cli.Result en =
        Cli.run("coverage", "--stations", file.toString(), "--region", "640600", "--locale", "en");

    assertThat(zh.exitCode()).isEqualTo(2);
    assertThat(zh.err())
        .contains("SG-COV-001 --region 应为区划表（2022 版）中的省、地级市或县级单位，实际为 '640600'，表中没有这个区划");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err())
        .contains("SG-COV-001 the region of a coverage must be a province, city or county")
        .contains("got '640600', which is not in the table");
  }

  @Test
  void aMissingStationsFileIsReportedInTheChosenLanguage() {
    String missing = dir.resolve("missing.ndjson").toString();

    Cli.Result zh = Cli.run("coverage", "--stations", missing, "--region", "6405");
    Cli.Result en =
        Cli.run("coverage", "--stations", missing, "--region", "6405", "--locale", "en");

    assertThat(zh.exitCode()).isEqualTo(2);
    assertThat(zh.err()).contains("SG-CLI-001 无法读取站点文件 ");
    assertThat(en.err()).contains("SG-CLI-001 cannot read the stations file ");
  }

  @Test
  void stationIdsAndNamesShapedLikePersonalDataAreMasked() throws IOException {
    Station byPhone =
        Station.builder()
            .id("13800001234")
            .name("联系人11010519491231002X的站")
            .level(StationLevel.TOWNSHIP_STATION)
            .status(StationStatus.CLOSED)
            .divisionCode(DivisionCode.of("640502100"))
            .build();
    Path file = Cli.write(dir.resolve("masked.ndjson"), List.of(byPhone));

    Cli.Result text = Cli.run("coverage", "--stations", file.toString(), "--region", "640502");
    JsonNode json = json(file, "640502");

    assertThat(text.out())
        .doesNotContain("13800001234", "11010519491231002X")
        .contains("138****1234 联系人110105********002X的站 (640502100): 站点未运行");
    assertThat(json.get("excludedStations").get(0).get("id").asText()).isEqualTo("138****1234");
    assertThat(CoverageCommand.masked("ST-000012")).isEqualTo("ST-000012");
    assertThat(CoverageCommand.masked("640502100201")).isEqualTo("640502100201");
  }

  @Test
  void aUserTableIsUsedForTheBreakdownAndNamedInTheReport() throws IOException {
    Path table = Files.createDirectories(dir.resolve("divisions-2099"));
    Files.writeString(table.resolve("provinces.csv"), "code,name\n64,宁夏回族自治区\n");
    Files.writeString(table.resolve("cities.csv"), "code,name\n6405,中卫市\n");
    Files.writeString(table.resolve("areas.csv"), "code,name\n640502,沙坡头区\n640521,中宁县\n");
    Files.writeString(
        table.resolve("streets.csv"),
        "code,name\n640502100,滨河镇\n640502101,文昌镇\n640502400,某农场\n640521100,新宁安镇\n");
    Path file = stations("640502", Set.of(), 9);

    Cli.Result result =
        Cli.run(
            "coverage",
            "--stations",
            file.toString(),
            "--region",
            "640500",
            "--divisions",
            table.toString(),
            "--divisions-vintage",
            "2099");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("区划表 2099")
        .contains("已覆盖 2 / 3 个乡级单位：66.67%")
        .contains("  640502 沙坡头区：2 / 2，100.00%；另有类似乡级单位 1 个")
        .contains("  640521 中宁县：0 / 1，0.00%；未覆盖 1")
        .contains("未覆盖（1）：\n  640521100 新宁安镇（中宁县）\n")
        .contains("  640502400 某农场（沙坡头区）");
  }
}
