package org.shegong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void masksABirthDateDownToItsYear() {
    assertThat(Masking.birthDate("2012-06-15")).isEqualTo("2012-**-**");
    assertThat(Masking.birthDate("15/06/2012")).isEqualTo("***");
    assertThat(Masking.birthDate(null)).isEqualTo("null");
    assertThat(SensitiveKind.BIRTH_DATE.mask("2012-06-15")).isEqualTo("2012-**-**");
  }

  @Test
  void masksEighteenCharacterCitizenIdKeepingAddressCodeAndLastFour() {
    assertThat(Masking.citizenId("11010519491231002X")).isEqualTo("110105********002X");
  }

  @Test
  void masksLegacyFifteenDigitCitizenIdRevealingAtMostAThirdAndNoBirthDate() {
    assertThat(Masking.citizenId("110105491231002")).isEqualTo("1101**********2");
  }

  @Test
  void masksSeventeenCharacterCitizenIdWithoutTheBirthDateDigits() {
    // 17 characters: budget 5, only index 14.. may be shown at the end
    assertThat(Masking.citizenId("11010519491231002")).isEqualTo("110************02");
    String masked = Masking.citizenId("11010519491231002");
    assertThat(masked).hasSize(17);
    assertThat(masked.substring(6, 14)).isEqualTo("********");
    assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(17 / 3);
  }

  @Test
  void masksVeryShortCitizenIdCompletely() {
    assertThat(Masking.citizenId("1")).isEqualTo("*");
    assertThat(Masking.citizenId("12")).isEqualTo("**");
    assertThat(Masking.citizenId("123")).isEqualTo("1**");
  }

  @Test
  void masksNullAsTheWordNullAndEmptyAsEmpty() {
    assertThat(Masking.citizenId(null)).isEqualTo("null");
    assertThat(Masking.phone(null)).isEqualTo("null");
    assertThat(Masking.name(null)).isEqualTo("null");
    assertThat(Masking.citizenId("")).isEmpty();
    assertThat(Masking.phone("")).isEmpty();
    assertThat(Masking.name("")).isEmpty();
  }

  @Test
  void masksElevenDigitPhoneKeepingFirstThreeAndLastFour() {
    assertThat(Masking.phone("13800001234")).isEqualTo("138****1234");
  }

  @Test
  void masksPhoneOfOtherLengthRevealingAtMostAThird() {
    assertThat(Masking.phone("+8613800001234")).isEqualTo("+8**********34");
    assertThat(Masking.phone("88881234")).isEqualTo("8******4");
    assertThat(Masking.phone("110")).isEqualTo("**0");
  }

  @Test
  void masksNameKeepingOnlyTheFirstCharacter() {
    assertThat(Masking.name("张三丰")).isEqualTo("张**");
    assertThat(Masking.name("张三")).isEqualTo("张*");
    assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
  }

  @Test
  void masksSingleCharacterNameCompletely() {
    assertThat(Masking.name("李")).isEqualTo("*");
  }

  @Test
  void treatsSupplementaryCharacterInNameAsOneCharacter() {
    assertThat(Masking.name("𠮷三")).isEqualTo("𠮷*");
    assertThat(Masking.name("李𠮷")).isEqualTo("李*");
  }

  @Test
  void sensitiveKindsMaskWithTheMatchingRule() {
    assertThat(SensitiveKind.CITIZEN_ID.mask("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(SensitiveKind.PHONE.mask("13800001234")).isEqualTo("138****1234");
    assertThat(SensitiveKind.PERSON_NAME.mask("张三丰")).isEqualTo("张**");
    assertThat(SensitiveKind.FAMILY_SITUATION.mask("父亲服刑，母亲失联")).isEqualTo("***");
    assertThat(SensitiveKind.FAMILY_SITUATION.mask(null)).isEqualTo("null");
  }

  @Test
  void sensitiveAnnotationIsVisibleAtRunTimeOnAccessorsAndFields() throws Exception {
    Method accessor = Sample.class.getDeclaredMethod("name");
    assertThat(accessor.getAnnotation(Sensitive.class).value())
        .isEqualTo(SensitiveKind.PERSON_NAME);
    assertThat(Sample.class.getDeclaredField("phone").getAnnotation(Sensitive.class).value())
        .isEqualTo(SensitiveKind.PHONE);
  }

  static final class Sample {
    @Sensitive(SensitiveKind.PHONE)
    String phone = "13800001234";

    @Sensitive(SensitiveKind.PERSON_NAME)
    String name() {
      return "张三";
    }
  }
}
