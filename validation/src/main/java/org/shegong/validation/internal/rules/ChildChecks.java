package org.shegong.validation.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.shegong.core.child.AgeSource;
import org.shegong.core.child.ChildAge;
import org.shegong.core.child.ChildEligibility;
import org.shegong.core.child.Eligibility;
import org.shegong.core.child.EligibilityOutcome;
import org.shegong.core.child.EligibilityReason;
import org.shegong.core.child.ReasonCode;
import org.shegong.core.child.TierPolicy;
import org.shegong.core.child.TierRequirement;
import org.shegong.core.child.VisitGap;
import org.shegong.core.child.VisitSchedule;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.RiskTier;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Parent;
import org.shegong.core.model.Visit;
import org.shegong.core.privacy.Masking;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.Localized;
import org.shegong.validation.internal.engine.ValidationPayload;

/**
 * The rules of a child's file (docs/domain.md, "Children in difficulty"), delegating to {@code
 * org.shegong.core.child}: ages ({@link ChildAge}), the declared categories against their
 * definitions ({@link ChildEligibility}), the requirements of the tier ({@link TierRequirement}),
 * visits and reviews under the configured {@link TierPolicy} ({@link VisitSchedule}); plus the
 * guardian's consent for children under 14 and the parents' dates.
 *
 * <p>Eligibility findings become issues as follows: an age at or above the category's limit is
 * SG-CHD-003 (18) or SG-CHD-004 (16, left-behind children); no rural household registration for a
 * left-behind child is SG-CHD-005; parents' situations that rule the category out are SG-CHD-006; a
 * category that cannot be decided from the data is the warning SG-CHD-007 — except for the 困境儿童
 * sub-types, whose facts the exchange data never hold, and an unknown age, which is SG-CHD-002.
 *
 * <p>Each rule is defined here, next to its check.
 *
 * @since 0.1.0
 */
public final class ChildChecks {

  /** SG-CHD-001: the birth date differs from the birth date in the citizen ID. */
  static final Rule BIRTH_DATE_MISMATCH =
      domain(
          ChildAge.BIRTH_DATE_MISMATCH,
          Severity.ERROR,
          "出生日期须与公民身份号码中的出生日期一致",
          "the birth date agrees with the birth date in the citizen ID",
          "出生日期 {value} 与公民身份号码中的出生日期相差 {days} 天",
          "birthDate {value} differs from the birth date in citizenId by {days, plural, one {# day}"
              + " other {# days}}",
          "{\"recordType\":\"child\",\"birthDate\":\"2015-03-02\",\"citizenId\":\"…20150301…\"}");

  /** SG-CHD-002: the child's age cannot be determined. */
  static final Rule AGE_UNKNOWN =
      domain(
          ChildAge.AGE_UNKNOWN,
          Severity.WARNING,
          "须能确定儿童年龄（出生日期或有效的公民身份号码）",
          "the child's age can be determined (a birth date or a valid citizen ID)",
          "无法确定儿童年龄：没有出生日期，也没有有效的公民身份号码",
          "the child's age cannot be determined: no birthDate and no valid citizenId",
          "{\"recordType\":\"child\",\"citizenId\":\"123\"}");

  /** SG-CHD-003: every category of children in difficulty requires an age under 18. */
  static final Rule CATEGORY_AGE =
      domain(
          "SG-CHD-003",
          Severity.ERROR,
          "孤儿、事实无人抚养儿童和困境儿童须未满18周岁",
          "orphans, de facto unsupported children and children in difficulty are under 18",
          "年龄{age}岁，不能登记为{category}（须未满18周岁）",
          "aged {age}, the child cannot be recorded as {category} (under 18 only)",
          "{\"recordType\":\"child\",\"birthDate\":\"2000-01-01\",\"categories\":[\"POVERTY\"]}");

  /** SG-CHD-004: a left-behind child is under 16. */
  static final Rule LEFT_BEHIND_AGE =
      domain(
          "SG-CHD-004",
          Severity.ERROR,
          "农村留守儿童须未满16周岁（国发〔2016〕13号）",
          "a rural left-behind child is under 16 (国发〔2016〕13号)",
          "年龄{age}岁，不能登记为{category}（须未满16周岁）",
          "aged {age}, the child cannot be recorded as {category} (under 16 only)",
          "{\"recordType\":\"child\",\"birthDate\":\"2007-01-01\",\"categories\":[\"LEFT_BEHIND\"]}");

