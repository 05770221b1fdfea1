package org.shegong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.code.UnknownCodeException;

class CreditCodeTest {

  private static final String PUBLISHED = "91350100M000100Y43";

  /** A 民办非企业单位 registered in 640502 (中卫市沙坡头区), generated for these tests. */
  private static final String CIVIL_AFFAIRS_AGENCY = "52640502MJY123458X";

  private static String withCheck(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }

  @Test
  void acceptsPublishedExampleAndDecodesIt() {
    CreditCode code = CreditCode.of(PUBLISHED);

    assertThat(code.isValid()).isTrue();
    assertThat(code.defect()).isEmpty();
    assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
    assertThat(code.institutionKind()).isEqualTo(InstitutionKind.ENTERPRISE);
    assertThat(code.institutionKindCode()).isEqualTo('1');
    assertThat(code.divisionCode()).isEqualTo("350100");
    assertThat(code.organizationCode()).isEqualTo("M000100Y4");
    assertThat(code.isCivilAffairsRegistration()).isFalse();
  }

  @Test
  void computesPublishedCheckCharacter() {
    assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
  }

  @Test
  void publishedExamplePassesTheEmbeddedOrganizationCodeCheck() {
    // M=22, Y=34: 22·3 + 1·5 + 34·2 = 139; 139 mod 11 = 7; 11 − 7 = 4, and the 9th char is 4
    assertThat(CreditCode.organizationCodeCheckCharacter("M000100Y")).isEqualTo('4');
    assertThat(CreditCode.of(PUBLISHED).hasValidOrganizationCode()).isTrue();
    assertThat(CreditCode.ofStrict(PUBLISHED)).isEqualTo(CreditCode.of(PUBLISHED));
  }

  @Test
  void rejectsCharacterOutsideTheAlphabetAsFormatErrorNotCheckError() {
    // Z is not one of the 31 characters, so this is SG-USC-001 even in the check position
    CreditCode code = CreditCode.lenient("91350100M000100Y4Z");

    assertThat(code.isValid()).isFalse();
    assertThat(code.defect()).contains(CreditCodeDefect.WRONG_FORMAT);
    assertThatThrownBy(() -> CreditCode.of("91350100M000100Y4Z"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageStartingWith("SG-USC-001 ");
  }

  @Test
  void rejectsWrongCheckCharacter() {
    assertThat(CreditCode.lenient("91350100M000100Y44").defects())
        .containsExactly(CreditCodeDefect.WRONG_CHECK_CHARACTER);
    assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44"))
        .hasMessageStartingWith("SG-USC-002 ")
        .hasMessageContaining("91350100M000100Y44");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "91350100M000100Y4",
        "91350100M000100Y433",
        "91350100I000100Y43",
        "91350100O000100Y43",
        "91350100S000100Y43",
        "91350100V000100Y43",
        "9135010-M000100Y43"
      })
  void rejectsWrongLengthOrCharacters(String raw) {
    assertThat(CreditCode.lenient(raw).defects()).containsExactly(CreditCodeDefect.WRONG_FORMAT);
  }

  @Test
  void rejectsLetterInTheDivisionCodePositionsEvenWithMatchingCheckCharacter() {
    String raw = withCheck("9135010AM000100Y4");

    assertThat(CreditCode.lenient(raw).defects()).containsExactly(CreditCodeDefect.WRONG_FORMAT);
  }

  @Test
  void normalisesLowerCaseAndWhiteSpace() {
    CreditCode code = CreditCode.of(" 91350100m000100y43 ");

    assertThat(code.value()).isEqualTo(PUBLISHED);
    assertThat(code)
        .isEqualTo(CreditCode.of(PUBLISHED))
        .hasSameHashCodeAs(CreditCode.of(PUBLISHED));
  }

  @Test
  void mapsCheckValueThirtyOneToZero() {
    // Σ = 0 → 31 − 0 = 31 → '0'
    assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    assertThat(CreditCode.of("000000000000000000").isValid()).isTrue();
  }

  @Test
  void decodesCivilAffairsSocialServiceAgency() {
    CreditCode code = CreditCode.ofStrict(CIVIL_AFFAIRS_AGENCY);

    assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.CIVIL_AFFAIRS);
    assertThat(code.isCivilAffairsRegistration()).isTrue();
    assertThat(code.institutionKind()).isEqualTo(InstitutionKind.SOCIAL_SERVICE_AGENCY);
    assertThat(code.divisionCode()).isEqualTo("640502");
    assertThat(code.organizationCode()).isEqualTo("MJY123458");
    assertThat(code.hasValidOrganizationCode()).isTrue();
  }

