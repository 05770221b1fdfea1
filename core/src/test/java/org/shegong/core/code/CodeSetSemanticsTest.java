package org.shegong.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What the code sets say beyond their codes: colours, requirements, orders, references. */
class CodeSetSemanticsTest {

  @ParameterizedTest
  @CsvSource({
    "TIER_1, 1, RED, 红, 高风险, true, true",
    "TIER_2, 2, YELLOW, 黄, 中风险, true, true",
    "TIER_3, 3, BLUE, 蓝, 低风险, true, false",
    "TIER_4, 4, GREEN, 绿, 健康成长, false, false"
  })
  void riskTiersCarryTheirColourLevelAndRequirements(
      RiskTier tier,
      int level,
      TierColour colour,
      String colourZh,
      String labelZh,
      boolean carePlan,
      boolean socialWorker) {
    assertThat(tier.level()).isEqualTo(level);
    assertThat(tier.colour()).isEqualTo(colour);
    assertThat(tier.colour().labelZh()).isEqualTo(colourZh);
    assertThat(tier.labelZh()).isEqualTo(labelZh);
    assertThat(tier.requiresCarePlan()).isEqualTo(carePlan);
    assertThat(tier.requiresSocialWorker()).isEqualTo(socialWorker);
  }

  @Test
  void serviceDomainCoreIsTheFiveDomainsWithoutOther() {
    assertThat(ServiceDomain.core())
        .hasSize(5)
        .doesNotContain(ServiceDomain.OTHER)
        .containsExactly(
            ServiceDomain.SOCIAL_ASSISTANCE,
            ServiceDomain.ELDERLY_CARE,
            ServiceDomain.CHILD_CARE_AND_PROTECTION,
            ServiceDomain.COMMUNITY_GOVERNANCE,
            ServiceDomain.SOCIAL_AFFAIRS);
  }

  @Test
  void serviceDomainCoreCannotBeModified() {
    Set<ServiceDomain> core = ServiceDomain.core();

    assertThatThrownBy(() -> core.add(ServiceDomain.OTHER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ServiceDomain.core()).doesNotContain(ServiceDomain.OTHER);
  }

  @ParameterizedTest
  @CsvSource({
    "COUNTY_GUIDANCE_CENTER, COUNTY",
    "TOWNSHIP_STATION, TOWNSHIP",
    "VILLAGE_ROOM, VILLAGE",
    "MINOR_PROTECTION_STATION, ANY",
    "CHILDRENS_HOME, ANY",
    "SCHOOL_STATION, ANY"
  })
  void stationLevelsRequireTheDivisionLevelOfTheSpec(
      StationLevel level, RequiredDivisionLevel required) {
    assertThat(level.requiredDivisionLevel()).isEqualTo(required);
  }

  @ParameterizedTest
  @CsvSource({
    "ORPHAN, 国办发〔2010〕54号, false",
    "DE_FACTO_UNSUPPORTED, 民发〔2019〕62号, false",
    "POVERTY, 国发〔2016〕36号, true",
    "DISABILITY, 国发〔2016〕36号, true",
    "GUARDIANSHIP, 国发〔2016〕36号, true",
    "LEFT_BEHIND, 国发〔2016〕13号, false"
  })
  void childCategoriesNameTheirPolicyDocument(
      ChildCategory category, String reference, boolean difficultySubtype) {
    assertThat(category.policyReference()).isEqualTo(reference);
    assertThat(category.difficultySubtype()).isEqualTo(difficultySubtype);
  }

  @ParameterizedTest
  @EnumSource(ChildCategory.class)
  void difficultySubtypesAreLabelledAsChildrenInDifficulty(ChildCategory category) {
    assertThat(category.labelZh().startsWith("困境儿童")).isEqualTo(category.difficultySubtype());
  }

  @Test
  void exactlyTheLibertyAndContactSituationsRequireSixMonths() {
    assertThat(Arrays.stream(ParentSituation.values()).filter(ParentSituation::requiresSixMonths))
        .containsExactlyInAnyOrder(
            ParentSituation.IMPRISONED,
            ParentSituation.COMPULSORY_DETOX,
            ParentSituation.OTHER_RESTRICTION,
            ParentSituation.LOST_CONTACT);
  }

  @ParameterizedTest
  @CsvSource({
    "ASSISTANT_SOCIAL_WORKER, 助理社会工作师, 初级, junior",
    "SOCIAL_WORKER, 社会工作师, 中级, intermediate",
    "SENIOR_SOCIAL_WORKER, 高级社会工作师, 高级, senior"
  })
  void qualificationLevelsExposeTheirGrade(
      QualificationLevel level, String labelZh, String gradeZh, String gradeEn) {
    assertThat(level.labelZh()).isEqualTo(labelZh);
    assertThat(level.gradeLabelZh()).isEqualTo(gradeZh);
    assertThat(level.gradeLabelEn()).isEqualTo(gradeEn);
  }

  @Test
  void caseStagesFollowMzt094Order() {
    assertThat(Arrays.stream(CaseStage.values()).map(CaseStage::labelZh))
        .containsExactly("接案", "预估", "计划", "介入", "评估", "结案");
  }

  @Test
  void groupStagesFollowMzt095Order() {
    assertThat(Arrays.stream(GroupStage.values()).map(GroupStage::labelZh))
        .containsExactly("筹备", "形成", "转折", "成熟", "结束");
  }

  @ParameterizedTest
  @CsvSource({
    "61, VISUAL, 视力残疾",
    "62, HEARING, 听力残疾",
    "63, SPEECH, 言语残疾",
    "64, PHYSICAL, 肢体残疾",
    "65, INTELLECTUAL, 智力残疾",
    "66, MENTAL, 精神残疾",
    "67, MULTIPLE, 多重残疾",
    "69, OTHER, 其他残疾"
  })
  void disabilityCategoriesUseGbt22613Codes(
      String code, DisabilityCategory expected, String labelZh) {
    assertThat(DisabilityCategory.ofCode(code)).isSameAs(expected);
    assertThat(expected.labelZh()).isEqualTo(labelZh);
  }

  @Test
  void disabilityCategoryHasNoCode68() {
    assertThat(DisabilityCategory.values()).hasSize(8);
    assertThat(CodeSets.find(DisabilityCategory.class, "68")).isEmpty();
  }

  @Test
  void fiveSocialLinkageHasFiveParties() {
    assertThat(Arrays.stream(LinkageParty.values()).map(LinkageParty::labelZh))
        .containsExactly("社区", "社会组织", "社会工作者", "社区志愿者", "社会慈善资源");
  }
}
