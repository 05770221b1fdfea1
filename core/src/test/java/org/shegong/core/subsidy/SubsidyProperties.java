package org.shegong.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.money.Money;
import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

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

  private static LocalDate date(Gen gen) {
    return gen.dayFrom(LocalDate.of(2021, 1, 1), 5 * 366);
  }

  /** A claimant of any level, employed in the community or not, with or without its period. */
  private static SubsidyClaimant claimant(Gen gen, int index) {
    QualificationLevel level = gen.oneOf(QualificationLevel.class);
    LocalDate qualifiedOn = date(gen);
    boolean employed = gen.bool();
    Optional<LocalDate> from = gen.optional(0.5, () -> date(gen));
    Optional<Integer> length = gen.optional(0.5, () -> gen.between(0, 900));
    SubsidyClaimant.Builder builder =
        SubsidyClaimant.builder()
            .workerId("W-" + index)
            .level(level)
            .qualifiedOn(qualifiedOn)
            .employedInCommunity(employed);
    if (employed) {
      from.ifPresent(builder::communityEmploymentFrom);
      length.ifPresent(
          days -> builder.communityEmploymentUntil(from.orElse(qualifiedOn).plusDays(days)));
    }
    return builder.build();
  }

  /** A roster of zero to twelve claimants, {@code W-0}, {@code W-1}, …. */
  private static List<SubsidyClaimant> roster(Gen gen) {
    int size = gen.between(0, 12);
    List<SubsidyClaimant> roster = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      roster.add(claimant(gen, i));
    }
    return List.copyOf(roster);
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

  @PropertyTest
  void grandTotalIsTheSumOfPerWorkerTotalsAndOfAllEntitlements(Gen gen) {
    List<SubsidyClaimant> roster = roster(gen);
    RosterEntitlements result = calculator.roster(roster, FROM, TO);
    Money perWorker = result.totalsByWorker().values().stream().reduce(Money.ZERO, Money::plus);
    Money items =
        result.entitlements().stream().map(Entitlement::amount).reduce(Money.ZERO, Money::plus);
    assertThat(result.grandTotal()).isEqualTo(perWorker).isEqualTo(items);
    assertThat(result.totalsByWorker()).hasSize(roster.size());
  }

  @PropertyTest
  void paymentsProducedFromTheEntitlementsHaveNoDiscrepancy(Gen gen) {
    List<SubsidyClaimant> roster = roster(gen);
    List<PaymentRecord> payments = paymentsFor(calculator.roster(roster, FROM, TO).entitlements());
    assertThat(calculator.checkPayments(roster, FROM, TO, payments)).isEmpty();
  }

  @PropertyTest
  void droppingOnePaymentReportsExactlyThatOneAsMissing(Gen gen) {
    // a roster with at least one entitlement: there is a payment to drop
    List<SubsidyClaimant> roster = roster(gen);
    List<Entitlement> entitlements = calculator.roster(roster, FROM, TO).entitlements();
    while (entitlements.isEmpty()) {
      roster = roster(gen);
      entitlements = calculator.roster(roster, FROM, TO).entitlements();
    }
    int pick = gen.between(0, 1000);
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

  @PropertyTest
  void monthlyTotalIsTheAllowanceTimesTheMonthsPaid(Gen gen) {
    List<SubsidyClaimant> roster = roster(gen);
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
