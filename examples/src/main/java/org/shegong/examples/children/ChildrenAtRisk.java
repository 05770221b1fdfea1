package org.shegong.examples.children;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shegong.core.child.ChildAge;
import org.shegong.core.child.ChildEligibility;
import org.shegong.core.child.Eligibility;
import org.shegong.core.child.OverdueVisit;
import org.shegong.core.child.TierPolicy;
import org.shegong.core.child.TierRequirement;
import org.shegong.core.child.VisitSchedule;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.Sex;
import org.shegong.core.code.VisitKind;
import org.shegong.core.id.CitizenId;
import org.shegong.core.model.CarePlan;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Parent;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.Visit;

/**
 * Classifies a child in difficulty and lists the children whose follow-up visit is overdue, with
 * {@code shegong-core} only.
 *
 * <p>Three steps on a fixed reference date (never the system clock, so the output is reproducible):
 *
 * <ol>
 *   <li>assess one child against every category of children in difficulty ({@link
 *       ChildEligibility#assessAll});
 *   <li>show the child's four-tier classification, what the tier requires and which of it the file
 *       lacks ({@link TierRequirement#unmet(Child)}), and its visit schedule under {@link
 *       TierPolicy#defaults()};
 *   <li>list every child of a small roster whose next visit is overdue ({@link
 *       TierPolicy#overdueVisits}), longest overdue first.
 * </ol>
 *
 * <p>The records hold names and a citizen ID (as real files do); the output identifies children by
 * record id only.
 *
 * @since 0.1.0
 */
public final class ChildrenAtRisk {