  /** SG-CHD-005: a left-behind child has a rural household registration. */
  static final Rule LEFT_BEHIND_RURAL =
      domain(
          "SG-CHD-005",
          Severity.ERROR,
          "农村留守儿童须为农业户籍",
          "a rural left-behind child has a rural household registration",
          "登记为{category}，但未登记为农业户籍（ruralHousehold 为否）",
          "recorded as {category}, but ruralHousehold is false",
          "{\"recordType\":\"child\",\"ruralHousehold\":false,\"categories\":[\"LEFT_BEHIND\"]}");

  /** SG-CHD-006: the recorded parents' situations contradict a declared category. */
  static final Rule CATEGORY_CONTRADICTED =
      domain(
          "SG-CHD-006",
          Severity.ERROR,
          "所登记的父母情况须符合儿童类别的定义（孤儿、事实无人抚养儿童、农村留守儿童）",
          "the recorded parents' situations meet the definition of the declared category (orphan,"
              + " de facto unsupported, left-behind)",
          "登记为{category}，但父母情况不符合其定义：{reason}",
          "recorded as {category}, but the parents' situations do not meet its definition:"
              + " {reason}",
          "{\"recordType\":\"child\",\"categories\":[\"ORPHAN\"],\"parents\":[{\"relation\":"
              + "\"FATHER\",\"situation\":\"PRESENT\"},{\"relation\":\"MOTHER\",\"situation\":"
              + "\"DECEASED\"}]}");

  /** SG-CHD-007: a declared category cannot be verified from the recorded data. */
  static final Rule CATEGORY_UNVERIFIABLE =
      domain(
          "SG-CHD-007",
          Severity.WARNING,
          "儿童类别须能由所登记的父母情况和户籍核实",
          "a declared category can be verified from the recorded parents and household",
          "登记为{category}，但无法核实：{reason}",
          "recorded as {category}, but this cannot be verified: {reason}",
          "{\"recordType\":\"child\",\"categories\":[\"ORPHAN\"],\"parents\":[]}");

  /** SG-CHD-010: tiers 1–3 need a care plan. */
  static final Rule CARE_PLAN =
      domain(
          "SG-CHD-010",
          Severity.ERROR,
          "一至三级（红、黄、蓝）儿童须有个案帮扶计划",
          "a child in tiers 1 to 3 (red, yellow, blue) has a care plan",
          "{tier}儿童须有个案帮扶计划（carePlan）",
          "a child in {tier} needs a care plan (carePlan)",
          "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_2\"}}");

  /** SG-CHD-011: tiers 1–3 need a child supervisor. */
  static final Rule SUPERVISOR =
      domain(
          "SG-CHD-011",
          Severity.ERROR,
          "一至三级儿童须指定乡镇儿童督导员",
          "a child in tiers 1 to 3 has a named township child supervisor",
          "{tier}儿童须指定儿童督导员（responsibleIds.childSupervisorId）",
          "a child in {tier} needs a named child supervisor (responsibleIds.childSupervisorId)",
          "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_3\"},"
              + "\"responsibleIds\":{}}");

  /** SG-CHD-012: tiers 1–3 need a child director. */
  static final Rule DIRECTOR =
      domain(
          "SG-CHD-012",
          Severity.ERROR,
          "一至三级儿童须指定村（居）儿童主任",
          "a child in tiers 1 to 3 has a named village child director",
          "{tier}儿童须指定儿童主任（responsibleIds.childDirectorId）",
          "a child in {tier} needs a named child director (responsibleIds.childDirectorId)",
          "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_3\"},"
              + "\"responsibleIds\":{}}");

  /** SG-CHD-013: tiers 1–2 need a professional social worker. */
  static final Rule SOCIAL_WORKER =
      domain(
          "SG-CHD-013",
          Severity.ERROR,
          "一、二级（红、黄）儿童须指定专业社会工作者",
          "a child in tiers 1 and 2 (red, yellow) has a named professional social worker",
          "{tier}儿童须指定专业社会工作者（responsibleIds.socialWorkerId）",
          "a child in {tier} needs a named professional social worker"
              + " (responsibleIds.socialWorkerId)",
          "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_1\"},"
              + "\"responsibleIds\":{\"childSupervisorId\":\"W-1\",\"childDirectorId\":\"W-2\"}}");

