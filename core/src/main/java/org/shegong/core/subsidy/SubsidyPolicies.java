package org.shegong.core.subsidy;

import java.time.LocalDate;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.money.Money;

/**
 * Example subsidy policies.
 *
 * @since 0.1.0
 */
public final class SubsidyPolicies {

  /** Name of {@link #zhongweiExample()}, as Chinese messages show it. */
  public static final String ZHONGWEI_EXAMPLE_NAME = "宁夏中卫 社会工作人才激励（示例）";

  /** Name of {@link #zhongweiExample()}, as English messages show it. */
  public static final String ZHONGWEI_EXAMPLE_NAME_EN =
      "Zhongwei (Ningxia) social-work talent incentives (example)";

  private static final SubsidyPolicy ZHONGWEI_EXAMPLE =
      SubsidyPolicy.builder()
          .name(ZHONGWEI_EXAMPLE_NAME)
          .region("640500")
          .effectiveFrom(LocalDate.of(2023, 1, 1))
          .putOneOffAmounts(QualificationLevel.SENIOR_SOCIAL_WORKER, Money.ofYuan(6000))
          .putOneOffAmounts(QualificationLevel.SOCIAL_WORKER, Money.ofYuan(3000))
          .putMonthlyAllowances(QualificationLevel.SOCIAL_WORKER, Money.ofYuan(220))
          .putMonthlyAllowances(QualificationLevel.ASSISTANT_SOCIAL_WORKER, Money.ofYuan(180))
          .monthlyRequiresCommunityEmployment(true)
          .build();

  private SubsidyPolicies() {}

  /**
   * Returns an example policy of the shape of 宁夏中卫's (Zhongwei, Ningxia) incentive policy, as
   * docs/domain.md ("Qualifications, registration, incentives") describes it.
   *
   * <p><b>An illustration, not the authoritative current policy</b>: the amounts are those the
   * domain documentation quotes — one-off 6000 元 (高级) and 3000 元 (中级); monthly 220 元 (中级) and 180 元
   * (初级), paid only to those employed in communities — while the region ({@code "640500"}, 中卫市),
   * the effective date (from 2023-01-01, open-ended) and the absence of a 高级 monthly allowance are
   * illustrative choices of this SDK. Check the policy document in force before computing real
   * payments, and build a {@link SubsidyPolicy} from it.
   *
   * @return the example policy, never null
   */
  public static SubsidyPolicy zhongweiExample() {
    return ZHONGWEI_EXAMPLE;
  }
}
