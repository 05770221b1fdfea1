package org.shegong.examples.subsidy;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.money.Money;
import org.shegong.core.subsidy.Entitlement;
import org.shegong.core.subsidy.EntitlementKind;
import org.shegong.core.subsidy.PaymentDiscrepancy;
import org.shegong.core.subsidy.PaymentRecord;
import org.shegong.core.subsidy.RosterEntitlements;
import org.shegong.core.subsidy.SubsidyCalculator;
import org.shegong.core.subsidy.SubsidyClaimant;
import org.shegong.core.subsidy.SubsidyPolicies;
import org.shegong.core.subsidy.SubsidyPolicy;
import org.shegong.core.subsidy.WorkerEntitlements;

/**
 * Computes what a roster of qualified social workers is entitled to under the example 宁夏中卫 policy
 * for the first half of 2024, then checks a payment ledger against it, with {@code shegong-core}
 * only.
 *
 * <p>The policy is {@link SubsidyPolicies#zhongweiExample()}: an illustration of the shape of a
 * regional incentive policy, not the policy in force. Amounts are exact {@link Money}; workers are
 * identified by their record id, never by a citizen ID.
 *
 * @since 0.1.0
 */
public final class RosterSubsidies {

  /** First month of the example range: January 2024. */
  public static final YearMonth FROM = YearMonth.of(2024, 1);

  /** Last month of the example range: June 2024. */
  public static final YearMonth TO = YearMonth.of(2024, 6);

  private RosterSubsidies() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Computes and prints the roster's entitlements and the discrepancies of the example payments.
   *
   * @param out where to print; not null
   * @return the roster's entitlements
   */
  public static RosterEntitlements run(PrintStream out) {
    SubsidyPolicy policy = SubsidyPolicies.zhongweiExample();
    SubsidyCalculator calculator = SubsidyCalculator.of(policy);

    out.println(
        "Policy: "
            + policy.nameEn()
            + ", region "
            + policy.region()
            + ", effective "
            + policy.effectivePeriodText());
    String condition =
        policy.monthlyRequiresCommunityEmployment() ? " (community employment only)" : "";
    for (QualificationLevel level : QualificationLevel.values()) {
      out.printf(
          "  %s %-12s one-off %-11s monthly %s%n",
          level.gradeLabelZh(),
          level.gradeLabelEn(),
          policy.oneOffAmount(level).map(Money::toString).orElse("-"),
          policy.monthlyAllowance(level).map(amount -> amount + condition).orElse("-"));
    }

    List<SubsidyClaimant> roster = roster();
    RosterEntitlements entitlements = calculator.roster(roster, FROM, TO);
    out.println();
    out.println("Entitlements " + FROM + " to " + TO + ":");
    for (WorkerEntitlements worker : entitlements.workers()) {
      out.printf("  %-7s total %11s  %s%n", worker.workerId(), worker.total(), summary(worker));
    }
    out.println("  roster total " + entitlements.grandTotal());

    List<PaymentDiscrepancy> discrepancies = calculator.checkPayments(roster, FROM, TO, payments());
    out.println();
    out.println(
        "Payments checked: " + payments().size() + ", discrepancies: " + discrepancies.size());
    for (PaymentDiscrepancy discrepancy : discrepancies) {
      out.println("  " + discrepancy.messageEn());
    }
    return entitlements;
  }

  private static String summary(WorkerEntitlements worker) {
    Money oneOff =
        worker.entitlements().stream()
            .filter(e -> e.kind() == EntitlementKind.ONE_OFF)
            .map(Entitlement::amount)
            .reduce(Money.ZERO, Money::plus);
    List<Entitlement> monthly =
        worker.entitlements().stream().filter(e -> e.kind() == EntitlementKind.MONTHLY).toList();
    StringBuilder text = new StringBuilder();
    if (oneOff.isPositive()) {
      text.append("one-off ").append(oneOff);
    }
    if (!monthly.isEmpty()) {
      if (text.length() > 0) {
        text.append(" + ");
      }
      text.append(monthly.size())
          .append(" × ")
          .append(monthly.get(0).amount())
          .append(" (")
          .append(monthly.get(0).month().orElseThrow())
          .append("..")
          .append(monthly.get(monthly.size() - 1).month().orElseThrow())
          .append(")");
    }
    return text.length() == 0 ? "nothing" : text.toString();
  }

