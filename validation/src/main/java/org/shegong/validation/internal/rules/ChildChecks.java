package org.shegong.validation.internal.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.RiskTier;
import org.shegong.core.id.CitizenId;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Parent;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.Visit;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.Localized;
import org.shegong.validation.internal.engine.ValidationPayload;

/**
 * The rules of a child's file (DESIGN.md §3.2): age and birth date, declared categories against
 * their definitions, tier requirements, visits and reviews against the tier policy, guardian
 * consent, parents' dates.
 *
 * <p>Definitions applied, on the reference date {@code asOf}:
 *
 * <ul>
 *   <li>Age: from {@code birthDate}, else from a valid citizen ID; when both are given and differ,
 *       SG-CHD-001 and the birth date is used.
 *   <li>A parent's situation holds on {@code asOf} when {@code since} (if given) is not after it
 *       and {@code until} (if given) is not before it. The father and the mother are the first
 *       parent entries with those relations; a missing entry or situation makes a category
 *       unverifiable (SG-CHD-007), never "present".
 *   <li>A six-month situation (imprisoned, compulsory detox, other restriction, lost contact)
 *       counts for 事实无人抚养儿童 when it holds on {@code asOf} and {@code since.plusMonths(6)} is on or
 *       before {@code asOf}; without {@code since} it is unverifiable.
 *   <li>Visits: the next visit is due the tier's interval after the latest visit on or before
 *       {@code asOf} (or after {@code assessedOn} when there is none); a visit on the due day is on
 *       time. Reviews are due on {@code nextReviewOn}, or the tier's review period after {@code
 *       assessedOn}.
 * </ul>
 *
 * @since 0.1.0
 */
public final class ChildChecks {

