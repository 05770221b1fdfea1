package org.shegong.core.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms people write a region in (the table's 2/4/6 digits and GB/T 2260's 6 digits). */
class RegionFormsTest {

  private final DivisionTable table = DivisionTable.bundled();

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource({
    "64, 64, 宁夏回族自治区, PROVINCE",
    "640000, 64, 宁夏回族自治区, PROVINCE",
    "6405, 6405, 中卫市, CITY",
    "640500, 6405, 中卫市, CITY",
    "640502, 640502, 沙坡头区, COUNTY",
    "5303, 5303, 曲靖市, CITY",
    "530300, 5303, 曲靖市, CITY",
    "530000, 53, 云南省, PROVINCE",
    "110000, 11, 北京市, PROVINCE",
    "110100, 1101, 市辖区, CITY",
    "500100, 5001, 市辖区, CITY",
    "500200, 5002, 县, CITY",
    "441900, 441900, 东莞市, COUNTY",
    "4419, 4419, 东莞市, CITY"
  })
  void findsARegionInEveryFormPeopleWriteIt(
      String written, String code, String name, DivisionLevel level) {
    Division found = table.find(written).orElseThrow();

    assertThat(found.code().value()).isEqualTo(code);
    assertThat(found.name()).isEqualTo(name);
    assertThat(found.level()).isEqualTo(level);
    assertThat(table.find(DivisionCode.ofAnyLevel(written))).hasValue(found);
    assertThat(table.contains(written)).isTrue();
  }

  @ParameterizedTest(name = "{0} finds nothing")
  @CsvSource({"640600", "640599", "990000", "000000", "640501", "6406", "99"})
  void findsNothingForAFormWhoseDivisionIsNotInTheTable(String written) {
    assertThat(table.find(written)).isEmpty();
    assertThat(table.contains(written)).isFalse();
  }

  @Test
  void everyProvinceAndCityIsFoundByItsGbt2260Form() {
    List<Division> regions = new ArrayList<>(table.provinces());
    for (Division province : table.provinces()) {
      regions.addAll(table.children(province.code()));
    }
    assertThat(regions).hasSize(31 + 342);

    for (Division region : regions) {
      DivisionCode gbt = region.code().gbt2260Form().orElseThrow();
      assertThat(gbt.value()).hasSize(6).startsWith(region.code().value());
      Division found = table.find(gbt).orElseThrow();
      if (found.level() == DivisionLevel.COUNTY) {
        // a county row wins; it is then the city's only county, with the city's townships
        assertThat(table.children(region.code())).containsExactly(found);
        assertThat(table.townships(found.code())).isEqualTo(table.townships(region.code()));
      } else {
        assertThat(found).isEqualTo(region);
      }
    }
  }

  /**
   * The ambiguity of the GB/T form: a county whose code ends in 00. The 2022 table has three, each
   * the only county of its city, so reading the code as the county or as the city counts the same
   * townships; none ends in 0000.
   */
  @Test
  void theOnlyCountiesWithAGbt2260SummaryFormAreTheSingleCountiesOfTheirCities() {
    List<String> ambiguous = new ArrayList<>();
    for (Division province : table.provinces()) {
      for (Division city : table.children(province.code())) {
        for (Division county : table.children(city.code())) {
          if (county.code().provinceOrCityForm().isPresent()) {
            ambiguous.add(county.toString());
            assertThat(county.code().provinceOrCityForm()).hasValue(city.code());
            assertThat(table.children(city.code())).containsExactly(county);
          }
        }
      }
    }
    assertThat(ambiguous).containsExactly("441900 东莞市", "442000 中山市", "460400 儋州市");
  }

  @Test
  void navigationAcceptsTheGbt2260FormToo() {
    assertThat(table.children("640500"))
        .extracting(Division::name)
        .containsExactly("沙坡头区", "中宁县", "海原县");
    assertThat(table.children("640000")).isEqualTo(table.children("64"));
    assertThat(table.townships("640500")).hasSize(46).isEqualTo(table.townships("6405"));
    assertThat(table.townships("530300")).hasSize(137).isEqualTo(table.townships("5303"));
    assertThat(table.parentChain("640500")).extracting(Division::name).containsExactly("宁夏回族自治区");
    assertThat(table.parentChain("640000")).isEmpty();
    assertThat(table.parentChain("640502"))
        .extracting(Division::name)
        .containsExactly("中卫市", "宁夏回族自治区");
  }
}
