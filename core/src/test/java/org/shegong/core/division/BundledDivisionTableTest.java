package org.shegong.core.division;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the bundled 2022 table against rows and counts taken from the source CSVs with awk. */
class BundledDivisionTableTest {

  private final DivisionTable table = DivisionTable.bundled();

  @Test
  void containsAnswersAsFindDoesForEveryReadingOfACode() {
    java.util.Random random = new java.util.Random(7);
    java.util.List<String> codes = new java.util.ArrayList<>();
    for (Division province : table.provinces()) {
      codes.add(province.code().value());
      codes.add(province.code().value() + "0000");
      for (Division city : table.children(province.code())) {
        codes.add(city.code().value());
        codes.add(city.code().value() + "00");
        for (Division county : table.children(city.code())) {
          codes.add(county.code().value());
          for (Division township : table.children(county.code())) {
            codes.add(township.code().value());
            codes.add(township.code().value() + "000");
            codes.add(township.code().value() + "201");
          }
        }
      }
    }
    for (int i = 0; i < 20000; i++) {
      int length = new int[] {2, 4, 6, 9, 12, 5, 0}[random.nextInt(7)];
      StringBuilder digits = new StringBuilder();
      for (int j = 0; j < length; j++) {
        digits.append(random.nextInt(12) == 0 ? 'X' : (char) ('0' + random.nextInt(10)));
      }
      codes.add(digits.toString());
    }
    for (String code : codes) {
      assertThat(table.contains(code)).as(code).isEqualTo(table.find(code).isPresent());
    }
    assertThat(codes).hasSizeGreaterThan(100000);
  }

  @Test
  void bundledTableIsLoadedOnceAndShared() {
    assertThat(DivisionTable.bundled()).isSameAs(table);
  }

  @Test
  void hasTheOfficialCountsPerLevel() {
    assertThat(table.count(DivisionLevel.PROVINCE)).isEqualTo(31);
    assertThat(table.count(DivisionLevel.CITY)).isEqualTo(342);
    assertThat(table.count(DivisionLevel.COUNTY)).isEqualTo(2978);
    assertThat(table.count(DivisionLevel.TOWNSHIP)).isEqualTo(41352);
    assertThat(table.count(DivisionLevel.VILLAGE)).isZero();
    assertThat(table.size()).isEqualTo(31 + 342 + 2978 + 41352);
  }

