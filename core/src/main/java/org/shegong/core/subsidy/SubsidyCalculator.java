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
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.core.message.MessageTemplate;
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

  // The texts of the decisions and discrepancies; {policy} is the policy's name.
  private static final LocalizedTemplate NO_ONE_OFF =
      LocalizedTemplate.of(
          "补贴政策「{policy}」未设{grade}一次性奖励",
          "subsidy policy '{policy}' has no one-off award for {grade}");
  private static final LocalizedTemplate QUALIFIED_OUTSIDE_PERIOD =
      LocalizedTemplate.of(
          "{qualifiedOn}取得证书，不在补贴政策「{policy}」有效期{period}内",
          "qualified on {qualifiedOn}, outside the effective period {period} of subsidy policy"
              + " '{policy}'");
  private static final LocalizedTemplate MONTH_OUTSIDE_PERIOD =
      LocalizedTemplate.of(
          "{month}不完全在补贴政策「{policy}」有效期{period}内",
          "month {month} is not wholly within the effective period {period} of subsidy policy"
              + " '{policy}'");
  private static final LocalizedTemplate NO_MONTHLY =
      LocalizedTemplate.of(
          "补贴政策「{policy}」未设{grade}月度补贴",
          "subsidy policy '{policy}' has no monthly allowance for {grade}");
  private static final LocalizedTemplate QUALIFIED_AFTER_FIRST_DAY =
      LocalizedTemplate.of(
          "{qualifiedOn}取得证书，晚于当月1日{firstDay}（当月1日已持证方可计发当月补贴）",
          "qualified on {qualifiedOn}, after {firstDay}, the first day of the month (a month is"
              + " paid when the level is held on its first day)");
  private static final LocalizedTemplate NOT_IN_COMMUNITY =
      LocalizedTemplate.of(
          "当月1日{firstDay}未在社区工作，补贴政策「{policy}」月度补贴仅发放给在社区工作的人员",
          "not employed in a community on {firstDay}, the first day of the month, and subsidy"
              + " policy '{policy}' pays the monthly allowance only to those employed in"
              + " communities");
  private static final LocalizedTemplate NOT_ON_ROSTER =
      LocalizedTemplate.of("该人员不在所核对的名册中", "the worker is not on the roster checked");
  private static final LocalizedTemplate ONE_OFF_ITEM =
      LocalizedTemplate.of("一次性奖励", "one-off award");
  private static final LocalizedTemplate MONTHLY_ITEM =
      LocalizedTemplate.of("{month}月度补贴", "monthly allowance {month}");
  private static final LocalizedTemplate ONE_OFF_VALUE =
      LocalizedTemplate.of(
          "补贴政策「{policy}」{grade}一次性奖励为{amount}",
          "one-off award for {grade} is {amount} under subsidy policy '{policy}'");
  private static final LocalizedTemplate MONTHLY_VALUE =
      LocalizedTemplate.of(
          "补贴政策「{policy}」{grade}月度补贴为{amount}",
          "monthly allowance for {grade} is {amount} under subsidy policy '{policy}'");
  private static final LocalizedTemplate NOT_ENTITLED =
      LocalizedTemplate.of(
          "人员{workerId} {item}发放{paid}，无权享受：{reason}",
          "worker {workerId} was paid {paid} as {item} but is not entitled: {reason}");
  private static final LocalizedTemplate UNDERPAID =
      LocalizedTemplate.of(
          "人员{workerId} {item}实发{paid}，应发{due}，少发{difference}（{value}）",
          "underpaid by {difference}: worker {workerId} {item} paid {paid}, due {due} ({value})");
  private static final LocalizedTemplate OVERPAID =
      LocalizedTemplate.of(
          "人员{workerId} {item}实发{paid}，应发{due}，多发{difference}（{value}）",
          "overpaid by {difference}: worker {workerId} {item} paid {paid}, due {due} ({value})");
  private static final LocalizedTemplate DUPLICATE =
      LocalizedTemplate.of(
          "人员{workerId} {item}重复发放{paid}（每项应享待遇只应发放一次，补贴政策「{policy}」）",
          "worker {workerId} {item} paid again ({paid}); one payment per entitlement is expected"
              + " under subsidy policy '{policy}'");
  private static final LocalizedTemplate MISSING =
      LocalizedTemplate.of(
          "人员{workerId} {item}应发{due}，未发放（{value}）",
          "worker {workerId} {item} of {due} is due but not paid ({value})");

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
      return none(NO_ONE_OFF, Map.of("policy", policy.name(), "grade", level.gradeLabelZh()));
    }
    if (!policy.isEffectiveOn(claimant.qualifiedOn())) {
      return none(
          QUALIFIED_OUTSIDE_PERIOD,
          Map.of(
              "qualifiedOn", claimant.qualifiedOn(),
              "period", policy.effectivePeriodText(),
              "policy", policy.name()));
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
      return none(
          MONTH_OUTSIDE_PERIOD,
          Map.of("month", month, "period", policy.effectivePeriodText(), "policy", policy.name()));
    }
    Optional<Money> amount = policy.monthlyAllowance(level);
    if (amount.isEmpty()) {
      return none(NO_MONTHLY, Map.of("policy", policy.name(), "grade", level.gradeLabelZh()));
    }
    if (!claimant.holdsLevelOn(firstDay)) {
      return none(
          QUALIFIED_AFTER_FIRST_DAY,
          Map.of("qualifiedOn", claimant.qualifiedOn(), "firstDay", firstDay));
    }
    if (policy.monthlyRequiresCommunityEmployment() && !claimant.employedInCommunityOn(firstDay)) {
      return none(NOT_IN_COMMUNITY, Map.of("firstDay", firstDay, "policy", policy.name()));
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
    Map<String, Object> zh = item(payment.workerId(), payment.kind(), month, true);
    zh.put("paid", payment.amount());
    zh.put("reason", decision.reasonZh);
    Map<String, Object> en = item(payment.workerId(), payment.kind(), month, false);
    en.put("paid", payment.amount());
    en.put("reason", decision.reasonEn);
    return new PaymentDiscrepancy(
        DiscrepancyKind.NOT_ENTITLED,
        payment.workerId(),
        payment.kind(),
        month,
        Optional.empty(),
        Optional.of(payment.amount()),
        NOT_ENTITLED.formatZh(zh),
        NOT_ENTITLED.formatEn(en));
  }

  private PaymentDiscrepancy wrongAmount(PaymentRecord payment, Entitlement due, boolean under) {
    Money difference =
        under ? due.amount().minus(payment.amount()) : payment.amount().minus(due.amount());
    LocalizedTemplate template = under ? UNDERPAID : OVERPAID;
    Map<String, Object> zh = item(payment.workerId(), due.kind(), due.month(), true);
    Map<String, Object> en = item(payment.workerId(), due.kind(), due.month(), false);
    for (Map<String, Object> arguments : List.of(zh, en)) {
      arguments.put("paid", payment.amount());
      arguments.put("due", due.amount());
      arguments.put("difference", difference);
    }
    zh.put("value", valueZh(due));
    en.put("value", valueEn(due));
    return new PaymentDiscrepancy(
        under ? DiscrepancyKind.UNDERPAID : DiscrepancyKind.OVERPAID,
        payment.workerId(),
        payment.kind(),
        due.month(),
        Optional.of(due.amount()),
        Optional.of(payment.amount()),
        template.formatZh(zh),
        template.formatEn(en));
  }

  private PaymentDiscrepancy duplicate(PaymentRecord payment, Optional<YearMonth> month) {
    Map<String, Object> zh = item(payment.workerId(), payment.kind(), month, true);
    Map<String, Object> en = item(payment.workerId(), payment.kind(), month, false);
    for (Map<String, Object> arguments : List.of(zh, en)) {
      arguments.put("paid", payment.amount());
    }
    zh.put("policy", policy.nameZh());
    en.put("policy", policy.nameEn());
    return new PaymentDiscrepancy(
        DiscrepancyKind.DUPLICATE,
        payment.workerId(),
        payment.kind(),
        month,
        Optional.empty(),
        Optional.of(payment.amount()),
        DUPLICATE.formatZh(zh),
        DUPLICATE.formatEn(en));
  }

  private PaymentDiscrepancy missing(Entitlement due) {
    Map<String, Object> zh = item(due.workerId(), due.kind(), due.month(), true);
    Map<String, Object> en = item(due.workerId(), due.kind(), due.month(), false);
    zh.put("due", due.amount());
    en.put("due", due.amount());
    zh.put("value", valueZh(due));
    en.put("value", valueEn(due));
    return new PaymentDiscrepancy(
        DiscrepancyKind.MISSING,
        due.workerId(),
        due.kind(),
        due.month(),
        Optional.of(due.amount()),
        Optional.empty(),
        MISSING.formatZh(zh),
        MISSING.formatEn(en));
  }

  private String valueEn(Entitlement due) {
    return (due.kind() == EntitlementKind.ONE_OFF ? ONE_OFF_VALUE : MONTHLY_VALUE)
        .formatEn(valueArguments(due, policy.nameEn()));
  }

  private String valueZh(Entitlement due) {
    return (due.kind() == EntitlementKind.ONE_OFF ? ONE_OFF_VALUE : MONTHLY_VALUE)
        .formatZh(valueArguments(due, policy.nameZh()));
  }

  private static Map<String, Object> valueArguments(Entitlement due, String policyName) {
    return Map.of(
        "grade", due.level().gradeLabelZh(), "amount", due.amount(), "policy", policyName);
  }

  /**
   * A decision without entitlement, its reason formatted in each language with the policy's name as
   * that language shows it.
   */
  private Decision none(LocalizedTemplate reason, Map<String, ?> arguments) {
    return new Decision(
        Optional.empty(),
        reason.formatEn(withPolicyName(arguments, policy.nameEn())),
        reason.formatZh(withPolicyName(arguments, policy.nameZh())));
  }

  private static Map<String, Object> withPolicyName(Map<String, ?> arguments, String name) {
    Map<String, Object> named = MessageTemplate.arguments();
    named.putAll(arguments);
    if (named.containsKey("policy")) {
      named.put("policy", name);
    }
    return named;
  }

  /** The worker and the item (one-off award, or the monthly allowance of a month) of a message. */
  private static Map<String, Object> item(
      String workerId, EntitlementKind kind, Optional<YearMonth> month, boolean zh) {
    Map<String, Object> arguments = MessageTemplate.arguments();
    arguments.put("workerId", workerId);
    LocalizedTemplate item = kind == EntitlementKind.ONE_OFF ? ONE_OFF_ITEM : MONTHLY_ITEM;
    Map<String, Object> itemArguments =
        kind == EntitlementKind.ONE_OFF ? Map.of() : Map.of("month", month.orElseThrow());
    arguments.put("item", zh ? item.formatZh(itemArguments) : item.formatEn(itemArguments));
    return arguments;
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

    static Decision none(LocalizedTemplate reason, Map<String, ?> arguments) {
      return new Decision(Optional.empty(), reason.formatEn(arguments), reason.formatZh(arguments));
    }

    static Decision notOnRoster() {
      return none(NOT_ON_ROSTER, Map.of());
    }
  }
}
