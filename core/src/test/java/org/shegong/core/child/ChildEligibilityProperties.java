package org.shegong.core.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.model.Child;
import org.shegong.core.model.Parent;
import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

class ChildEligibilityProperties {

  private static final LocalDate BIRTH = LocalDate.of(2010, 1, 1);
  private static final LocalDate EPOCH = LocalDate.of(2009, 1, 1);
  private static final List<ParentSituation> SIX_MONTH_SITUATIONS =
      Arrays.stream(ParentSituation.values()).filter(ParentSituation::requiresSixMonths).toList();

  private static LocalDate asOf(Gen gen) {
    return gen.dayFrom(EPOCH, 22 * 366);
  }

  /** A parent with each attribute present or absent: relation, situation, since, until. */
  private static Parent parent(Gen gen) {
    Parent.Builder b = Parent.builder();
    gen.optional(0.9, () -> gen.oneOf(ParentRelation.class)).ifPresent(b::relation);
    gen.optional(0.9, () -> gen.oneOf(ParentSituation.class)).ifPresent(b::situation);
    gen.optional(0.8, () -> gen.dayFrom(EPOCH, 20 * 366)).ifPresent(b::since);
    gen.optional(0.3, () -> gen.dayFrom(EPOCH, 22 * 366)).ifPresent(b::until);
    return b.build();
  }

  private static List<Parent> parents(Gen gen) {
    return gen.list(0, 3, () -> parent(gen));
  }

  private static Child child(List<Parent> parents, Optional<Boolean> rural) {
    Child.Builder builder = Kids.child(BIRTH).addAllParents(parents);
    rural.ifPresent(builder::ruralHousehold);
    return builder.build();
  }

  @PropertyTest
  void aChildIsNeverBothAnOrphanAndDeFactoUnsupported(Gen gen) {
    Child child = child(parents(gen), Optional.of(true));
    LocalDate asOf = asOf(gen);

    boolean orphan = ChildEligibility.orphan(child, asOf).isEligible();
    boolean deFacto = ChildEligibility.deFactoUnsupported(child, asOf).isEligible();

    assertThat(orphan && deFacto).isFalse();
  }

  @PropertyTest
  void theOutcomeAgreesWithTheEffectsOfItsReasons(Gen gen) {
    ChildCategory category = gen.oneOf(ChildCategory.class);
    Child child = child(parents(gen), gen.optional(0.8, gen::bool));
    LocalDate asOf = asOf(gen);

    Eligibility e = ChildEligibility.assess(category, child, asOf);

    assertThat(e.reasons()).isNotEmpty();
    assertThat(e.outcome() == EligibilityOutcome.NOT_ELIGIBLE)
        .isEqualTo(!e.reasons(EligibilityOutcome.NOT_ELIGIBLE).isEmpty());
    if (e.outcome() == EligibilityOutcome.ELIGIBLE) {
      assertThat(e.reasons()).allMatch(r -> r.effect() == EligibilityOutcome.ELIGIBLE);
    }
  }

  @PropertyTest
  void anEligibleChildIsUnderTheAgeLimitOfItsCategory(Gen gen) {
    ChildCategory category = gen.oneOf(ChildCategory.class);
    Child child = child(parents(gen), Optional.of(true));
    LocalDate asOf = asOf(gen);

    Eligibility e = ChildEligibility.assess(category, child, asOf);
    int limit = category == ChildCategory.LEFT_BEHIND ? 16 : 18;

    if (e.outcome() != EligibilityOutcome.NOT_ELIGIBLE) {
      assertThat(asOf).isBefore(BIRTH.plusYears(limit));
    }
  }

  @PropertyTest
  void whileSixMonthSituationsLastEligibilityOnlyGrowsWithTime(Gen gen) {
    // no until: each situation lasts; asOf stays before the 18th birthday (2028-01-01, day 6574)
    Child child =
        child(
            List.of(
                Kids.father(gen.oneOf(ParentSituation.class), BIRTH.plusDays(gen.between(0, 6000))),
                Kids.mother(
                    gen.oneOf(ParentSituation.class), BIRTH.plusDays(gen.between(0, 6000)))),
            Optional.of(true));
    LocalDate first = BIRTH.plusDays(gen.between(0, 6100));
    LocalDate second = first.plusDays(gen.between(0, 400));

    if (ChildEligibility.deFactoUnsupported(child, first).isEligible()) {
      assertThat(ChildEligibility.deFactoUnsupported(child, second).isEligible()).isTrue();
    }
  }

  @PropertyTest
  void aSixMonthSituationCountsExactlyFromSixMonthsOn(Gen gen) {
    ParentSituation situation = gen.oneOf(SIX_MONTH_SITUATIONS);
    LocalDate since = BIRTH.plusDays(gen.between(0, 5000));
    Child child =
        child(
            List.of(Kids.father(situation, since), Kids.mother(ParentSituation.DECEASED)),
            Optional.empty());
    LocalDate reached = since.plusMonths(6);

    assertThat(ChildEligibility.deFactoUnsupported(child, reached.minusDays(1)).isEligible())
        .isFalse();
    assertThat(ChildEligibility.deFactoUnsupported(child, reached).isEligible()).isTrue();
  }
}