  /** SG-CHD-014: the next follow-up visit is overdue ({@code VisitSchedule.VISIT_OVERDUE}). */
  static final Rule VISIT_OVERDUE =
      domain(
          VisitSchedule.VISIT_OVERDUE,
          Severity.WARNING,
          "须按分级的走访周期走访儿童（周期为政策值，可由使用方替换）",
          "a child is visited within the visit interval of its tier (a policy value an adopter"
              + " can replace)",
          "下次走访应于{dueOn}前完成（{tier}走访周期{interval}，政策「{policy}」），截至{asOf}已逾期{days}天",
          "the visit due {dueOn} is {days, plural, one {# day} other {# days}} overdue at {asOf}"
              + " ({tier}: visit interval"
              + " {interval} under policy '{policy}')",
          "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_1\",\"assessedOn\":"
              + "\"2024-01-01\"},\"visits\":[]}");

  /** SG-CHD-015: two consecutive visits are further apart than the tier's interval. */
  static final Rule VISIT_GAP =
      domain(
          VisitSchedule.VISIT_GAP,
          Severity.WARNING,
          "相邻两次走访的间隔不超过分级走访周期",
          "consecutive visits are no further apart than the tier's visit interval",
          "{from}至{to}两次走访相隔{days}天，超过{tier}走访周期{interval}（政策「{policy}」）",
          "{days, plural, one {# day} other {# days}} between the visits of {from} and {to}, longer"
              + " than the visit interval"
              + " {interval} of {tier} under policy '{policy}'",
          "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_1\"},\"visits\":"
              + "[{\"on\":\"2024-01-01\"},{\"on\":\"2024-03-01\"}]}");

  /** SG-CHD-016: the classification's review is overdue. */
  static final Rule REVIEW_OVERDUE =
      domain(
          VisitSchedule.REVIEW_OVERDUE,
          Severity.WARNING,
          "分级须按期复评（复评周期为政策值，可由使用方替换）",
          "a classification is reviewed on time (the review period is a policy value an adopter"
              + " can replace)",
          "复评应于{dueOn}前完成（{tier}复评周期{period}，政策「{policy}」），截至{asOf}已逾期{days}天",
          "the review due {dueOn} is {days, plural, one {# day} other {# days}} overdue at {asOf}"
              + " ({tier}: review period {period} under"
              + " policy '{policy}')",
          "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_2\","
              + "\"nextReviewOn\":\"2024-01-01\"}}");

  /** SG-CHD-020: a child under 14 needs the guardian's consent. */
  static final Rule CONSENT =
      domain(
          "SG-CHD-020",
          Severity.ERROR,
          "未满14周岁儿童的个人信息处理须有监护人同意（《个人信息保护法》第28、31条）",
          "processing the personal information of a child under 14 needs the guardian's consent"
              + " (PIPL art. 28/31)",
          "儿童{age}岁（未满14周岁），须有监护人同意（guardianConsent.given 为是并注明日期；《个人信息保护法》第28、31条）",
          "the child is {age} (under 14): guardian consent with given = true and a date is"
              + " required (PIPL art. 28/31)",
          "{\"recordType\":\"child\",\"birthDate\":\"2016-05-01\",\"guardianConsent\":"
              + "{\"given\":false}}");

  private static final Map<RiskTier, Localized> TIER_NAMES = new EnumMap<>(RiskTier.class);
  private static final Map<ChildCategory, Localized> CATEGORY_NAMES =
      new EnumMap<>(ChildCategory.class);
  private static final Set<ReasonCode> REPORTED_ELSEWHERE =
      EnumSet.of(
          ReasonCode.AGE_UNKNOWN,
          ReasonCode.NOT_DERIVABLE_FROM_EXCHANGE_DATA,
          ReasonCode.AGED_18_OR_OVER,
          ReasonCode.AGED_16_OR_OVER,
          ReasonCode.NOT_RURAL_HOUSEHOLD);

  private static final LocalizedTemplate TIER_NAME =
      LocalizedTemplate.of("{code}（{colourZh}，{labelZh}）", "{code} ({colourEn}, {labelEn})");
  private static final LocalizedTemplate CATEGORY_NAME =
      LocalizedTemplate.of("{labelZh}（{code}）", "{labelEn} ({code})");
  private static final Localized PERIOD_FROM_RECORD =
      new Localized("按 nextReviewOn", "as nextReviewOn sets");

