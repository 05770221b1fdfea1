package org.shegong.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.core.code.QualificationLevel.ASSISTANT_SOCIAL_WORKER;
import static org.shegong.core.code.QualificationLevel.SENIOR_SOCIAL_WORKER;
import static org.shegong.core.code.QualificationLevel.SOCIAL_WORKER;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.shegong.core.ShegongException;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.money.Money;

class SubsidyCalculatorTest {

  private static final SubsidyPolicy ZHONGWEI = SubsidyPolicies.zhongweiExample();
  private static final SubsidyCalculator CALCULATOR = SubsidyCalculator.of(ZHONGWEI);
  private static final YearMonth JAN_2024 = YearMonth.of(2024, 1);
  private static final YearMonth DEC_2024 = YearMonth.of(2024, 12);
  private static final YearMonth MARCH_2024 = YearMonth.of(2024, 3);

  /** 高级, employed in a community, qualified in the range: the one-off award only. */
  private static final SubsidyClaimant SENIOR_IN_COMMUNITY =
      claimant("W-001", SENIOR_SOCIAL_WORKER, LocalDate.of(2024, 4, 15)).build();

  /** 中级, not in a community, qualified in the range: the one-off award, no monthly allowance. */
  private static final SubsidyClaimant INTERMEDIATE_ELSEWHERE =
      SubsidyClaimant.builder()
          .workerId("W-002")
          .level(SOCIAL_WORKER)
          .qualifiedOn(LocalDate.of(2024, 2, 10))
          .build();

  /** 初级 qualified mid-range, in a community since 2022: August to December. */
  private static final SubsidyClaimant JUNIOR_QUALIFIED_MID_RANGE =
      claimant("W-003", ASSISTANT_SOCIAL_WORKER, LocalDate.of(2024, 7, 20))
          .communityEmploymentFrom(LocalDate.of(2022, 9, 1))
          .build();

  /** 中级 qualified before the policy, in a community all year: twelve months. */
  private static final SubsidyClaimant INTERMEDIATE_IN_COMMUNITY =
      claimant("W-004", SOCIAL_WORKER, LocalDate.of(2021, 11, 3)).build();

  private static final List<SubsidyClaimant> ROSTER =
      List.of(
          SENIOR_IN_COMMUNITY,
          INTERMEDIATE_ELSEWHERE,
          JUNIOR_QUALIFIED_MID_RANGE,
          INTERMEDIATE_IN_COMMUNITY);

  private static SubsidyClaimant.Builder claimant(
      String workerId, QualificationLevel level, LocalDate qualifiedOn) {
    return SubsidyClaimant.builder()
        .workerId(workerId)
        .level(level)
        .qualifiedOn(qualifiedOn)
        .employedInCommunity(true);
  }

  private static List<YearMonth> months(WorkerEntitlements entitlements) {
    return entitlements.entitlements().stream()
        .filter(e -> e.kind() == EntitlementKind.MONTHLY)
        .map(e -> e.month().orElseThrow())
        .toList();
  }

  private static boolean paidFor(SubsidyClaimant claimant, YearMonth month) {
    return CALCULATOR.monthly(claimant, month).isPresent();
  }

  @Nested
  class ExamplePolicyOnASmallRoster {

    private final RosterEntitlements roster = CALCULATOR.roster(ROSTER, JAN_2024, DEC_2024);