  /**
   * Returns the example roster.
   *
   * @return five workers, each once
   */
  static List<SubsidyClaimant> roster() {
    return List.of(
        // 高级, qualified in March: the one-off award; the policy has no 高级 monthly allowance.
        claimant("W-0201", QualificationLevel.SENIOR_SOCIAL_WORKER, LocalDate.of(2024, 3, 15))
            .employedInCommunity(true)
            .build(),
        // 中级, qualified on 1 February in a community: one-off, and monthly from February.
        claimant("W-0202", QualificationLevel.SOCIAL_WORKER, LocalDate.of(2024, 2, 1))
            .employedInCommunity(true)
            .build(),
        // 初级 since 2022, in a community all along: monthly every month, no one-off for 初级.
        claimant("W-0203", QualificationLevel.ASSISTANT_SOCIAL_WORKER, LocalDate.of(2022, 6, 10))
            .employedInCommunity(true)
            .build(),
        // 中级, qualified on 2 April, not in a community: the one-off award only.
        claimant("W-0204", QualificationLevel.SOCIAL_WORKER, LocalDate.of(2024, 4, 2)).build(),
        // 初级, left community work on 30 April: monthly January to April.
        claimant("W-0205", QualificationLevel.ASSISTANT_SOCIAL_WORKER, LocalDate.of(2021, 9, 1))
            .employedInCommunity(true)
            .communityEmploymentUntil(LocalDate.of(2024, 4, 30))
            .build());
  }

  private static SubsidyClaimant.Builder claimant(
      String workerId, QualificationLevel level, LocalDate qualifiedOn) {
    return SubsidyClaimant.builder().workerId(workerId).level(level).qualifiedOn(qualifiedOn);
  }

  /**
   * Returns the example payment ledger: mostly right, with one of each kind of mistake.
   *
   * @return the payments, in ledger order
   */
  static List<PaymentRecord> payments() {
    Money monthly220 = Money.ofYuan(220);
    Money monthly180 = Money.ofYuan(180);
    return List.of(
        PaymentRecord.oneOff("W-0201", Money.ofYuan(6000)),
        PaymentRecord.oneOff("W-0202", Money.ofYuan(3000)),
        PaymentRecord.monthly("W-0202", YearMonth.of(2024, 2), monthly220),
        PaymentRecord.monthly("W-0202", YearMonth.of(2024, 3), monthly220),
        PaymentRecord.monthly("W-0202", YearMonth.of(2024, 4), monthly220),
        PaymentRecord.monthly("W-0202", YearMonth.of(2024, 5), monthly220),
        PaymentRecord.monthly("W-0202", YearMonth.of(2024, 6), Money.ofYuan(200)), // underpaid
        PaymentRecord.monthly("W-0203", YearMonth.of(2024, 1), monthly180),
        PaymentRecord.monthly("W-0203", YearMonth.of(2024, 2), monthly180),
        PaymentRecord.monthly("W-0203", YearMonth.of(2024, 2), monthly180), // paid twice
        PaymentRecord.monthly("W-0203", YearMonth.of(2024, 3), monthly180),
        PaymentRecord.monthly("W-0203", YearMonth.of(2024, 4), monthly180),
        PaymentRecord.monthly("W-0203", YearMonth.of(2024, 5), monthly180),
        PaymentRecord.monthly("W-0203", YearMonth.of(2024, 6), monthly180),
        PaymentRecord.oneOff("W-0204", Money.ofYuan(3000)),
        PaymentRecord.monthly("W-0204", YearMonth.of(2024, 5), monthly220), // not in a community
        PaymentRecord.monthly("W-0205", YearMonth.of(2024, 1), monthly180),
        PaymentRecord.monthly("W-0205", YearMonth.of(2024, 2), monthly180),
        PaymentRecord.monthly("W-0205", YearMonth.of(2024, 3), monthly180));
    // W-0205's April allowance is missing.
  }
}