  @Test
  void decodesOtherCivilAffairsKindsAndKeepsTheRawCharacter() {
    assertThat(CreditCode.of(withCheck("51640502MJY123458")).institutionKind())
        .isEqualTo(InstitutionKind.SOCIAL_GROUP);
    assertThat(CreditCode.of(withCheck("53640502MJY123458")).institutionKind())
        .isEqualTo(InstitutionKind.FOUNDATION);
    CreditCode other = CreditCode.of(withCheck("59640502MJY123458"));
    assertThat(other.institutionKind()).isEqualTo(InstitutionKind.OTHER);
    assertThat(other.institutionKindCode()).isEqualTo('9');
  }

  @Test
  void readsSecondCharacterAccordingToTheAuthority() {
    // "2" means 民办非企业单位 under 民政 but 个体工商户 under 工商, 事业单位 under 机构编制
    assertThat(CreditCode.of(withCheck("92640502MJY123458")).institutionKind())
        .isEqualTo(InstitutionKind.INDIVIDUAL_BUSINESS);
    assertThat(CreditCode.of(withCheck("12640502MJY123458")).institutionKind())
        .isEqualTo(InstitutionKind.PUBLIC_INSTITUTION);
    assertThat(CreditCode.of(withCheck("32640502MJY123458")).institutionKind())
        .isEqualTo(InstitutionKind.OTHER);
  }

  @Test
  void readsUnlistedRegistrationAuthorityAsOther() {
    assertThat(CreditCode.of(withCheck("B1640502MJY123458")).registrationAuthority())
        .isEqualTo(RegistrationAuthority.OTHER);
    assertThat(RegistrationAuthority.ofCode("5")).isEqualTo(RegistrationAuthority.CIVIL_AFFAIRS);
    assertThatThrownBy(() -> RegistrationAuthority.ofCode("B"))
        .isInstanceOf(UnknownCodeException.class);
  }

  @Test
  void strictVariantRejectsWrongOrganizationCodeCheckCharacter() {
    String raw = withCheck("52640502MJY123457");

    assertThat(CreditCode.of(raw).hasValidOrganizationCode()).isFalse();
    assertThat(CreditCode.lenient(raw).isValid()).isTrue();
    assertThat(CreditCode.lenientStrict(raw).defects())
        .containsExactly(CreditCodeDefect.WRONG_ORGANIZATION_CODE_CHECK);
    assertThatThrownBy(() -> CreditCode.ofStrict(raw)).hasMessageStartingWith("SG-USC-003 ");
  }

  @Test
  void computesOrganizationCheckCharactersDigitXAndZero() {
    assertThat(CreditCode.organizationCodeCheckCharacter("00000002")).isEqualTo('7'); // Σ 4
    assertThat(CreditCode.organizationCodeCheckCharacter("00000006")).isEqualTo('X'); // Σ 12
    assertThat(CreditCode.organizationCodeCheckCharacter("00000000")).isEqualTo('0'); // Σ 0
  }

  @Test
  void derivedAccessorsOnInvalidCodeThrow() {
    CreditCode code = CreditCode.lenient("91350100M000100Y44");

    assertThatThrownBy(code::registrationAuthority).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(code::divisionCode).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(code::hasValidOrganizationCode)
        .isInstanceOf(InvalidIdentifierException.class);
  }
}
