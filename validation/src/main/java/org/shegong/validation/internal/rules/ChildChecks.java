package org.shegong.validation.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
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
 * @since 0.1.0
 */
public final class ChildChecks {

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

  static {
    for (RiskTier tier : RiskTier.values()) {
      TIER_NAMES.put(
          tier,
          new Localized(
              tier.code() + "（" + tier.colour().labelZh() + "，" + tier.labelZh() + "）",
              tier.code() + " (" + tier.colour().labelEn() + ", " + tier.labelEn() + ")"));
    }
    for (ChildCategory category : ChildCategory.values()) {
      CATEGORY_NAMES.put(
          category,
          new Localized(
              category.labelZh() + "（" + category.code() + "）",
              category.labelEn() + " (" + category.code() + ")"));
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
          Finding.of(ValidationRules.CHILD_BIRTH_DATE_MISMATCH)
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
      sink.report(Finding.of(ValidationRules.CHILD_AGE_UNKNOWN));
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
      Localized name = CATEGORY_NAMES.get(category);
      List<ReasonCode> against = eligibility.reasonCodes(EligibilityOutcome.NOT_ELIGIBLE);
      if (against.contains(ReasonCode.AGED_18_OR_OVER)) {
        sink.report(
            Finding.of(ValidationRules.CHILD_CATEGORY_AGE)
                .with("age", age.years().orElseThrow())
                .with("category", name),
            "categories",
            i);
      }
      if (against.contains(ReasonCode.AGED_16_OR_OVER)) {
        sink.report(
            Finding.of(ValidationRules.CHILD_LEFT_BEHIND_AGE)
                .with("age", age.years().orElseThrow())
                .with("category", name),
            "categories",
            i);
      }
      if (against.contains(ReasonCode.NOT_RURAL_HOUSEHOLD)) {
        sink.report(
            Finding.of(ValidationRules.CHILD_LEFT_BEHIND_RURAL).with("category", name),
            "ruralHousehold");
      }
      Localized parents = texts(eligibility.reasons(EligibilityOutcome.NOT_ELIGIBLE));
      if (parents != null) {
        sink.report(
            Finding.of(ValidationRules.CHILD_CATEGORY_CONTRADICTED)
                .with("category", name)
                .with("reason", parents),
            "categories",
            i);
      } else if (eligibility.outcome() == EligibilityOutcome.UNDETERMINABLE) {
        Localized open = texts(eligibility.reasons(EligibilityOutcome.UNDETERMINABLE));
        if (open != null) {
          sink.report(
              Finding.of(ValidationRules.CHILD_CATEGORY_UNVERIFIABLE)
                  .with("category", name)
                  .with("reason", open),
              "categories",
              i);
        }
      }
    }
  }

  /** Joins the texts of the reasons not reported by a rule of their own; null when none. */
  private static Localized texts(List<EligibilityReason> reasons) {
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
    Localized name = TIER_NAMES.get(tier.get());
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
    Localized interval = PeriodTexts.of(schedule.visitInterval());
    for (VisitGap gap : schedule.gaps()) {
      sink.report(
          Finding.of(ValidationRules.CHILD_VISIT_GAP)
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
      sink.report(
          Finding.of(ValidationRules.CHILD_VISIT_OVERDUE)
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
              : new Localized("按 nextReviewOn", "as nextReviewOn sets");
      sink.report(
          Finding.of(ValidationRules.CHILD_REVIEW_OVERDUE)
              .with("dueOn", schedule.reviewDueOn().orElseThrow().toString())
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
        sink.report(
            Finding.of(ValidationRules.CHILD_CONSENT).with("age", age.years().orElseThrow()),
            "guardianConsent");
      }
    }
  }
}
