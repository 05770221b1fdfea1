package org.shegong.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.core.code.QualificationLevel.ASSISTANT_SOCIAL_WORKER;
import static org.shegong.core.code.QualificationLevel.SENIOR_SOCIAL_WORKER;
import static org.shegong.core.code.QualificationLevel.SOCIAL_WORKER;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shegong.core.ShegongException;
import org.shegong.core.money.Money;

class SubsidyPolicyTest {

  private static final SubsidyPolicy ZHONGWEI = SubsidyPolicies.zhongweiExample();

  private static SubsidyPolicy.Builder minimal() {
    return SubsidyPolicy.builder()
        .name("test")
        .region("640500")
        .effectiveFrom(LocalDate.of(2024, 1, 1));
  }

  @Test
  void zhongweiExampleHasTheShapeOfTheDesign() {
    assertThat(ZHONGWEI.oneOffAmount(SENIOR_SOCIAL_WORKER)).contains(Money.ofYuan(6000));
    assertThat(ZHONGWEI.oneOffAmount(SOCIAL_WORKER)).contains(Money.ofYuan(3000));
    assertThat(ZHONGWEI.oneOffAmount(ASSISTANT_SOCIAL_WORKER)).isEmpty();
    assertThat(ZHONGWEI.monthlyAllowance(SOCIAL_WORKER)).contains(Money.ofYuan(220));
    assertThat(ZHONGWEI.monthlyAllowance(ASSISTANT_SOCIAL_WORKER)).contains(Money.ofYuan(180));
    assertThat(ZHONGWEI.monthlyAllowance(SENIOR_SOCIAL_WORKER)).isEmpty();
    assertThat(ZHONGWEI.monthlyRequiresCommunityEmployment()).isTrue();
    assertThat(ZHONGWEI.effectiveFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(ZHONGWEI.effectiveUntil()).isEmpty();
    assertThat(ZHONGWEI.name()).contains("示例");
  }

  @ParameterizedTest
  @CsvSource({
    "640500, 640502, true",
    "640500, 640502100000, true",
    "6405, 640521, true",
    "640000, 640502, true",
    "640500, 640100, false",
    "640502, 640521, false",
    "640502100, 640502100001, true",
    "640502100, 640502101001, false"
  })
  void coversDivisionsByCodePrefix(String region, String division, boolean covered) {
    assertThat(minimal().region(region).build().coversDivision(division)).isEqualTo(covered);
  }

  @Test
  void isEffectiveFromItsFirstToItsLastDayInclusive() {
    SubsidyPolicy policy = minimal().effectiveUntil(LocalDate.of(2024, 12, 31)).build();
    assertThat(policy.isEffectiveOn(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(policy.isEffectiveOn(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(policy.isEffectiveOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(policy.isEffectiveOn(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(policy.coversMonth(YearMonth.of(2024, 12))).isTrue();
    assertThat(policy.coversMonth(YearMonth.of(2025, 1))).isFalse();
    assertThat(policy.effectivePeriodText()).isEqualTo("2024-01-01..2024-12-31");
  }

  @Test
  void rejectsAnEffectivePeriodEndingBeforeItStarts() {
    assertThatThrownBy(() -> minimal().effectiveUntil(LocalDate.of(2023, 12, 31)).build())
        .isInstanceOf(ShegongException.class)
        .hasMessageStartingWith("SG-SUB-010 subsidy policy 'test'");
  }

  @Test
  void acceptsAPolicyEndingOnItsFirstDay() {
    assertThat(
            minimal()
                .effectiveUntil(LocalDate.of(2024, 1, 1))
                .build()
                .isEffectiveOn(LocalDate.of(2024, 1, 1)))
        .isTrue();
  }

  @Test
  void rejectsARegionThatIsNotADivisionCode() {
    assertThatThrownBy(() -> minimal().region("64050").build())
        .isInstanceOf(ShegongException.class)
        .hasMessageStartingWith("SG-SUB-010 ")
        .extracting(e -> ((ShegongException) e).ruleCode())
        .isEqualTo(SubsidyPolicy.INVALID_POLICY);
  }

  @Test
  void rejectsAnAmountThatIsNotPositive() {
    assertThatThrownBy(() -> minimal().putMonthlyAllowances(SOCIAL_WORKER, Money.ZERO).build())
        .isInstanceOf(ShegongException.class)
        .hasMessageContaining("monthly allowance for 中级 must be positive");
  }

  @Test
  void codeSetsRoundTrip() {
    for (DiscrepancyKind kind : DiscrepancyKind.values()) {
      assertThat(DiscrepancyKind.ofCode(kind.code())).isSameAs(kind);
      assertThat(kind.ruleCode()).matches("SG-SUB-00[1-5]");
    }
    for (EntitlementKind kind : EntitlementKind.values()) {
      assertThat(EntitlementKind.ofCode(kind.code())).isSameAs(kind);
    }
  }
}