  static {
    for (RiskTier tier : RiskTier.values()) {
      TIER_NAMES.put(
          tier,
          Localized.of(
              TIER_NAME,
              Map.of(
                  "code", tier.code(),
                  "colourZh", tier.colour().labelZh(),
                  "colourEn", tier.colour().labelEn(),
                  "labelZh", tier.labelZh(),
                  "labelEn", tier.labelEn())));
    }
    for (ChildCategory category : ChildCategory.values()) {
      CATEGORY_NAMES.put(
          category,
          Localized.of(
              CATEGORY_NAME,
              Map.of(
                  "code", category.code(),
                  "labelZh", category.labelZh(),
                  "labelEn", category.labelEn())));
    }
  }

  private ChildChecks() {}

  /**
   * Runs every child rule on a child's file.
   *
   * @param child the child; not null
   * @param payload the configuration; not null
   * @param sink receives the findings; not null
   */
  public static void check(Child child, ValidationPayload payload, FindingSink sink) {
    LocalDate asOf = payload.asOf();
    ChildAge age = ChildAge.of(child, asOf);
    age(child, age, sink);
    categories(child, age, asOf, sink);
    tier(child, payload, sink);
    consent(child, age, sink);
    List<Parent> parents = child.parents();
    for (int i = 0; i < parents.size(); i++) {
      Parent parent = parents.get(i);
      RecordChecks.endNotBeforeStart(
          parent.since(), "since", parent.until(), sink, "parents", i, "until");
    }
  }

  // ---------------------------------------------------------------- age

  private static void age(Child child, ChildAge age, FindingSink sink) {
    if (age.mismatch()) {
      sink.report(
          Finding.of(BIRTH_DATE_MISMATCH)
              // The year only, and no ID: a full birth date next to a masked citizen ID gives
              // back the whole ID.
              .with("value", Masking.birthDate(age.birthDate().orElseThrow().toString()))
              .with(
                  "days",
                  Math.abs(
                      ChronoUnit.DAYS.between(
                          age.idBirthDate().orElseThrow(), age.birthDate().orElseThrow()))),
          "birthDate");
    }
    if (age.source() == AgeSource.NONE) {
      sink.report(Finding.of(AGE_UNKNOWN));
    }
  }

  // ---------------------------------------------------------------- categories

  private static void categories(Child child, ChildAge age, LocalDate asOf, FindingSink sink) {
    List<ChildCategory> categories = child.categories();
    for (int i = 0; i < categories.size(); i++) {
      ChildCategory category = categories.get(i);
      Eligibility eligibility = ChildEligibility.assess(category, child, asOf);
      if (eligibility.isEligible()) {
        continue;
      }
      Localized name = Objects.requireNonNull(CATEGORY_NAMES.get(category), "every category");
      List<ReasonCode> against = eligibility.reasonCodes(EligibilityOutcome.NOT_ELIGIBLE);
      if (against.contains(ReasonCode.AGED_18_OR_OVER)) {
        sink.report(
            Finding.of(CATEGORY_AGE).with("age", age.years().orElseThrow()).with("category", name),
            "categories",
            i);
      }
      if (against.contains(ReasonCode.AGED_16_OR_OVER)) {
        sink.report(
            Finding.of(LEFT_BEHIND_AGE)
                .with("age", age.years().orElseThrow())
                .with("category", name),
            "categories",
            i);
      }
      if (against.contains(ReasonCode.NOT_RURAL_HOUSEHOLD)) {
        sink.report(Finding.of(LEFT_BEHIND_RURAL).with("category", name), "ruralHousehold");
      }
      Localized parents = texts(eligibility.reasons(EligibilityOutcome.NOT_ELIGIBLE));
      if (parents != null) {
        sink.report(
            Finding.of(CATEGORY_CONTRADICTED).with("category", name).with("reason", parents),
            "categories",
            i);
      } else if (eligibility.outcome() == EligibilityOutcome.UNDETERMINABLE) {
        Localized open = texts(eligibility.reasons(EligibilityOutcome.UNDETERMINABLE));
        if (open != null) {
          sink.report(
              Finding.of(CATEGORY_UNVERIFIABLE).with("category", name).with("reason", open),
              "categories",
              i);
        }
      }
    }
  }