    @Test
    void seniorInACommunityGetsTheOneOffAwardAndNoMonthlyAllowance() {
      WorkerEntitlements senior = roster.workers().get(0);
      assertThat(senior.entitlements())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.kind()).isEqualTo(EntitlementKind.ONE_OFF);
                assertThat(e.month()).isEmpty();
                assertThat(e.amount()).isEqualTo(Money.parse("6000.00"));
              });
    }

    @Test
    void intermediateOutsideACommunityGetsTheOneOffAwardOnly() {
      assertThat(roster.totalsByWorker()).containsEntry("W-002", Money.parse("3000.00"));
      assertThat(months(roster.workers().get(1))).isEmpty();
    }

    @Test
    void juniorQualifiedMidRangeIsPaidFromTheFollowingMonth() {
      WorkerEntitlements junior = roster.workers().get(2);
      assertThat(months(junior))
          .containsExactly(
              YearMonth.of(2024, 8),
              YearMonth.of(2024, 9),
              YearMonth.of(2024, 10),
              YearMonth.of(2024, 11),
              YearMonth.of(2024, 12));
      assertThat(junior.total()).isEqualTo(Money.parse("900.00"));
    }

    @Test
    void twelveMonthsOfTheIntermediateAllowanceAreExactly2640() {
      assertThat(roster.totalsByWorker().get("W-004")).isEqualTo(Money.parse("2640.00"));
      assertThat(roster.workers().get(3).entitlements()).hasSize(12);
    }

    @Test
    void grandTotalIsTheExactSumOfTheWorkers() {
      assertThat(roster.totalsByWorker().keySet())
          .containsExactly("W-001", "W-002", "W-003", "W-004");
      assertThat(roster.grandTotal()).isEqualTo(Money.parse("12540.00"));
      assertThat(roster.grandTotal().toPlainString()).isEqualTo("12540.00");
    }

    @Test
    void oneOffAwardBelongsToTheMonthOfQualifying() {
      assertThat(CALCULATOR.entitlements(SENIOR_IN_COMMUNITY, JAN_2024, MARCH_2024).entitlements())
          .isEmpty();
      assertThat(
              CALCULATOR
                  .entitlements(SENIOR_IN_COMMUNITY, YearMonth.of(2024, 4), YearMonth.of(2024, 4))
                  .total())
          .isEqualTo(Money.ofYuan(6000));
    }
  }

  @Nested
  class MonthBoundaries {

    @Test
    void qualifyingOnTheFirstDayPaysThatMonth() {
      SubsidyClaimant c = claimant("W", SOCIAL_WORKER, LocalDate.of(2024, 3, 1)).build();
      assertThat(paidFor(c, MARCH_2024)).isTrue();
      assertThat(paidFor(c, YearMonth.of(2024, 2))).isFalse();
    }

    @Test
    void qualifyingOnTheSecondDayPaysFromTheNextMonth() {
      SubsidyClaimant c = claimant("W", SOCIAL_WORKER, LocalDate.of(2024, 3, 2)).build();
      assertThat(paidFor(c, MARCH_2024)).isFalse();
      assertThat(paidFor(c, YearMonth.of(2024, 4))).isTrue();
    }

    @Test
    void employmentStartingOnTheFirstDayPaysThatMonthButNotOnTheSecond() {
      SubsidyClaimant fromFirst =
          claimant("W", SOCIAL_WORKER, LocalDate.of(2020, 1, 1))
              .communityEmploymentFrom(LocalDate.of(2024, 3, 1))
              .build();
      SubsidyClaimant fromSecond =
          claimant("W", SOCIAL_WORKER, LocalDate.of(2020, 1, 1))
              .communityEmploymentFrom(LocalDate.of(2024, 3, 2))
              .build();
      assertThat(paidFor(fromFirst, MARCH_2024)).isTrue();
      assertThat(paidFor(fromFirst, YearMonth.of(2024, 2))).isFalse();
      assertThat(paidFor(fromSecond, MARCH_2024)).isFalse();
      assertThat(paidFor(fromSecond, YearMonth.of(2024, 4))).isTrue();
    }

    @Test
    void employmentEndingOnTheFirstDayStillPaysThatMonthButEndingTheDayBeforeDoesNot() {
      SubsidyClaimant untilFirst =
          claimant("W", SOCIAL_WORKER, LocalDate.of(2020, 1, 1))
              .communityEmploymentUntil(LocalDate.of(2024, 3, 1))
              .build();
      SubsidyClaimant untilDayBefore =
          claimant("W", SOCIAL_WORKER, LocalDate.of(2020, 1, 1))
              .communityEmploymentUntil(LocalDate.of(2024, 2, 29))
              .build();
      assertThat(paidFor(untilFirst, MARCH_2024)).isTrue();
      assertThat(paidFor(untilFirst, YearMonth.of(2024, 4))).isFalse();
      assertThat(paidFor(untilDayBefore, MARCH_2024)).isFalse();
      assertThat(paidFor(untilDayBefore, YearMonth.of(2024, 2))).isTrue();
    }

    @Test
    void withoutTheCommunityRequirementEmploymentDoesNotMatter() {
      SubsidyPolicy anywhere =
          SubsidyPolicy.builder().from(ZHONGWEI).monthlyRequiresCommunityEmployment(false).build();
      assertThat(SubsidyCalculator.of(anywhere).monthly(INTERMEDIATE_ELSEWHERE, MARCH_2024))
          .hasValueSatisfying(e -> assertThat(e.amount()).isEqualTo(Money.ofYuan(220)));
      assertThat(CALCULATOR.monthly(INTERMEDIATE_ELSEWHERE, MARCH_2024)).isEmpty();
    }

    @Test
    void onlyMonthsWhollyWithinTheEffectivePeriodArePaid() {
      SubsidyPolicy bounded =
          SubsidyPolicy.builder()
              .from(ZHONGWEI)
              .effectiveFrom(LocalDate.of(2024, 3, 1))
              .effectiveUntil(LocalDate.of(2024, 6, 30))
              .build();
      SubsidyCalculator calculator = SubsidyCalculator.of(bounded);
      assertThat(months(calculator.entitlements(INTERMEDIATE_IN_COMMUNITY, JAN_2024, DEC_2024)))
          .containsExactly(
              MARCH_2024, YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6));

      SubsidyPolicy partialMonths =
          SubsidyPolicy.builder()
              .from(ZHONGWEI)
              .effectiveFrom(LocalDate.of(2024, 3, 2))
              .effectiveUntil(LocalDate.of(2024, 6, 29))
              .build();
      assertThat(
              months(
                  SubsidyCalculator.of(partialMonths)
                      .entitlements(INTERMEDIATE_IN_COMMUNITY, JAN_2024, DEC_2024)))
          .containsExactly(YearMonth.of(2024, 4), YearMonth.of(2024, 5));
    }

    @Test
    void oneOffAwardNeedsQualifyingWithinTheEffectivePeriodBothEndsInclusive() {
      SubsidyPolicy bounded =
          SubsidyPolicy.builder().from(ZHONGWEI).effectiveUntil(LocalDate.of(2025, 12, 31)).build();
      SubsidyCalculator calculator = SubsidyCalculator.of(bounded);
      assertThat(
              calculator.oneOff(claimant("W", SOCIAL_WORKER, LocalDate.of(2022, 12, 31)).build()))
          .isEmpty();
      assertThat(calculator.oneOff(claimant("W", SOCIAL_WORKER, LocalDate.of(2023, 1, 1)).build()))
          .isPresent();
      assertThat(
              calculator.oneOff(claimant("W", SOCIAL_WORKER, LocalDate.of(2025, 12, 31)).build()))
          .isPresent();
      assertThat(calculator.oneOff(claimant("W", SOCIAL_WORKER, LocalDate.of(2026, 1, 1)).build()))
          .isEmpty();
      assertThat(
              calculator.oneOff(
                  claimant("W", ASSISTANT_SOCIAL_WORKER, LocalDate.of(2024, 1, 1)).build()))
          .isEmpty();
    }
  }

  @Nested
  class PaymentChecks {

    private final List<PaymentRecord> correct = paymentsFor(ROSTER);

    private List<PaymentRecord> paymentsFor(List<SubsidyClaimant> roster) {
      return CALCULATOR.roster(roster, JAN_2024, DEC_2024).entitlements().stream()
          .map(
              e ->
                  e.kind() == EntitlementKind.ONE_OFF
                      ? PaymentRecord.oneOff(e.workerId(), e.amount())
                      : PaymentRecord.monthly(e.workerId(), e.month().orElseThrow(), e.amount()))
          .toList();
    }

    private List<PaymentDiscrepancy> check(List<PaymentRecord> payments) {
      return CALCULATOR.checkPayments(ROSTER, JAN_2024, DEC_2024, payments);
    }

    private List<PaymentRecord> with(PaymentRecord extra) {
      List<PaymentRecord> payments = new ArrayList<>(correct);
      payments.add(extra);
      return payments;
    }

    private List<PaymentRecord> replacing(PaymentRecord old, PaymentRecord replacement) {
      List<PaymentRecord> payments = new ArrayList<>(correct);
      payments.set(payments.indexOf(old), replacement);
      return payments;
    }

    @Test
    void correctPaymentsProduceNoDiscrepancy() {
      assertThat(correct).hasSize(1 + 1 + 5 + 12);
      assertThat(check(correct)).isEmpty();
    }

    @Test
    void aLatePaymentForAnEntitlementOutsideTheRangeIsStillCorrect() {
      assertThat(
              check(with(PaymentRecord.monthly("W-004", YearMonth.of(2025, 1), Money.ofYuan(220)))))
          .isEmpty();
    }

    @Test
    void monthlyPaymentOutsideACommunityIsNotEntitled() {
      List<PaymentDiscrepancy> found =
          check(with(PaymentRecord.monthly("W-002", MARCH_2024, Money.ofYuan(220))));
      assertThat(found)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.NOT_ENTITLED);
                assertThat(d.ruleCode()).isEqualTo("SG-SUB-001");
                assertThat(d.due()).isEmpty();
                assertThat(d.paid()).contains(Money.ofYuan(220));
                assertThat(d.messageEn())
                    .startsWith(
                        "SG-SUB-001 worker W-002 was paid 220.00 元 as monthly allowance 2024-03")
                    .contains("not employed in a community on 2024-03-01");
                assertThat(d.messageZh()).startsWith("SG-SUB-001 ").contains("未在社区工作");
              });
    }

    @Test
    void paymentToAWorkerNotOnTheRosterIsNotEntitled() {
      assertThat(check(with(PaymentRecord.oneOff("W-999", Money.ofYuan(3000)))))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.NOT_ENTITLED);
                assertThat(d.messageEn()).contains("not on the roster");
              });
    }

    @Test
    void smallerPaymentIsUnderpaidAndNamesThePolicyValue() {
      PaymentRecord march = PaymentRecord.monthly("W-004", MARCH_2024, Money.ofYuan(220));
      List<PaymentDiscrepancy> found =
          check(replacing(march, PaymentRecord.monthly("W-004", MARCH_2024, Money.ofYuan(200))));
      assertThat(found)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.UNDERPAID);
                assertThat(d.ruleCode()).isEqualTo("SG-SUB-002");
                assertThat(d.month()).contains(MARCH_2024);
                assertThat(d.due()).contains(Money.ofYuan(220));
                assertThat(d.paid()).contains(Money.ofYuan(200));
                assertThat(d.messageEn())
                    .startsWith("SG-SUB-002 underpaid by 20.00 元")
                    .contains(
                        "monthly allowance for 中级 is 220.00 元 under subsidy policy"
                            + " 'Zhongwei (Ningxia) social-work talent incentives (example)'");
                assertThat(d.messageZh())
                    .contains("少发20.00 元", "补贴政策「宁夏中卫 社会工作人才激励（示例）」中级月度补贴为220.00 元");
              });
    }

    @Test
    void largerPaymentIsOverpaid() {
      PaymentRecord award = PaymentRecord.oneOff("W-001", Money.ofYuan(6000));
      List<PaymentDiscrepancy> found =
          check(replacing(award, PaymentRecord.oneOff("W-001", Money.parse("6000.01"))));
      assertThat(found)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.OVERPAID);
                assertThat(d.ruleCode()).isEqualTo("SG-SUB-003");
                assertThat(d.messageEn())
                    .startsWith("SG-SUB-003 overpaid by 0.01 元")
                    .contains("one-off award for 高级 is 6000.00 元");
              });
    }

    @Test
    void secondPaymentForTheSameMonthIsADuplicate() {
      List<PaymentDiscrepancy> found =
          check(with(PaymentRecord.monthly("W-004", MARCH_2024, Money.ofYuan(220))));
      assertThat(found)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.DUPLICATE);
                assertThat(d.ruleCode()).isEqualTo("SG-SUB-004");
                assertThat(d.messageEn()).contains("W-004 monthly allowance 2024-03 paid again");
              });
    }

    @Test
    void secondOneOffPaymentIsADuplicateWhateverItsMonth() {
      PaymentRecord again =
          PaymentRecord.builder()
              .workerId("W-002")
              .kind(EntitlementKind.ONE_OFF)
              .month(YearMonth.of(2024, 9))
              .amount(Money.ofYuan(3000))
              .build();
      assertThat(check(with(again)))
          .extracting(PaymentDiscrepancy::kind)
          .containsExactly(DiscrepancyKind.DUPLICATE);
    }

    @Test
    void entitlementWithoutPaymentIsMissing() {
      List<PaymentRecord> payments = new ArrayList<>(correct);
      payments.remove(PaymentRecord.monthly("W-003", YearMonth.of(2024, 8), Money.ofYuan(180)));
      assertThat(check(payments))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.MISSING);
                assertThat(d.ruleCode()).isEqualTo("SG-SUB-005");
                assertThat(d.workerId()).isEqualTo("W-003");
                assertThat(d.month()).contains(YearMonth.of(2024, 8));
                assertThat(d.paid()).isEmpty();
                assertThat(d.messageEn())
                    .isEqualTo(
                        "SG-SUB-005 worker W-003 monthly allowance 2024-08 of 180.00 元 is due but not"
                            + " paid (monthly allowance for 初级 is 180.00 元 under subsidy policy"
                            + " 'Zhongwei (Ningxia) social-work talent incentives (example)')");
              });
    }

    @Test
    void noPaymentsAtAllMakeEveryEntitlementMissing() {
      assertThat(check(List.of()))
          .hasSize(correct.size())
          .allSatisfy(d -> assertThat(d.kind()).isEqualTo(DiscrepancyKind.MISSING));
    }
  }

  @Nested
  class Misuse {

    @Test
    void rejectsAReversedRange() {
      assertThatThrownBy(() -> CALCULATOR.roster(ROSTER, DEC_2024, JAN_2024))
          .isInstanceOf(ShegongException.class)
          .hasMessageStartingWith("SG-SUB-013 ");
    }

    @Test
    void rejectsAWorkerListedTwice() {
      assertThatThrownBy(
              () ->
                  CALCULATOR.roster(
                      List.of(INTERMEDIATE_IN_COMMUNITY, INTERMEDIATE_IN_COMMUNITY),
                      JAN_2024,
                      DEC_2024))
          .isInstanceOf(ShegongException.class)
          .hasMessageStartingWith("SG-SUB-014 ")
          .hasMessageContaining("W-004");
    }

    @Test
    void rejectsAnEmploymentPeriodForAWorkerNotEmployedInACommunity() {
      assertThatThrownBy(
              () ->
                  SubsidyClaimant.builder()
                      .workerId("W")
                      .level(SOCIAL_WORKER)
                      .qualifiedOn(LocalDate.of(2024, 1, 1))
                      .communityEmploymentFrom(LocalDate.of(2024, 1, 1))
                      .build())
          .isInstanceOf(ShegongException.class)
          .hasMessageStartingWith("SG-SUB-011 ");
    }

    @Test
    void rejectsAnEmploymentPeriodEndingBeforeItStarts() {
      assertThatThrownBy(
              () ->
                  claimant("W", SOCIAL_WORKER, LocalDate.of(2024, 1, 1))
                      .communityEmploymentFrom(LocalDate.of(2024, 5, 1))
                      .communityEmploymentUntil(LocalDate.of(2024, 4, 30))
                      .build())
          .isInstanceOf(ShegongException.class)
          .hasMessageStartingWith("SG-SUB-011 ");
    }

    @Test
    void rejectsAMonthlyPaymentWithoutAMonth() {
      assertThatThrownBy(
              () ->
                  PaymentRecord.builder()
                      .workerId("W")
                      .kind(EntitlementKind.MONTHLY)
                      .amount(Money.ofYuan(220))
                      .build())
          .isInstanceOf(ShegongException.class)
          .hasMessageStartingWith("SG-SUB-012 ");
    }
  }
}
