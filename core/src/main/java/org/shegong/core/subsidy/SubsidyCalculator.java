package org.shegong.core.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.core.ShegongException;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.money.Money;

/**
 * Computes what workers are entitled to under a {@link SubsidyPolicy} and checks recorded payments
 * against it.
 *
 * <p>The rules, all pure functions of the policy and the claimant:
 *
 * <ul>
 *   <li><b>One-off award</b>: due once when the policy has a one-off amount for the claimant's
 *       level and the claimant's {@code qualifiedOn} falls within the policy's effective period
 *       (both ends inclusive). It belongs to the month of {@code qualifiedOn}: a range of months
 *       includes it when that month is in the range.
 *   <li><b>Monthly allowance</b>: due for a calendar month when the whole month lies within the
 *       policy's effective period, the policy has a monthly amount for the claimant's level, and on
 *       the <em>first day of the month</em> the claimant holds the level ({@code qualifiedOn} on or
 *       before it) and, when the policy requires it, is employed in a community. So a worker
 *       qualifying on 1 March is paid for March, one qualifying on 2 March from April; a worker
 *       whose community employment ends on 1 March is paid for March, one whose employment ends on
 *       28 February is not.
 * </ul>
 *
 * <p>Ranges of months are inclusive at both ends. Amounts are exact {@link Money}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class SubsidyCalculator {

  /** Rule code of "a range of months does not end before it starts". */
  public static final String INVALID_RANGE = "SG-SUB-013";

  /** Rule code of "a roster lists each worker once". */
  public static final String DUPLICATE_CLAIMANT = "SG-SUB-014";

  private final SubsidyPolicy policy;

  private SubsidyCalculator(SubsidyPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns a calculator for a policy.
   *
   * @param policy the policy; not null
   * @return the calculator, never null
   */
  public static SubsidyCalculator of(SubsidyPolicy policy) {
    return new SubsidyCalculator(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns the policy applied.
   *
   * @return the policy, never null
   */
  public SubsidyPolicy policy() {
    return policy;
  }

  /**
   * Returns the claimant's one-off award, whatever the month it belongs to.
   *
   * @param claimant the claimant; not null
   * @return the entitlement, or empty when the policy gives none
   */
  public Optional<Entitlement> oneOff(SubsidyClaimant claimant) {
    return oneOffDecision(claimant).entitlement;
  }

  /**
   * Returns the claimant's monthly allowance for one month.
   *
   * @param claimant the claimant; not null
   * @param month the month; not null
   * @return the entitlement, or empty when the policy gives none for that month
   */
  public Optional<Entitlement> monthly(SubsidyClaimant claimant, YearMonth month) {
    return monthlyDecision(claimant, month).entitlement;
  }

  /**
   * Returns what a claimant is entitled to over a range of months.
   *
   * @param claimant the claimant; not null
   * @param from the first month, inclusive; not null
   * @param to the last month, inclusive; not null
   * @return the one-off award if it belongs to a month of the range, then each month's allowance
   * @throws ShegongException with rule code {@value #INVALID_RANGE} when {@code to} is before
   *     {@code from}
   */
  public WorkerEntitlements entitlements(SubsidyClaimant claimant, YearMonth from, YearMonth to) {
    Objects.requireNonNull(claimant, "claimant");
    requireRange(from, to);
    List<Entitlement> result = new ArrayList<>();
    if (inRange(YearMonth.from(claimant.qualifiedOn()), from, to)) {
      oneOff(claimant).ifPresent(result::add);
    }
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      monthly(claimant, month).ifPresent(result::add);
    }
    return new WorkerEntitlements(claimant.workerId(), result);
  }

  /**
   * Returns what every claimant of a roster is entitled to over a range of months.
   *
   * @param claimants the roster, each worker once; not null
   * @param from the first month, inclusive; not null
   * @param to the last month, inclusive; not null
   * @return per-worker entitlements and totals, in roster order, and the grand total
   * @throws ShegongException with rule code {@value #INVALID_RANGE} for a reversed range, or
   *     {@value #DUPLICATE_CLAIMANT} when a worker id appears twice
   */
  public RosterEntitlements roster(
      Collection<SubsidyClaimant> claimants, YearMonth from, YearMonth to) {
    requireRange(from, to);
    List<WorkerEntitlements> workers = new ArrayList<>();
    for (SubsidyClaimant claimant : byWorker(claimants).values()) {
      workers.add(entitlements(claimant, from, to));
    }
    return new RosterEntitlements(workers);
  }

  /**
   * Checks recorded payments against the policy.
   *
   * <p>Payments are matched to entitlements by worker, kind and (for monthly allowances) month; a
   * one-off payment's month is ignored. The first payment of each match is compared with the
   * entitlement: {@link DiscrepancyKind#NOT_ENTITLED} when there is none (also for a worker not on
   * the roster), {@link DiscrepancyKind#UNDERPAID} or {@link DiscrepancyKind#OVERPAID} when the
   * amounts differ; every further payment of the same match is a {@link DiscrepancyKind#DUPLICATE}.
   * A payment is checked against the policy whatever its month, but {@link DiscrepancyKind#MISSING}
   * is reported only for the entitlements of the range, as {@link #entitlements} computes them.
   * Discrepancies come in payment order, then the missing ones in roster and month order; correct
   * payments produce none.
   *
   * @param claimants the roster, each worker once; not null
   * @param from the first month checked for missing payments, inclusive; not null
   * @param to the last month checked for missing payments, inclusive; not null
   * @param payments the recorded payments; not null
   * @return the discrepancies, never null, empty when the payments match the entitlements
   * @throws ShegongException with rule code {@value #INVALID_RANGE} for a reversed range, or
   *     {@value #DUPLICATE_CLAIMANT} when a worker id appears twice
   */
  public List<PaymentDiscrepancy> checkPayments(
      Collection<SubsidyClaimant> claimants,
      YearMonth from,
      YearMonth to,
      Collection<PaymentRecord> payments) {
    requireRange(from, to);
    Map<String, SubsidyClaimant> roster = byWorker(claimants);
    List<PaymentDiscrepancy> found = new ArrayList<>();
    Set<Key> paid = new HashSet<>();
    for (PaymentRecord payment : payments) {
      Key key = Key.of(payment);
      Optional<YearMonth> month = Optional.ofNullable(key.month);
      if (!paid.add(key)) {
        found.add(duplicate(payment, month));
        continue;
      }
      SubsidyClaimant claimant = roster.get(payment.workerId());
      Decision decision =
          claimant == null
              ? Decision.notOnRoster()
              : payment.kind() == EntitlementKind.ONE_OFF
                  ? oneOffDecision(claimant)
                  : monthlyDecision(claimant, payment.month().orElseThrow());
      if (decision.entitlement.isEmpty()) {
        found.add(notEntitled(payment, month, decision));
        continue;
      }
      Entitlement due = decision.entitlement.get();
      int comparison = payment.amount().compareTo(due.amount());
      if (comparison != 0) {
        found.add(wrongAmount(payment, due, comparison < 0));
      }
    }
    for (SubsidyClaimant claimant : roster.values()) {
      for (Entitlement due : entitlements(claimant, from, to).entitlements()) {
        if (!paid.contains(Key.of(due))) {
          found.add(missing(due));
        }
      }
    }
    return List.copyOf(found);
  }

  private Decision oneOffDecision(SubsidyClaimant claimant) {
    QualificationLevel level = claimant.level();
    Optional<Money> amount = policy.oneOffAmount(level);
    if (amount.isEmpty()) {
      return Decision.none(
          policyEn() + " has no one-off award for " + level.gradeLabelZh(),
          policyZh() + "未设" + level.gradeLabelZh() + "一次性奖励");
    }
    if (!policy.isEffectiveOn(claimant.qualifiedOn())) {
      return Decision.none(
          "qualified on "
              + claimant.qualifiedOn()
              + ", outside the effective period "
              + policy.effectivePeriodText()
              + " of "
              + policyEn(),
          claimant.qualifiedOn()
              + "取得证书，不在"
              + policyZh()
              + "有效期"
              + policy.effectivePeriodText()
              + "内");
    }
    return Decision.of(
        Entitlement.builder()
            .workerId(claimant.workerId())
            .kind(EntitlementKind.ONE_OFF)
            .level(level)
            .amount(amount.get())
            .build());
  }

  private Decision monthlyDecision(SubsidyClaimant claimant, YearMonth month) {
    QualificationLevel level = claimant.level();
    LocalDate firstDay = month.atDay(1);
    if (!policy.coversMonth(month)) {
      return Decision.none(
          "month "
              + month
              + " is not wholly within the effective period "
              + policy.effectivePeriodText()
              + " of "
              + policyEn(),
          month + "不完全在" + policyZh() + "有效期" + policy.effectivePeriodText() + "内");
    }
    Optional<Money> amount = policy.monthlyAllowance(level);
    if (amount.isEmpty()) {
      return Decision.none(
          policyEn() + " has no monthly allowance for " + level.gradeLabelZh(),
          policyZh() + "未设" + level.gradeLabelZh() + "月度补贴");
    }
    if (!claimant.holdsLevelOn(firstDay)) {
      return Decision.none(
          "qualified on "
              + claimant.qualifiedOn()
              + ", after "
              + firstDay
              + ", the first day of the month (a month is paid when the level is held on its"
              + " first day)",
          claimant.qualifiedOn() + "取得证书，晚于当月1日" + firstDay + "（当月1日已持证方可计发当月补贴）");
    }
    if (policy.monthlyRequiresCommunityEmployment() && !claimant.employedInCommunityOn(firstDay)) {
      return Decision.none(
          "not employed in a community on "
              + firstDay
              + ", the first day of the month, and "
              + policyEn()
              + " pays the monthly allowance only to those employed in communities",
          "当月1日" + firstDay + "未在社区工作，" + policyZh() + "月度补贴仅发放给在社区工作的人员");
    }
    return Decision.of(
        Entitlement.builder()
            .workerId(claimant.workerId())
            .kind(EntitlementKind.MONTHLY)
            .level(level)
            .month(month)
            .amount(amount.get())
            .build());
  }

  private PaymentDiscrepancy notEntitled(
      PaymentRecord payment, Optional<YearMonth> month, Decision decision) {
    return new PaymentDiscrepancy(
        DiscrepancyKind.NOT_ENTITLED,
        payment.workerId(),
        payment.kind(),
        month,
        Optional.empty(),
        Optional.of(payment.amount()),
        "人员"
            + payment.workerId()
            + " "
            + itemZh(payment.kind(), month)
            + "发放"
            + payment.amount()
            + "，无权享受："
            + decision.reasonZh,
        "worker "
            + payment.workerId()
            + " was paid "
            + payment.amount()
            + " as "
            + itemEn(payment.kind(), month)
            + " but is not entitled: "
            + decision.reasonEn);
  }

  private PaymentDiscrepancy wrongAmount(PaymentRecord payment, Entitlement due, boolean under) {
    Money difference =
        under ? due.amount().minus(payment.amount()) : payment.amount().minus(due.amount());
    return new PaymentDiscrepancy(
        under ? DiscrepancyKind.UNDERPAID : DiscrepancyKind.OVERPAID,
        payment.workerId(),
        payment.kind(),
        due.month(),
        Optional.of(due.amount()),
        Optional.of(payment.amount()),
        "人员"
            + payment.workerId()
            + " "
            + itemZh(due.kind(), due.month())
            + "实发"
            + payment.amount()
            + "，应发"
            + due.amount()
            + (under ? "，少发" : "，多发")
            + difference
            + "（"
            + valueZh(due)
            + "）",
        (under ? "underpaid by " : "overpaid by ")
            + difference
            + ": worker "
            + payment.workerId()
            + " "
            + itemEn(due.kind(), due.month())
            + " paid "
            + payment.amount()
            + ", due "
            + due.amount()
            + " ("
            + valueEn(due)
            + ")");
  }

  private PaymentDiscrepancy duplicate(PaymentRecord payment, Optional<YearMonth> month) {
    return new PaymentDiscrepancy(
        DiscrepancyKind.DUPLICATE,
        payment.workerId(),
        payment.kind(),
        month,
        Optional.empty(),
        Optional.of(payment.amount()),
        "人员"
            + payment.workerId()
            + " "
            + itemZh(payment.kind(), month)
            + "重复发放"
            + payment.amount()
            + "（每项应享待遇只应发放一次，"
            + policyZh()
            + "）",
        "worker "
            + payment.workerId()
            + " "
            + itemEn(payment.kind(), month)
            + " paid again ("
            + payment.amount()
            + "); one payment per entitlement is expected under "
            + policyEn());
  }

  private PaymentDiscrepancy missing(Entitlement due) {
    return new PaymentDiscrepancy(
        DiscrepancyKind.MISSING,
        due.workerId(),
        due.kind(),
        due.month(),
        Optional.of(due.amount()),
        Optional.empty(),
        "人员"
            + due.workerId()
            + " "
            + itemZh(due.kind(), due.month())
            + "应发"
            + due.amount()
            + "，未发放（"
            + valueZh(due)
            + "）",
        "worker "
            + due.workerId()
            + " "
            + itemEn(due.kind(), due.month())
            + " of "
            + due.amount()
            + " is due but not paid ("
            + valueEn(due)
            + ")");
  }

  private String valueEn(Entitlement due) {
    return (due.kind() == EntitlementKind.ONE_OFF ? "one-off award" : "monthly allowance")
        + " for "
        + due.level().gradeLabelZh()
        + " is "
        + due.amount()
        + " under "
        + policyEn();
  }

  private String valueZh(Entitlement due) {
    return policyZh()
        + due.level().gradeLabelZh()
        + (due.kind() == EntitlementKind.ONE_OFF ? "一次性奖励" : "月度补贴")
        + "为"
        + due.amount();
  }

  private static String itemEn(EntitlementKind kind, Optional<YearMonth> month) {
    return kind == EntitlementKind.ONE_OFF ? "one-off award" : "monthly allowance " + month.get();
  }

  private static String itemZh(EntitlementKind kind, Optional<YearMonth> month) {
    return kind == EntitlementKind.ONE_OFF ? "一次性奖励" : month.get() + "月度补贴";
  }

  private String policyEn() {
    return "subsidy policy '" + policy.nameEn() + "'";
  }

  private String policyZh() {
    return "补贴政策「" + policy.nameZh() + "」";
  }

  private static boolean inRange(YearMonth month, YearMonth from, YearMonth to) {
    return !month.isBefore(from) && !month.isAfter(to);
  }

  private static void requireRange(YearMonth from, YearMonth to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new ShegongException(
          INVALID_RANGE,
          INVALID_RANGE + " a range of months ends (" + to + ") before it starts (" + from + ")");
    }
  }

  private static Map<String, SubsidyClaimant> byWorker(Collection<SubsidyClaimant> claimants) {
    Map<String, SubsidyClaimant> byWorker = new LinkedHashMap<>();
    for (SubsidyClaimant claimant : claimants) {
      if (byWorker.putIfAbsent(claimant.workerId(), claimant) != null) {
        throw new ShegongException(
            DUPLICATE_CLAIMANT,
            DUPLICATE_CLAIMANT
                + " worker '"
                + claimant.workerId()
                + "' appears twice in the roster; give each worker once, with the highest level"
                + " held");
      }
    }
    return byWorker;
  }

  // Worker, kind and month (null for a one-off award) that a payment and an entitlement share.
  private record Key(String workerId, EntitlementKind kind, @Nullable YearMonth month) {
    static Key of(PaymentRecord payment) {
      return new Key(
          payment.workerId(),
          payment.kind(),
          payment.kind() == EntitlementKind.ONE_OFF ? null : payment.month().orElseThrow());
    }

    static Key of(Entitlement entitlement) {
      return new Key(entitlement.workerId(), entitlement.kind(), entitlement.month().orElse(null));
    }
  }

  // An entitlement, or the reason there is none.
  private static final class Decision {
    final Optional<Entitlement> entitlement;
    final String reasonEn;
    final String reasonZh;

    private Decision(Optional<Entitlement> entitlement, String reasonEn, String reasonZh) {
      this.entitlement = entitlement;
      this.reasonEn = reasonEn;
      this.reasonZh = reasonZh;
    }

    static Decision of(Entitlement entitlement) {
      return new Decision(Optional.of(entitlement), "", "");
    }

    static Decision none(String reasonEn, String reasonZh) {
      return new Decision(Optional.empty(), reasonEn, reasonZh);
    }

    static Decision notOnRoster() {
      return none("the worker is not on the roster checked", "该人员不在所核对的名册中");
    }
  }
}