  @Test
  void vintageIsTheOneStatedInTheBundledNote() throws IOException {
    assertThat(table.vintage()).isEqualTo("2022");
    try (InputStream note = DivisionTable.class.getResourceAsStream("DIVISIONS-NOTE.md")) {
      assertThat(note).isNotNull();
      String text = new String(note.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("# Administrative divisions of China (统计用区划代码), vintage 2022");
      assertThat(text).contains("WTFPL").contains("2022-10-31");
    }
  }

  @Test
  void findsBinheTownWithItsKindAndParentChain() {
    Division binhe = table.find("640502100").orElseThrow();

    assertThat(binhe.name()).isEqualTo("滨河镇");
    assertThat(binhe.level()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(binhe.townshipKind()).contains(TownshipKind.TOWN);
    assertThat(binhe.parentCode()).map(DivisionCode::value).contains("640502");
    assertThat(table.parentChain(binhe.code()))
        .extracting(d -> d.code().value(), Division::name, Division::level)
        .containsExactly(
            tuple("640502", "沙坡头区", DivisionLevel.COUNTY),
            tuple("6405", "中卫市", DivisionLevel.CITY),
            tuple("64", "宁夏回族自治区", DivisionLevel.PROVINCE));
  }

  @Test
  void twelveDigitTownshipFormResolvesToTheTownship() {
    Division binhe = table.find(DivisionCode.of("640502100000")).orElseThrow();

    assertThat(binhe.name()).isEqualTo("滨河镇");
    assertThat(binhe.code().value()).isEqualTo("640502100");
    assertThat(table.contains("640502100000")).isTrue();
  }

  @Test
  void villageCodeIsPlausibleOnlyWithAKnownTownshipAndNonZeroVillageDigits() {
    assertThat(table.isPlausibleVillage(DivisionCode.of("640502100201"))).isTrue();
    assertThat(table.isPlausibleVillage("640502999201")).isFalse();
    assertThat(table.isPlausibleVillage("640502100000")).isFalse();
    assertThat(table.isPlausibleVillage("640502100")).isFalse();
    assertThat(table.isPlausibleVillage("64050210020x")).isFalse();
    assertThat(table.find("640502100201")).as("villages are not in the table").isEmpty();
    assertThat(table.parentChain("640502100201"))
        .extracting(Division::name)
        .containsExactly("滨河镇", "沙坡头区", "中卫市", "宁夏回族自治区");
  }

  @Test
  void findsNothingForUnknownOrMalformedCodes() {
    assertThat(table.find("640502999")).isEmpty();
    assertThat(table.find("99")).isEmpty();
    assertThat(table.find("64050")).isEmpty();
    assertThat(table.find("abc")).isEmpty();
    assertThat(table.find((String) null)).isEmpty();
    assertThat(table.find(DivisionCode.lenient("6405x2"))).isEmpty();
  }

  @Test
  void deqingCountyHasFiveSubDistrictsAndEightTowns() {
    Division deqing = table.find("330521").orElseThrow();
    assertThat(deqing.name()).isEqualTo("德清县");

    Map<TownshipKind, Long> byKind = kinds(table.townships("330521"));

    // awk -F, '$3=="330521"' streets.csv: 001-005 街道, 101-115 镇 (8 rows)
    assertThat(byKind)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(TownshipKind.SUB_DISTRICT, 5L, TownshipKind.TOWN, 8L));
    assertThat(table.children("330521")).hasSize(13).first().hasToString("330521001 武康街道");
  }

  @Test
  void shapotouCountsTownshipLikeUnitsSeparately() {
    List<Division> townships = table.townships("640502");

    // awk: 640502100-109 镇 (10), 640502200 乡 (1), 640502400-401 类似乡级单位 (2)
    assertThat(kinds(townships))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TownshipKind.TOWN, 10L, TownshipKind.TOWNSHIP, 1L, TownshipKind.TOWNSHIP_LIKE, 2L));
    assertThat(townships)
        .filteredOn(d -> d.townshipKind().orElseThrow() == TownshipKind.TOWNSHIP_LIKE)
        .extracting(Division::name)
        .containsExactly("中卫山羊选育场", "中卫工业园区");
    assertThat(townships)
        .filteredOn(d -> !d.townshipKind().orElseThrow().countsAsTownshipAdministration())
        .hasSize(2);
  }

  @Test
  void nationalTownshipKindsMatchTheSourceAndHaveOneUnclassifiedRow() {
    Map<TownshipKind, Long> byKind = kinds(allTownships());

    // awk over streets.csv by digits 7-9
    assertThat(byKind)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TownshipKind.SUB_DISTRICT, 9066L,
                TownshipKind.TOWN, 21377L,
                TownshipKind.TOWNSHIP, 8198L,
                TownshipKind.TOWNSHIP_LIKE, 2710L,
                TownshipKind.UNCLASSIFIED, 1L));
    assertThat(table.find("350527000")).map(Division::name).contains("金门县");
  }

  @Test
  void childrenNavigateOneLevelDown() {
    assertThat(table.children("64")).extracting(Division::name).contains("中卫市").hasSize(5);
    assertThat(table.children("6405"))
        .extracting(d -> d.code().value())
        .containsExactly("640502", "640521", "640522");
    assertThat(table.children("640502100")).isEmpty();
    assertThat(table.children("99")).isEmpty();
    assertThat(table.children("11")).extracting(Division::name).containsExactly("市辖区");
  }

  @Test
  void listsAllProvincesInCodeOrder() {
    assertThat(table.provinces()).hasSize(31).first().hasToString("11 北京市");
    assertThat(table.provinces()).last().hasToString("65 新疆维吾尔自治区");
  }

  @Test
  void townshipsOfAProvinceCoverAllItsCounties() {
    int fromCounties =
        table.children("64").stream()
            .flatMap(city -> table.children(city.code()).stream())
            .mapToInt(county -> table.children(county.code()).size())
            .sum();

    assertThat(table.townships("64")).hasSize(fromCounties).isNotEmpty();
    assertThat(table.townships("640502100")).isEmpty();
  }

  private List<Division> allTownships() {
    return table.provinces().stream()
        .flatMap(province -> table.townships(province.code()).stream())
        .toList();
  }

  private static Map<TownshipKind, Long> kinds(List<Division> townships) {
    return townships.stream().collect(groupingBy(d -> d.townshipKind().orElseThrow(), counting()));
  }
}
