package org.shegong.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EthnicityTest {

  @Test
  void hasTheFiftySixGroupsCodedZeroOneToFiftySixInOrder() {
    List<String> groupCodes =
        Arrays.stream(Ethnicity.values())
            .filter(Ethnicity::ethnicGroup)
            .map(Ethnicity::code)
            .toList();
    List<String> expected =
        IntStream.rangeClosed(1, 56).mapToObj(i -> String.format("%02d", i)).toList();

    assertThat(groupCodes).containsExactlyElementsOf(expected);
  }

  @Test
  void hasOtherAndForeignOriginAsTheTwoNonGroupCodes() {
    assertThat(Ethnicity.values()).hasSize(58);
    assertThat(Arrays.stream(Ethnicity.values()).filter(e -> !e.ethnicGroup()))
        .containsExactly(Ethnicity.OTHER, Ethnicity.FOREIGN_ORIGIN);
    assertThat(Ethnicity.OTHER.code()).isEqualTo("97");
    assertThat(Ethnicity.OTHER.labelZh()).isEqualTo("其他");
    assertThat(Ethnicity.FOREIGN_ORIGIN.code()).isEqualTo("98");
    assertThat(Ethnicity.FOREIGN_ORIGIN.labelZh()).isEqualTo("外国血统中国籍人士");
  }

  @ParameterizedTest
  @CsvSource({
    "01, 汉族, Han, HAN",
    "02, 蒙古族, Mongol, MONGOL",
    "03, 回族, Hui, HUI",
    "04, 藏族, Zang (Tibetan), ZANG",
    "05, 维吾尔族, Uygur, UYGUR",
    "10, 朝鲜族, Chosen (Korean), CHOSEN",
    "11, 满族, Man, MAN",
    "25, 水族, Sui, SUI",
    "36, 毛南族, Maonan, MAONAN",
    "37, 仡佬族, Gelao, GELAO",
    "38, 锡伯族, Xibe, XIBE",
    "44, 俄罗斯族, Russ, RUSS",
    "46, 德昂族, Deang, DEANG",
    "49, 京族, Gin, GIN",
    "55, 珞巴族, Lhoba, LHOBA",
    "56, 基诺族, Jino, JINO"
  })
  void mapsNationalCodesToTheStandardsNames(
      String code, String labelZh, String labelEn, Ethnicity expected) {
    Ethnicity ethnicity = Ethnicity.ofCode(code);

    assertThat(ethnicity).isSameAs(expected);
    assertThat(ethnicity.labelZh()).isEqualTo(labelZh);
    assertThat(ethnicity.labelEn()).isEqualTo(labelEn);
    assertThat(ethnicity.national()).isTrue();
  }

  @Test
  void everyGroupsChineseNameEndsInZu() {
    assertThat(Arrays.stream(Ethnicity.values()).filter(Ethnicity::ethnicGroup))
        .allSatisfy(e -> assertThat(e.labelZh()).endsWith("族"));
  }

  @Test
  void chineseNamesAreUnique() {
    assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::labelZh)).doesNotHaveDuplicates();
  }

  @Test
  void rejectsCodeWithoutLeadingZero() {
    assertThat(CodeSets.find(Ethnicity.class, "1")).isEmpty();
    assertThat(CodeSets.find(Ethnicity.class, "01")).contains(Ethnicity.HAN);
  }
}
