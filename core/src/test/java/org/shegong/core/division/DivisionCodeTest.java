package org.shegong.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.ShegongException;

class DivisionCodeTest {

  @ParameterizedTest
  @CsvSource({
    "640502, COUNTY",
    "640502100, TOWNSHIP",
    "640502100000, TOWNSHIP",
    "640502100201, VILLAGE",
    "640502000, TOWNSHIP"
  })
  void strictFactoryAcceptsSixNineAndTwelveDigitsWithTheirLevel(String text, DivisionLevel level) {
    DivisionCode code = DivisionCode.of(text);

    assertThat(code.isValid()).isTrue();
    assertThat(code.value()).isEqualTo(text);
    assertThat(code.level()).isEqualTo(level);
    assertThat(code).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "64", "6405", "64050", "6405021", "64050210", "6405021002", "6405021002011"})
  void strictFactoryRejectsOtherLengthsWithRuleCode(String text) {
    assertThatThrownBy(() -> DivisionCode.of(text))
        .isInstanceOf(InvalidDivisionCodeException.class)
        .isInstanceOf(ShegongException.class)
        .hasMessageStartingWith("SG-DIV-001 not a division code: must be 6, 9 or 12 digits")
        .extracting(e -> ((ShegongException) e).ruleCode())
        .isEqualTo("SG-DIV-001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"64050a", "６４０５０２", " 640502", "640502 ", "-64050", "6405.2"})
  void strictFactoryRejectsNonAsciiDigits(String text) {
    assertThatThrownBy(() -> DivisionCode.of(text))
        .isInstanceOf(InvalidDivisionCodeException.class)
        .hasMessageContaining("SG-DIV-001");
  }

  @Test
  void rejectionNeverEchoesLongTextSuchAsACitizenId() {
    assertThatThrownBy(() -> DivisionCode.of("11010519491231002X"))
        .hasMessageNotContaining("11010519491231002X")
        .hasMessageContaining("18 characters (not shown)");
  }

  @Test
  void anyLevelFactoryAcceptsProvinceAndCityCodes() {
    assertThat(DivisionCode.ofAnyLevel("64").level()).isEqualTo(DivisionLevel.PROVINCE);
    assertThat(DivisionCode.ofAnyLevel("6405").level()).isEqualTo(DivisionLevel.CITY);
    assertThat(DivisionCode.ofAnyLevel("640502").level()).isEqualTo(DivisionLevel.COUNTY);
    assertThatThrownBy(() -> DivisionCode.ofAnyLevel("640"))
        .isInstanceOf(InvalidDivisionCodeException.class)
        .hasMessageStartingWith("SG-DIV-002");
  }

  @Test
  void lenientKeepsMalformedTextAndThrowsOnlyWhenInterpreted() {
    DivisionCode code = DivisionCode.lenient("64050x");

    assertThat(code.isValid()).isFalse();
    assertThat(code.value()).isEqualTo("64050x");
    assertThat(code).hasToString("64050x");
    assertThatThrownBy(code::level).hasMessageStartingWith("SG-DIV-001");
    assertThatThrownBy(code::countyCode).isInstanceOf(InvalidDivisionCodeException.class);
  }

  @Test
  void lenientIsValidExactlyWhenTheStrictFactoryAccepts() {
    assertThat(DivisionCode.lenient("640502100201").isValid()).isTrue();
    assertThat(DivisionCode.lenient("64").isValid()).isFalse();
    assertThat(DivisionCode.lenient("6405").isValid()).isFalse();
    assertThat(DivisionCode.lenient("640502").equals(DivisionCode.of("640502"))).isTrue();
    assertThat(DivisionCode.lenient("64")).isNotEqualTo(DivisionCode.ofAnyLevel("64"));
  }

  @Test
  void villageCodeExposesEveryPrefix() {
    DivisionCode village = DivisionCode.of("640502100201");

    assertThat(village.provinceCode().value()).isEqualTo("64");
    assertThat(village.cityCode()).map(DivisionCode::value).contains("6405");
    assertThat(village.countyCode()).map(DivisionCode::value).contains("640502");
    assertThat(village.townshipCode()).map(DivisionCode::value).contains("640502100");
    assertThat(village.villagePart()).contains("201");
    assertThat(village.parent()).map(DivisionCode::value).contains("640502100");
    assertThat(village.townshipKind()).contains(TownshipKind.TOWN);
    assertThat(village.canonical()).isSameAs(village);
  }

  @Test
  void twelveDigitCodeEndingInZerosIsTheTownshipItself() {
    DivisionCode township = DivisionCode.of("640502100000");

    assertThat(township.level()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(township.villagePart()).isEmpty();
    assertThat(township.canonical().value()).isEqualTo("640502100");
    assertThat(township.townshipCode()).map(DivisionCode::value).contains("640502100");
    assertThat(township.parent()).map(DivisionCode::value).contains("640502");
    assertThat(township).isNotEqualTo(DivisionCode.of("640502100"));
  }

  @Test
  void countyCodeHasNoTownshipPartsButItselfAsCounty() {
    DivisionCode county = DivisionCode.of("330521");

    assertThat(county.townshipCode()).isEmpty();
    assertThat(county.villagePart()).isEmpty();
    assertThat(county.townshipKind()).isEmpty();
    assertThat(county.countyCode()).containsSame(county);
    assertThat(county.parent()).map(DivisionCode::value).contains("3305");
  }

  @Test
  void provinceCodeHasNoParentAndNoCity() {
    DivisionCode province = DivisionCode.ofAnyLevel("33");

    assertThat(province.parent()).isEmpty();
    assertThat(province.cityCode()).isEmpty();
    assertThat(province.provinceCode()).isSameAs(province);
  }

  @Test
  void nullTextIsAProgrammingError() {
    assertThatThrownBy(() -> DivisionCode.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DivisionCode.lenient(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest(name = "{0} stands for {1}")
  @CsvSource({"640000, 64", "640500, 6405", "110100, 1101", "441900, 4419", "000000, 00"})
  void aSixDigitCodeEndingInZerosStandsForAProvinceOrCity(String text, String region) {
    DivisionCode code = DivisionCode.of(text);

    assertThat(code.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(code.provinceOrCityForm()).map(DivisionCode::value).hasValue(region);
    assertThat(code.provinceOrCityForm().orElseThrow().gbt2260Form()).hasValue(code);
  }

  @ParameterizedTest(name = "{0} has no province or city form")
  @ValueSource(strings = {"64", "6405", "640502", "640510", "640502100", "640500100000"})
  void otherCodesHaveNoProvinceOrCityForm(String text) {
    assertThat(DivisionCode.ofAnyLevel(text).provinceOrCityForm()).isEmpty();
  }

  @ParameterizedTest(name = "{0} is written {1} in GB/T 2260")
  @CsvSource({"64, 640000", "6405, 640500", "640502, 640502", "640500, 640500"})
  void provincesCitiesAndCountiesHaveASixDigitGbt2260Form(String text, String gbt) {
    assertThat(DivisionCode.ofAnyLevel(text).gbt2260Form()).hasValue(DivisionCode.of(gbt));
  }

  @Test
  void townshipsAndVillagesHaveNoGbt2260Form() {
    assertThat(DivisionCode.of("640502100").gbt2260Form()).isEmpty();
    assertThat(DivisionCode.of("640502100201").gbt2260Form()).isEmpty();
  }

  @Test
  void theRegionFormsOfAnInvalidLenientCodeThrow() {
    DivisionCode invalid = DivisionCode.lenient("6405");

    assertThat(invalid.isValid()).isFalse();
    assertThatThrownBy(invalid::provinceOrCityForm).hasMessageStartingWith("SG-DIV-001");
    assertThatThrownBy(invalid::gbt2260Form).hasMessageStartingWith("SG-DIV-001");
  }
}
