package org.shegong.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.money.Money;

class SubsidyProperties {

  private static final YearMonth FROM = YearMonth.of(2023, 7);
  private static final YearMonth TO = YearMonth.of(2025, 6);

  private final SubsidyCalculator calculator =
      SubsidyCalculator.of(
          SubsidyPolicy.builder()
              .from(SubsidyPolicies.zhongweiExample())
              .effectiveUntil(LocalDate.of(2024, 12, 31))
              .putMonthlyAllowances(QualificationLevel.SENIOR_SOCIAL_WORKER, Money.parse("260.50"))
              .build());

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 5 * 366)
        .map(d -> LocalDate.of(2021, 1, 1).plusDays(d));
  }

  private static Arbitrary<SubsidyClaimant> claimant(int index) {
    return Combinators.combine(
            Arbitraries.of(QualificationLevel.class),
            dates(),
            Arbitraries.of(true, false),
            dates().optional(0.5),
            Arbitraries.integers().between(0, 900).optional(0.5))
        .as(
            (level, qualifiedOn, employed, from, length) -> {
              SubsidyClaimant.Builder builder =
                  SubsidyClaimant.builder()
                      .workerId("W-" + index)
                      .level(level)
                      .qualifiedOn(qualifiedOn)
                      .employedInCommunity(employed);
              if (employed) {
                from.ifPresent(builder::communityEmploymentFrom);
                length.ifPresent(
                    days ->
                        builder.communityEmploymentUntil(from.orElse(qualifiedOn).plusDays(days)));
              }
              return builder.build();
            });
  }

  @Provide
  Arbitrary<List<SubsidyClaimant>> rosters() {
    return Arbitraries.integers()
        .between(0, 12)
        .flatMap(
            size -> {
              List<Arbitrary<SubsidyClaimant>> claimants = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                claimants.add(claimant(i));
              }
              return Combinators.combine(claimants).as(List::copyOf);
            });
  }

  private static List<PaymentRecord> paymentsFor(List<Entitlement> entitlements) {
    return entitlements.stream()
        .map(
            e ->
                e.kind() == EntitlementKind.ONE_OFF
                    ? PaymentRecord.oneOff(e.workerId(), e.amount())
                    : PaymentRecord.monthly(e.workerId(), e.month().orElseThrow(), e.amount()))
        .toList();
  }

  @Property
  void grandTotalIsTheSumOfPerWorkerTotalsAndOfAllEntitlements(
      @ForAll("rosters") List<SubsidyClaimant> roster) {
    RosterEntitlements result = calculator.roster(roster, FROM, TO);
    Money perWorker = result.totalsByWorker().values().stream().reduce(Money.ZERO, Money::plus);
    Money items =
        result.entitlements().stream().map(Entitlement::amount).reduce(Money.ZERO, Money::plus);
    assertThat(result.grandTotal()).isEqualTo(perWorker).isEqualTo(items);
    assertThat(result.totalsByWorker()).hasSize(roster.size());
  }

  @Property
  void paymentsProducedFromTheEntitlementsHaveNoDiscrepancy(
      @ForAll("rosters") List<SubsidyClaimant> roster) {
    List<PaymentRecord> payments = paymentsFor(calculator.roster(roster, FROM, TO).entitlements());
    assertThat(calculator.checkPayments(roster, FROM, TO, payments)).isEmpty();
  }

  @Property
  void droppingOnePaymentReportsExactlyThatOneAsMissing(
      @ForAll("rosters") List<SubsidyClaimant> roster, @ForAll @IntRange(max = 1000) int pick) {
    List<Entitlement> entitlements = calculator.roster(roster, FROM, TO).entitlements();
    if (entitlements.isEmpty()) {
      return;
    }
    Entitlement dropped = entitlements.get(pick % entitlements.size());
    List<PaymentRecord> payments = new ArrayList<>(paymentsFor(entitlements));
    payments.remove(pick % entitlements.size());
    assertThat(calculator.checkPayments(roster, FROM, TO, payments))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DiscrepancyKind.MISSING);
              assertThat(d.workerId()).isEqualTo(dropped.workerId());
              assertThat(d.month()).isEqualTo(dropped.month());
              assertThat(d.due()).contains(dropped.amount());
            });
  }

  @Property
  void monthlyTotalIsTheAllowanceTimesTheMonthsPaid(
      @ForAll("rosters") List<SubsidyClaimant> roster) {
    for (WorkerEntitlements worker : calculator.roster(roster, FROM, TO).workers()) {
      List<Entitlement> monthly =
          worker.entitlements().stream().filter(e -> e.kind() == EntitlementKind.MONTHLY).toList();
      if (!monthly.isEmpty()) {
        Money allowance = monthly.get(0).amount();
        assertThat(monthly.stream().map(Entitlement::amount).reduce(Money.ZERO, Money::plus))
            .isEqualTo(allowance.times(monthly.size()));
      }
    }
  }
}
