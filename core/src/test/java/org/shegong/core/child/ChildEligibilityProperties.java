package org.shegong.core.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.model.Child;
import org.shegong.core.model.Parent;

class ChildEligibilityProperties {

  private static final LocalDate BIRTH = LocalDate.of(2010, 1, 1);
  private static final LocalDate EPOCH = LocalDate.of(2009, 1, 1);

  private static Arbitrary<LocalDate> datesFrom(LocalDate start, int days) {
    return Arbitraries.integers().between(0, days).map(start::plusDays);
  }

  @Provide
  Arbitrary<LocalDate> asOfs() {
    return datesFrom(EPOCH, 22 * 366);
  }

  @Provide
  Arbitrary<Parent> parents() {
    return Combinators.combine(
            Arbitraries.of(ParentRelation.class).optional(0.9),
            Arbitraries.of(ParentSituation.class).optional(0.9),
            datesFrom(EPOCH, 20 * 366).optional(0.8),
            datesFrom(EPOCH, 22 * 366).optional(0.3))
        .as(
            (relation, situation, since, until) -> {
              Parent.Builder b = Parent.builder();
              relation.ifPresent(b::relation);
              situation.ifPresent(b::situation);
              since.ifPresent(b::since);
              until.ifPresent(b::until);
              return b.build();
            });
  }

  @Provide
  Arbitrary<List<Parent>> parentLists() {
    return parents().list().ofMaxSize(3);
  }

  private static Child child(List<Parent> parents, Optional<Boolean> rural) {
    Child.Builder builder = Kids.child(BIRTH).addAllParents(parents);
    rural.ifPresent(builder::ruralHousehold);
    return builder.build();
  }

  @Property
  void aChildIsNeverBothAnOrphanAndDeFactoUnsupported(
      @ForAll("parentLists") List<Parent> parents, @ForAll("asOfs") LocalDate asOf) {
    Child child = child(parents, Optional.of(true));

    boolean orphan = ChildEligibility.orphan(child, asOf).isEligible();
    boolean deFacto = ChildEligibility.deFactoUnsupported(child, asOf).isEligible();

    assertThat(orphan && deFacto).isFalse();
  }

  @Property
  void theOutcomeAgreesWithTheEffectsOfItsReasons(
      @ForAll ChildCategory category,
      @ForAll("parentLists") List<Parent> parents,
      @ForAll Optional<Boolean> rural,
      @ForAll("asOfs") LocalDate asOf) {
    Eligibility e = ChildEligibility.assess(category, child(parents, rural), asOf);

    assertThat(e.reasons()).isNotEmpty();
    assertThat(e.outcome() == EligibilityOutcome.NOT_ELIGIBLE)
        .isEqualTo(!e.reasons(EligibilityOutcome.NOT_ELIGIBLE).isEmpty());
    if (e.outcome() == EligibilityOutcome.ELIGIBLE) {
      assertThat(e.reasons()).allMatch(r -> r.effect() == EligibilityOutcome.ELIGIBLE);
    }
  }

  @Property
  void anEligibleChildIsUnderTheAgeLimitOfItsCategory(
      @ForAll ChildCategory category,
      @ForAll("parentLists") List<Parent> parents,
      @ForAll("asOfs") LocalDate asOf) {
    Eligibility e = ChildEligibility.assess(category, child(parents, Optional.of(true)), asOf);
    int limit = category == ChildCategory.LEFT_BEHIND ? 16 : 18;

    if (e.outcome() != EligibilityOutcome.NOT_ELIGIBLE) {
      assertThat(asOf).isBefore(BIRTH.plusYears(limit));
    }
  }

  @Property
  void whileSixMonthSituationsLastEligibilityOnlyGrowsWithTime(
      @ForAll ParentSituation fatherSituation,
      @ForAll ParentSituation motherSituation,
      @ForAll @IntRange(min = 0, max = 6000) int fatherSince,
      @ForAll @IntRange(min = 0, max = 6000) int motherSince,
      @ForAll @IntRange(min = 0, max = 6100) int earlier,
      @ForAll @IntRange(min = 0, max = 400) int later) {
    // no until: each situation lasts; asOf stays before the 18th birthday (2028-01-01, day 6574)
    Child child =
        child(
            List.of(
                Kids.father(fatherSituation, BIRTH.plusDays(fatherSince)),
                Kids.mother(motherSituation, BIRTH.plusDays(motherSince))),
            Optional.of(true));
    LocalDate first = BIRTH.plusDays(earlier);
    LocalDate second = first.plusDays(later);

    if (ChildEligibility.deFactoUnsupported(child, first).isEligible()) {
      assertThat(ChildEligibility.deFactoUnsupported(child, second).isEligible()).isTrue();
    }
  }

  @Property
  void aSixMonthSituationCountsExactlyFromSixMonthsOn(
      @ForAll("sixMonthSituations") ParentSituation situation,
      @ForAll @IntRange(min = 0, max = 5000) int sinceDays) {
    LocalDate since = BIRTH.plusDays(sinceDays);
    Child child =
        child(
            List.of(Kids.father(situation, since), Kids.mother(ParentSituation.DECEASED)),
            Optional.empty());
    LocalDate reached = since.plusMonths(6);

    assertThat(ChildEligibility.deFactoUnsupported(child, reached.minusDays(1)).isEligible())
        .isFalse();
    assertThat(ChildEligibility.deFactoUnsupported(child, reached).isEligible()).isTrue();
  }

  @Provide
  Arbitrary<ParentSituation> sixMonthSituations() {
    return Arbitraries.of(ParentSituation.class).filter(ParentSituation::requiresSixMonths);
  }
}
