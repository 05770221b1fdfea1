package org.shegong.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TownshipKindTest {

  @ParameterizedTest
  @CsvSource({
    "0, UNCLASSIFIED",
    "1, SUB_DISTRICT",
    "99, SUB_DISTRICT",
    "100, TOWN",
    "199, TOWN",
    "200, TOWNSHIP",
    "399, TOWNSHIP",
    "400, TOWNSHIP_LIKE",
    "599, TOWNSHIP_LIKE",
    "600, UNCLASSIFIED",
    "999, UNCLASSIFIED"
  })
  void kindFollowsTheCodingRulesOfTheTownshipDigits(int digits, TownshipKind kind) {
    assertThat(TownshipKind.ofTownshipDigits(digits)).isEqualTo(kind);
  }

  @Test
  void onlySubDistrictsTownsAndTownshipsAreTownshipAdministrations() {
    assertThat(TownshipKind.values())
        .filteredOn(TownshipKind::countsAsTownshipAdministration)
        .containsExactly(TownshipKind.SUB_DISTRICT, TownshipKind.TOWN, TownshipKind.TOWNSHIP);
  }

  @Test
  void rejectsDigitsOutsideThreeDigitRange() {
    assertThatThrownBy(() -> TownshipKind.ofTownshipDigits(1000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TownshipKind.ofTownshipDigits(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hasChineseLabelsAndNameCodes() {
    assertThat(TownshipKind.SUB_DISTRICT.labelZh()).isEqualTo("街道");
    assertThat(TownshipKind.TOWNSHIP_LIKE.labelZh()).isEqualTo("类似乡级单位");
    assertThat(TownshipKind.ofCode("TOWN")).isEqualTo(TownshipKind.TOWN);
    assertThat(DivisionLevel.ofCode("COUNTY").labelZh()).isEqualTo("县级");
  }
}