  /** Joins the texts of the reasons not reported by a rule of their own; null when none. */
  private static @Nullable Localized texts(List<EligibilityReason> reasons) {
    StringJoiner zh = new StringJoiner("；");
    StringJoiner en = new StringJoiner("; ");
    for (EligibilityReason reason : reasons) {
      if (!REPORTED_ELSEWHERE.contains(reason.code())) {
        zh.add(reason.textZh());
        en.add(reason.textEn());
      }
    }
    return zh.length() == 0 ? null : new Localized(zh.toString(), en.toString());
  }

  // ---------------------------------------------------------------- tiers

  private static void tier(Child child, ValidationPayload payload, FindingSink sink) {
    Optional<RiskTier> tier = child.classification().flatMap(Classification::tier);
    if (tier.isEmpty()) {
      return;
    }
    Localized name = Objects.requireNonNull(TIER_NAMES.get(tier.get()), "every tier");
    for (TierRequirement requirement : TierRequirement.unmet(child)) {
      Object[] path =
          switch (requirement) {
            case CARE_PLAN -> new Object[] {"carePlan"};
            case CHILD_SUPERVISOR -> new Object[] {"responsibleIds", "childSupervisorId"};
            case CHILD_DIRECTOR -> new Object[] {"responsibleIds", "childDirectorId"};
            case SOCIAL_WORKER -> new Object[] {"responsibleIds", "socialWorkerId"};
          };
      sink.report(Finding.of(requirement.ruleCode()).with("tier", name), path);
    }
    TierPolicy policy = payload.tierPolicy();
    VisitSchedule schedule = policy.schedule(child, payload.asOf()).orElseThrow();
    // the interval's texts are written only for a finding: most children's visits are on time
    @Nullable Localized interval = null;
    for (VisitGap gap : schedule.gaps()) {
      if (interval == null) {
        interval = PeriodTexts.of(schedule.visitInterval());
      }
      sink.report(
          Finding.of(VISIT_GAP)
              .with("from", gap.from().toString())
              .with("to", gap.to().toString())
              .with("days", gap.days())
              .with("tier", name)
              .with("interval", interval)
              .with("policy", new Localized(policy.nameZh(), policy.nameEn())),
          "visits",
          visitIndex(child, gap.to()),
          "on");
    }
    if (schedule.visitOverdue()) {
      if (interval == null) {
        interval = PeriodTexts.of(schedule.visitInterval());
      }
      sink.report(
          Finding.of(VISIT_OVERDUE)
              .with("dueOn", schedule.nextVisitDueOn().orElseThrow().toString())
              .with("days", schedule.visitDaysOverdue())
              .with("tier", name)
              .with("interval", interval)
              .with("policy", new Localized(policy.nameZh(), policy.nameEn())),
          "visits");
    }
    if (schedule.reviewOverdue()) {
      Localized period =
          schedule.reviewDueFromPolicy()
              ? PeriodTexts.of(policy.reviewPeriodFor(tier.get()))
              : PERIOD_FROM_RECORD;
      sink.report(
          Finding.of(REVIEW_OVERDUE)
              .with("dueOn", schedule.reviewDueOn().orElseThrow().toString())
              .with("days", schedule.reviewDaysOverdue())
              .with("tier", name)
              .with("period", period)
              .with("policy", new Localized(policy.nameZh(), policy.nameEn())),
          "classification",
          schedule.reviewDueFromPolicy() ? "assessedOn" : "nextReviewOn");
    }
  }

  private static int visitIndex(Child child, LocalDate on) {
    List<Visit> visits = child.visits();
    for (int i = 0; i < visits.size(); i++) {
      if (visits.get(i).on().filter(on::equals).isPresent()) {
        return i;
      }
    }
    throw new IllegalStateException("a visit gap ends on a day with no visit");
  }

  // ---------------------------------------------------------------- consent

  private static void consent(Child child, ChildAge age, FindingSink sink) {
    if (age.isUnder(14).orElse(false)) {
      boolean given =
          child
              .guardianConsent()
              .map(c -> c.given().orElse(false) && c.on().isPresent())
              .orElse(false);
      if (!given) {
        sink.report(Finding.of(CONSENT).with("age", age.years().orElseThrow()), "guardianConsent");
      }
    }
  }

  private static Rule domain(
      String code,
      Severity severity,
      String summaryZh,
      String summaryEn,
      String zh,
      String en,
      String example) {
    return Rule.builder()
        .code(code)
        .layer(Layer.DOMAIN)
        .severity(severity)
        .summaryZh(summaryZh)
        .summaryEn(summaryEn)
        .messageZh(zh)
        .messageEn(en)
        .example(example)
        .build();
  }
}
