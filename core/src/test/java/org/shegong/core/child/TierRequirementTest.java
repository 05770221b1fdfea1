package org.shegong.core.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.code.RiskTier;
import org.shegong.core.model.CarePlan;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.ResponsiblePeople;

class TierRequirementTest {

  private static final CarePlan PLAN = CarePlan.builder().addGoals("复学").build();
  private static final ResponsiblePeople ALL =
      ResponsiblePeople.builder()
          .childSupervisorId("W-1")
          .childDirectorId("W-2")
          .socialWorkerId("W-3")
          .build();

  @Test
  void tierOneWithNothingMissesEveryRequirement() {
    assertThat(TierRequirement.unmet(RiskTier.TIER_1, Optional.empty(), Optional.empty()))
        .containsExactly(
            TierRequirement.CARE_PLAN,
            TierRequirement.CHILD_SUPERVISOR,
            TierRequirement.CHILD_DIRECTOR,
            TierRequirement.SOCIAL_WORKER);
  }

  @ParameterizedTest
  @EnumSource(RiskTier.class)
  void aCompleteFileMeetsEveryTier(RiskTier tier) {
    assertThat(TierRequirement.unmet(tier, Optional.of(PLAN), Optional.of(ALL))).isEmpty();
  }

  @Test
  void tierThreeNeedsNoSocialWorker() {
    ResponsiblePeople noWorker =
        ResponsiblePeople.builder().childSupervisorId("W-1").childDirectorId("W-2").build();

    assertThat(TierRequirement.unmet(RiskTier.TIER_3, Optional.of(PLAN), Optional.of(noWorker)))
        .isEmpty();
    assertThat(TierRequirement.unmet(RiskTier.TIER_2, Optional.of(PLAN), Optional.of(noWorker)))
        .containsExactly(TierRequirement.SOCIAL_WORKER);
  }

  @Test
  void tierFourNeedsNothing() {
    assertThat(TierRequirement.unmet(RiskTier.TIER_4, Optional.empty(), Optional.empty()))
        .isEmpty();
  }

  @Test
  void aBlankIdIsNotANamedPerson() {
    ResponsiblePeople blank =
        ResponsiblePeople.builder()
            .childSupervisorId(" ")
            .childDirectorId("W-2")
            .socialWorkerId("")
            .build();

    assertThat(TierRequirement.unmet(RiskTier.TIER_1, Optional.of(PLAN), Optional.of(blank)))
        .containsExactly(TierRequirement.CHILD_SUPERVISOR, TierRequirement.SOCIAL_WORKER);
  }

  @Test
  void readsTheTierAndFileOfAChild() {
    Child child =
        Kids.child(LocalDate.of(2012, 1, 1))
            .classification(Classification.builder().tier(RiskTier.TIER_2).build())
            .carePlan(PLAN)
            .build();

    assertThat(TierRequirement.unmet(child))
        .containsExactly(
            TierRequirement.CHILD_SUPERVISOR,
            TierRequirement.CHILD_DIRECTOR,
            TierRequirement.SOCIAL_WORKER);
    assertThat(TierRequirement.unmet(Kids.child(LocalDate.of(2012, 1, 1)).build())).isEmpty();
  }

  @Test
  void messagesNameTheRuleTierAndRequirement() {
    assertThat(TierRequirement.CARE_PLAN.messageEn(RiskTier.TIER_2))
        .isEqualTo("SG-CHD-010 a child in TIER_2 (yellow) needs a care plan");
    assertThat(TierRequirement.SOCIAL_WORKER.messageZh(RiskTier.TIER_1))
        .isEqualTo("SG-CHD-013 风险等级TIER_1(红)的儿童须有专业社会工作者");
    assertThat(TierRequirement.CHILD_DIRECTOR.ruleCode()).isEqualTo("SG-CHD-012");
  }
}