  /** The reference date used when none is given: 30 June 2024. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2024, 6, 30);

  private ChildrenAtRisk() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args optionally the reference date ({@code 2024-06-30} by default)
   */
  public static void main(String[] args) {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : DEFAULT_AS_OF;
    run(asOf, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example on the built-in roster.
   *
   * @param asOf the reference date; not null
   * @param out where to print; not null
   */
  public static void run(LocalDate asOf, PrintStream out) {
    TierPolicy policy = TierPolicy.defaults();
    List<Child> roster = roster();

    out.println("Children on file as of " + asOf + ", tier policy '" + policy.name() + "'");
    for (RiskTier tier : RiskTier.values()) {
      out.printf(
          "  %s %-6s %-14s visit every %-8s review every %s%n",
          tier,
          tier.colour().labelEn(),
          tier.labelEn(),
          days(policy.visitIntervalFor(tier).getDays()),
          policy.reviewPeriodFor(tier).toTotalMonths() + " month(s)");
    }

    Child child = roster.get(0);
    out.println();
    out.println("1. Categories of child " + child.id() + " (对照困境儿童类别)");
    ChildAge age = ChildAge.of(child, asOf);
    out.println(
        "  aged "
            + (age.known() ? String.valueOf(age.years().getAsInt()) : "unknown")
            + " (from the "
            + age.source().labelEn()
            + ")");
    Map<ChildCategory, Eligibility> eligibility = ChildEligibility.assessAll(child, asOf);
    eligibility.forEach(
        (category, result) ->
            out.printf(
                "  %-22s %-15s %s%n", category, result.outcome().labelEn(), result.textEn()));

    out.println();
    out.println("2. Classification of child " + child.id() + " (四级分类)");
    RiskTier tier = child.classification().flatMap(Classification::tier).orElseThrow();
    out.println(
        "  tier "
            + tier
            + " "
            + tier.colour().labelEn()
            + " ("
            + tier.labelZh()
            + "), assessed "
            + child.classification().flatMap(Classification::assessedOn).orElseThrow());
    List<TierRequirement> unmet = TierRequirement.unmet(child);
    out.println(
        "  requires: "
            + List.of(TierRequirement.values()).stream()
                .filter(r -> r.appliesTo(tier))
                .map(TierRequirement::labelEn)
                .collect(Collectors.joining(", ")));
    if (unmet.isEmpty()) {
      out.println("  the file meets every requirement of its tier");
    }
    for (TierRequirement requirement : unmet) {
      out.println("  MISSING " + requirement.messageEn(tier));
    }
    VisitSchedule schedule = policy.schedule(child, asOf).orElseThrow();
    out.println(
        "  last visit "
            + schedule.lastVisitOn().map(LocalDate::toString).orElse("none")
            + ", next visit due "
            + schedule.nextVisitDueOn().map(LocalDate::toString).orElse("unknown")
            + (schedule.visitOverdue()
                ? " ("
                    + VisitSchedule.VISIT_OVERDUE
                    + ": "
                    + schedule.visitDaysOverdue()
                    + " days overdue)"
                : " (on time)")
            + ", review due "
            + schedule.reviewDueOn().map(LocalDate::toString).orElse("unknown")
            + (schedule.reviewOverdue()
                ? " ("
                    + VisitSchedule.REVIEW_OVERDUE
                    + ": "
                    + schedule.reviewDaysOverdue()
                    + " days overdue)"
                : ""));

    out.println();
    out.println(
        "3. Overdue visits among "
            + roster.size()
            + " children ("
            + VisitSchedule.VISIT_OVERDUE
            + ")");
    List<OverdueVisit> overdue = policy.overdueVisits(roster, asOf);
    if (overdue.isEmpty()) {
      out.println("  none");
    }
    for (OverdueVisit visit : overdue) {
      out.printf(
          "  %-7s %s %-6s due %s, %3d days overdue (last visit: %s)%n",
          visit.childId(),
          visit.tier(),
          visit.tier().colour().labelEn(),
          visit.dueOn(),
          visit.daysOverdue(),
          visit.lastVisitOn().map(LocalDate::toString).orElse("none, counted from assessment"));
    }
  }

  private static String days(int days) {
    return days + " days";
  }

  /**
   * Returns the example roster: five children of 沙坡头区, one without a classification.
   *
   * @return the roster, the child to classify first
   */
  static List<Child> roster() {
    // The first child's age comes from the citizen ID alone (no birth date recorded).
    String first17 = "64050220120315122";
    CitizenId id = CitizenId.lenient(first17 + CitizenId.checkCharacter(first17));
    Child deFactoUnsupported =
        Child.builder()
            .id("C-0001")
            .name("马小花")
            .citizenId(id)
            .sex(Sex.FEMALE)
            .ruralHousehold(true)
            .addCategories(ChildCategory.DE_FACTO_UNSUPPORTED)
            .addParents(
                parent(ParentRelation.FATHER, ParentSituation.IMPRISONED, LocalDate.of(2023, 9, 1)),
                parent(ParentRelation.MOTHER, ParentSituation.DECEASED, LocalDate.of(2019, 2, 3)))
            .classification(classification(RiskTier.TIER_1, LocalDate.of(2024, 5, 20)))
            .carePlan(CarePlan.builder().createdOn(LocalDate.of(2024, 5, 22)).build())
            .responsibleIds(
                ResponsiblePeople.builder()
                    .childSupervisorId("W-0101")
                    .childDirectorId("W-0102")
                    .build())
            .addVisits(visit(LocalDate.of(2024, 6, 10)), visit(LocalDate.of(2024, 6, 18)))
            .build();
    Child leftBehind =
        Child.builder()
            .id("C-0002")
            .name("李明")
            .birthDate(LocalDate.of(2015, 7, 1))
            .ruralHousehold(true)
            .addCategories(ChildCategory.LEFT_BEHIND)
            .addParents(
                parent(ParentRelation.FATHER, ParentSituation.MIGRANT_WORKER, null),
                parent(ParentRelation.MOTHER, ParentSituation.MIGRANT_WORKER, null))
            .classification(classification(RiskTier.TIER_3, LocalDate.of(2024, 3, 1)))
            .addVisits(visit(LocalDate.of(2024, 4, 15)))
            .build();
    Child orphan =
        Child.builder()
            .id("C-0003")
            .name("张伟")
            .birthDate(LocalDate.of(2010, 1, 10))
            .addCategories(ChildCategory.ORPHAN)
            .addParents(
                parent(ParentRelation.FATHER, ParentSituation.DECEASED, null),
                parent(ParentRelation.MOTHER, ParentSituation.MISSING, null))
            .classification(classification(RiskTier.TIER_2, LocalDate.of(2024, 6, 1)))
            .addVisits(visit(LocalDate.of(2024, 6, 20)))
            .build();
    Child healthy =
        Child.builder()
            .id("C-0004")
            .name("王芳")
            .birthDate(LocalDate.of(2013, 11, 2))
            .classification(classification(RiskTier.TIER_4, LocalDate.of(2024, 1, 15)))
            .build();
    Child unclassified =
        Child.builder().id("C-0005").name("赵磊").birthDate(LocalDate.of(2016, 4, 8)).build();
    return List.of(deFactoUnsupported, leftBehind, orphan, healthy, unclassified);
  }

  private static Parent parent(
      ParentRelation relation, ParentSituation situation, @Nullable LocalDate since) {
    Parent.Builder builder = Parent.builder().relation(relation).situation(situation);
    if (since != null) {
      builder.since(since);
    }
    return builder.build();
  }

  private static Classification classification(RiskTier tier, LocalDate assessedOn) {
    return Classification.builder().tier(tier).assessedOn(assessedOn).assessorId("W-0101").build();
  }

  private static Visit visit(LocalDate on) {
    return Visit.builder().on(on).workerId("W-0102").kind(VisitKind.HOME_VISIT).build();
  }
}