  private static final Set<ParentSituation> GONE =
      Set.of(ParentSituation.DECEASED, ParentSituation.MISSING);
  private static final Set<ParentSituation> UNSUPPORTING =
      Set.of(
          ParentSituation.SEVERE_DISABILITY,
          ParentSituation.SERIOUS_ILLNESS,
          ParentSituation.IMPRISONED,
          ParentSituation.COMPULSORY_DETOX,
          ParentSituation.OTHER_RESTRICTION,
          ParentSituation.LOST_CONTACT,
          ParentSituation.GUARDIANSHIP_REVOKED,
          ParentSituation.DEPORTED);

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
    OptionalInt age = age(child, asOf, sink);
    categories(child, age, asOf, sink);
    child.classification().ifPresent(c -> classification(child, c, payload, sink));
    consent(child, age, sink);
    List<Parent> parents = child.parents();
    for (int i = 0; i < parents.size(); i++) {
      Parent parent = parents.get(i);
      RecordChecks.endNotBeforeStart(
          parent.since(), "since", parent.until(), sink, "parents", i, "until");
    }
  }

  // ---------------------------------------------------------------- age

  private static OptionalInt age(Child child, LocalDate asOf, FindingSink sink) {
    Optional<LocalDate> fromId =
        child
            .citizenId()
            .map(id -> CitizenId.lenient(id.value(), asOf))
            .filter(CitizenId::isValid)
            .map(CitizenId::birthDate);
    Optional<LocalDate> birth = child.birthDate();
    if (birth.isPresent() && fromId.isPresent() && !birth.get().equals(fromId.get())) {
      sink.report(
          Finding.of(ValidationRules.CHILD_BIRTH_DATE_MISMATCH)
              .with("value", birth.get().toString())
              .with("citizenId", child.citizenId().get().masked()),
          "birthDate");
    }
    Optional<LocalDate> born = birth.isPresent() ? birth : fromId;
    if (born.isEmpty() || born.get().isAfter(asOf)) {
      if (born.isEmpty()) {
        sink.report(Finding.of(ValidationRules.CHILD_AGE_UNKNOWN));
      }
      return OptionalInt.empty();
    }
    return OptionalInt.of(Period.between(born.get(), asOf).getYears());
  }

  // ---------------------------------------------------------------- categories

  private static void categories(Child child, OptionalInt age, LocalDate asOf, FindingSink sink) {
    List<ChildCategory> categories = child.categories();
    for (int i = 0; i < categories.size(); i++) {
      ChildCategory category = categories.get(i);
      Localized name = CATEGORY_NAMES.get(category);
      boolean leftBehind = category == ChildCategory.LEFT_BEHIND;
      int limit = leftBehind ? 16 : 18;
      if (age.isPresent() && age.getAsInt() >= limit) {
        sink.report(
            Finding.of(
                    leftBehind
                        ? ValidationRules.CHILD_LEFT_BEHIND_AGE
                        : ValidationRules.CHILD_CATEGORY_AGE)
                .with("age", age.getAsInt())
                .with("category", name),
            "categories",
            i);
      }
      if (leftBehind) {
        if (child.ruralHousehold().isEmpty()) {
          unverifiable(
              sink,
              name,
              i,
              "未登记户籍类型（ruralHousehold）",
              "the household registration (ruralHousehold) is not recorded");
        } else if (!child.ruralHousehold().get()) {
          sink.report(
              Finding.of(ValidationRules.CHILD_LEFT_BEHIND_RURAL).with("category", name),
              "ruralHousehold");
        }
      }
      Verdict verdict =
          switch (category) {
            case ORPHAN -> orphan(child, asOf);
            case DE_FACTO_UNSUPPORTED -> deFactoUnsupported(child, asOf);
            case LEFT_BEHIND -> leftBehind(child, asOf);
            default -> Verdict.ELIGIBLE; // 困境儿童: not derivable from exchange data beyond age
          };
      if (verdict.outcome == Outcome.NOT_ELIGIBLE) {
        sink.report(
            Finding.of(ValidationRules.CHILD_CATEGORY_CONTRADICTED)
                .with("category", name)
                .with("reason", verdict.reason),
            "categories",
            i);
      } else if (verdict.outcome == Outcome.UNKNOWN) {
        sink.report(
            Finding.of(ValidationRules.CHILD_CATEGORY_UNVERIFIABLE)
                .with("category", name)
                .with("reason", verdict.reason),
            "categories",
            i);
      }
    }
  }

  private static void unverifiable(
      FindingSink sink, Localized category, int index, String zh, String en) {
    sink.report(
        Finding.of(ValidationRules.CHILD_CATEGORY_UNVERIFIABLE)
            .with("category", category)
            .with("reason", new Localized(zh, en)),
        "categories",
        index);
  }

  private enum Outcome {
    ELIGIBLE,
    NOT_ELIGIBLE,
    UNKNOWN
  }

  private record Verdict(Outcome outcome, Localized reason) {
    static final Verdict ELIGIBLE = new Verdict(Outcome.ELIGIBLE, new Localized("", ""));

    static Verdict not(String zh, String en) {
      return new Verdict(Outcome.NOT_ELIGIBLE, new Localized(zh, en));
    }

    static Verdict unknown(String zh, String en) {
      return new Verdict(Outcome.UNKNOWN, new Localized(zh, en));
    }
  }

  private static final Verdict PARENTS_UNKNOWN =
      Verdict.unknown(
          "未登记父亲和母亲双方的情况（parents）",
          "the situations of both the father and the mother are not recorded (parents)");

  /** The situation of the parent with a relation on asOf, or null when not recorded. */
  private static ParentSituation situation(Child child, ParentRelation relation, LocalDate asOf) {
    for (Parent parent : child.parents()) {
      if (parent.relation().orElse(null) == relation) {
        if (parent.situation().isEmpty()) {
          return null;
        }
        boolean holds =
            parent.since().map(since -> !since.isAfter(asOf)).orElse(true)
                && parent.until().map(until -> !until.isBefore(asOf)).orElse(true);
        return holds ? parent.situation().get() : ParentSituation.PRESENT;
      }
    }
    return null;
  }

  private static Parent parent(Child child, ParentRelation relation) {
    for (Parent parent : child.parents()) {
      if (parent.relation().orElse(null) == relation) {
        return parent;
      }
    }
    return null;
  }

  private static Verdict orphan(Child child, LocalDate asOf) {
    ParentSituation father = situation(child, ParentRelation.FATHER, asOf);
    ParentSituation mother = situation(child, ParentRelation.MOTHER, asOf);
    if (father == null || mother == null) {
      return PARENTS_UNKNOWN;
    }
    return GONE.contains(father) && GONE.contains(mother)
        ? Verdict.ELIGIBLE
        : Verdict.not("孤儿须父母双方均已死亡或被宣告失踪", "both parents must be deceased or declared missing");
  }

  /** Whether a parent meets one of the situations of 事实无人抚养儿童; null when unverifiable. */
  private static Boolean unsupporting(Parent parent, ParentSituation situation, LocalDate asOf) {
    if (!UNSUPPORTING.contains(situation)) {
      return false;
    }
    if (!situation.requiresSixMonths()) {
      return true;
    }
    if (parent.since().isEmpty()) {
      return null;
    }
    return !parent.since().get().plusMonths(6).isAfter(asOf);
  }

  private static Verdict deFactoUnsupported(Child child, LocalDate asOf) {
    ParentSituation father = situation(child, ParentRelation.FATHER, asOf);
    ParentSituation mother = situation(child, ParentRelation.MOTHER, asOf);
    if (father == null || mother == null) {
      return PARENTS_UNKNOWN;
    }
    if (GONE.contains(father) && GONE.contains(mother)) {
      return Verdict.not(
          "父母双方均已死亡或失踪，应登记为孤儿", "both parents are deceased or missing: that is an orphan");
    }
    Boolean fatherMeets = unsupporting(parent(child, ParentRelation.FATHER), father, asOf);
    Boolean motherMeets = unsupporting(parent(child, ParentRelation.MOTHER), mother, asOf);
    boolean fatherCounts = GONE.contains(father) || Boolean.TRUE.equals(fatherMeets);
    boolean motherCounts = GONE.contains(mother) || Boolean.TRUE.equals(motherMeets);
    if (fatherCounts && motherCounts) {
      return Verdict.ELIGIBLE;
    }
    if ((!fatherCounts && fatherMeets == null) || (!motherCounts && motherMeets == null)) {
      return Verdict.unknown(
          "须持续满6个月的情形未登记起始日期（since）",
          "a situation that must last 6 months has no start date (since)");
    }
    return Verdict.not(
        "须父母双方均符合重残、重病、服刑在押等情形之一（须满6个月的情形已满6个月），或一方死亡或失踪、另一方符合其中之一",
        "both parents must each meet one of the situations (severe disability, serious illness,"
            + " imprisonment and the other six-month situations for 6 months, …), or one parent"
            + " be deceased or missing and the other meet one");
  }

  private static Verdict leftBehind(Child child, LocalDate asOf) {
    ParentSituation father = situation(child, ParentRelation.FATHER, asOf);
    ParentSituation mother = situation(child, ParentRelation.MOTHER, asOf);
    if (father == null || mother == null) {
      return PARENTS_UNKNOWN;
    }
    boolean fatherAway = father == ParentSituation.MIGRANT_WORKER;
    boolean motherAway = mother == ParentSituation.MIGRANT_WORKER;
    boolean eligible =
        (fatherAway && motherAway)
            || (fatherAway && mother == ParentSituation.NO_GUARDIAN_CAPACITY)
            || (motherAway && father == ParentSituation.NO_GUARDIAN_CAPACITY);
    return eligible
        ? Verdict.ELIGIBLE
        : Verdict.not(
            "须父母双方外出务工，或一方外出务工、另一方无监护能力",
            "both parents must be migrant workers, or one a migrant worker and the other without"
                + " capacity to act as guardian");
  }

  // ---------------------------------------------------------------- tiers

  private static final Map<RiskTier, Localized> TIER_NAMES = new EnumMap<>(RiskTier.class);
  private static final Map<ChildCategory, Localized> CATEGORY_NAMES =
      new EnumMap<>(ChildCategory.class);

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

  private static Localized tierName(RiskTier tier) {
    return TIER_NAMES.get(tier);
  }

  private static void classification(
      Child child, Classification classification, ValidationPayload payload, FindingSink sink) {
    if (classification.tier().isEmpty()) {
      return;
    }
    RiskTier tier = classification.tier().get();
    Localized name = tierName(tier);
    if (tier.requiresCarePlan()) {
      if (child.carePlan().isEmpty()) {
        sink.report(Finding.of(ValidationRules.CHILD_CARE_PLAN).with("tier", name), "carePlan");
      }
      Optional<ResponsiblePeople> people = child.responsibleIds();
      if (blank(people.flatMap(ResponsiblePeople::childSupervisorId))) {
        sink.report(
            Finding.of(ValidationRules.CHILD_SUPERVISOR).with("tier", name),
            "responsibleIds",
            "childSupervisorId");
      }
      if (blank(people.flatMap(ResponsiblePeople::childDirectorId))) {
        sink.report(
            Finding.of(ValidationRules.CHILD_DIRECTOR).with("tier", name),
            "responsibleIds",
            "childDirectorId");
      }
      if (tier.requiresSocialWorker() && blank(people.flatMap(ResponsiblePeople::socialWorkerId))) {
        sink.report(
            Finding.of(ValidationRules.CHILD_SOCIAL_WORKER).with("tier", name),
            "responsibleIds",
            "socialWorkerId");
      }
    }
    visits(child, classification, tier, name, payload, sink);
    review(classification, tier, name, payload, sink);
  }

  private static boolean blank(Optional<String> id) {
    return id.isEmpty() || id.get().isBlank();
  }

  private record Dated(int index, LocalDate on) {}

  private static void visits(
      Child child,
      Classification classification,
      RiskTier tier,
      Localized name,
      ValidationPayload payload,
      FindingSink sink) {
    LocalDate asOf = payload.asOf();
    ChildPolicy policy = payload.childPolicy();
    Period interval = policy.visitIntervals().get(tier);
    List<Dated> dated = new ArrayList<>();
    List<Visit> visits = child.visits();
    for (int i = 0; i < visits.size(); i++) {
      LocalDate on = visits.get(i).on().orElse(null);
      if (on != null && !on.isAfter(asOf)) {
        dated.add(new Dated(i, on));
      }
    }
    dated.sort(Comparator.comparing(Dated::on));
    for (int i = 1; i < dated.size(); i++) {
      LocalDate from = dated.get(i - 1).on();
      LocalDate to = dated.get(i).on();
      if (to.isAfter(from.plus(interval))) {
        sink.report(
            Finding.of(ValidationRules.CHILD_VISIT_GAP)
                .with("from", from.toString())
                .with("to", to.toString())
                .with("days", ChronoUnit.DAYS.between(from, to))
                .with("tier", name)
                .with("interval", ChildPolicy.periodText(interval))
                .with("policy", policy.name()),
            "visits",
            dated.get(i).index(),
            "on");
      }
    }
    LocalDate base =
        dated.isEmpty()
            ? classification.assessedOn().filter(d -> !d.isAfter(asOf)).orElse(null)
            : dated.get(dated.size() - 1).on();
    if (base == null) {
      return;
    }
    LocalDate due = base.plus(interval);
    if (asOf.isAfter(due)) {
      sink.report(
          Finding.of(ValidationRules.CHILD_VISIT_OVERDUE)
              .with("dueOn", due.toString())
              .with("days", ChronoUnit.DAYS.between(due, asOf))
              .with("tier", name)
              .with("interval", ChildPolicy.periodText(interval))
              .with("policy", policy.name()),
          "visits");
    }
  }

  private static void review(
      Classification classification,
      RiskTier tier,
      Localized name,
      ValidationPayload payload,
      FindingSink sink) {
    Period period = payload.childPolicy().reviewPeriods().get(tier);
    LocalDate due;
    String field;
    if (classification.nextReviewOn().isPresent()) {
      due = classification.nextReviewOn().get();
      field = "nextReviewOn";
    } else if (classification.assessedOn().isPresent()) {
      due = classification.assessedOn().get().plus(period);
      field = "assessedOn";
    } else {
      return;
    }
    if (payload.asOf().isAfter(due)) {
      sink.report(
          Finding.of(ValidationRules.CHILD_REVIEW_OVERDUE)
              .with("dueOn", due.toString())
              .with("tier", name)
              .with("period", ChildPolicy.periodText(period))
              .with("policy", payload.childPolicy().name()),
          "classification",
          field);
    }
  }

  // ---------------------------------------------------------------- consent

  private static void consent(Child child, OptionalInt age, FindingSink sink) {
    if (age.isEmpty() || age.getAsInt() >= 14) {
      return;
    }
    boolean given =
        child
            .guardianConsent()
            .map(c -> c.given().orElse(false) && c.on().isPresent())
            .orElse(false);
    if (!given) {
      sink.report(
          Finding.of(ValidationRules.CHILD_CONSENT).with("age", age.getAsInt()), "guardianConsent");
    }
  }
}
