package org.shegong.core.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.core.child.EligibilityOutcome.ELIGIBLE;
import static org.shegong.core.child.EligibilityOutcome.NOT_ELIGIBLE;
import static org.shegong.core.child.EligibilityOutcome.UNDETERMINABLE;
import static org.shegong.core.code.ParentSituation.COMPULSORY_DETOX;
import static org.shegong.core.code.ParentSituation.DECEASED;
import static org.shegong.core.code.ParentSituation.DEPORTED;
import static org.shegong.core.code.ParentSituation.GUARDIANSHIP_REVOKED;
import static org.shegong.core.code.ParentSituation.IMPRISONED;
import static org.shegong.core.code.ParentSituation.LOST_CONTACT;
import static org.shegong.core.code.ParentSituation.MIGRANT_WORKER;
import static org.shegong.core.code.ParentSituation.MISSING;
import static org.shegong.core.code.ParentSituation.NO_GUARDIAN_CAPACITY;
import static org.shegong.core.code.ParentSituation.OTHER_RESTRICTION;
import static org.shegong.core.code.ParentSituation.PRESENT;
import static org.shegong.core.code.ParentSituation.SERIOUS_ILLNESS;
import static org.shegong.core.code.ParentSituation.SEVERE_DISABILITY;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.model.Child;
import org.shegong.core.model.Parent;

class ChildEligibilityTest {

  static final LocalDate BIRTH = LocalDate.of(2010, 6, 15);
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  static Child withParents(Parent... parents) {
    return Kids.child(BIRTH).addParents(parents).ruralHousehold(true).build();
  }

  @Nested
  class Orphan {

    @Test
    void bothParentsDeceasedIsAnOrphan() {
      Eligibility e =
          ChildEligibility.orphan(withParents(Kids.father(DECEASED), Kids.mother(DECEASED)), AS_OF);

      assertThat(e.outcome()).isEqualTo(ELIGIBLE);
      assertThat(e.reasonCodes(ELIGIBLE))
          .containsExactly(
              ReasonCode.UNDER_18,
              ReasonCode.PARENT_DECEASED_OR_MISSING,
              ReasonCode.PARENT_DECEASED_OR_MISSING);
    }

    @Test
    void oneDeceasedAndTheOtherMissingIsAnOrphanEitherWay() {
      assertThat(
              ChildEligibility.orphan(
                      withParents(Kids.father(DECEASED), Kids.mother(MISSING)), AS_OF)
                  .outcome())
          .isEqualTo(ELIGIBLE);
      assertThat(
              ChildEligibility.orphan(
                      withParents(Kids.father(MISSING), Kids.mother(DECEASED)), AS_OF)
                  .outcome())
          .isEqualTo(ELIGIBLE);
    }

    @Test
    void bothParentsMissingIsAnOrphan() {
      assertThat(
              ChildEligibility.orphan(
                      withParents(Kids.father(MISSING), Kids.mother(MISSING)), AS_OF)
                  .outcome())
          .isEqualTo(ELIGIBLE);
    }

    @Test
    void oneParentPresentIsNotAnOrphan() {
      Eligibility e =
          ChildEligibility.orphan(withParents(Kids.father(DECEASED), Kids.mother(PRESENT)), AS_OF);

      assertThat(e.outcome()).isEqualTo(NOT_ELIGIBLE);
      assertThat(e.reasons(NOT_ELIGIBLE))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.code()).isEqualTo(ReasonCode.PARENT_NOT_DECEASED_OR_MISSING);
                assertThat(r.parent()).contains(ParentRelation.MOTHER);
                assertThat(r.textEn())
                    .isEqualTo("the mother is neither deceased nor declared missing");
                assertThat(r.textZh()).isEqualTo("母亲未死亡或宣告失踪");
              });
    }

    @Test
    void isAnOrphanUpToTheDayBeforeThe18thBirthdayOnly() {
      Child child = withParents(Kids.father(DECEASED), Kids.mother(DECEASED));
      LocalDate eighteenth = BIRTH.plusYears(18);

      assertThat(ChildEligibility.orphan(child, eighteenth.minusDays(1)).outcome())
          .isEqualTo(ELIGIBLE);
      Eligibility onBirthday = ChildEligibility.orphan(child, eighteenth);
      assertThat(onBirthday.outcome()).isEqualTo(NOT_ELIGIBLE);
      assertThat(onBirthday.reasonCodes(NOT_ELIGIBLE)).containsExactly(ReasonCode.AGED_18_OR_OVER);
    }

    @Test
    void aMissingParentEntryIsNotRecordedRatherThanPresent() {
      Eligibility e = ChildEligibility.orphan(withParents(Kids.father(DECEASED)), AS_OF);

      assertThat(e.outcome()).isEqualTo(UNDETERMINABLE);
      assertThat(e.reasons(UNDETERMINABLE))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.code()).isEqualTo(ReasonCode.PARENT_NOT_RECORDED);
                assertThat(r.parent()).contains(ParentRelation.MOTHER);
              });
    }

    @Test
    void anEntryWithoutSituationIsNotRecorded() {
      Parent mother = Parent.builder().relation(ParentRelation.MOTHER).build();

      assertThat(
              ChildEligibility.orphan(withParents(Kids.father(DECEASED), mother), AS_OF).outcome())
          .isEqualTo(UNDETERMINABLE);
    }

    @Test
    void twoFathersMakeTheParentsAmbiguous() {
      Eligibility e =
          ChildEligibility.orphan(
              withParents(Kids.father(DECEASED), Kids.father(DECEASED), Kids.mother(DECEASED)),
              AS_OF);

      assertThat(e.outcome()).isEqualTo(UNDETERMINABLE);
      assertThat(e.reasonCodes(UNDETERMINABLE)).containsExactly(ReasonCode.PARENTS_AMBIGUOUS);
    }

    @Test
    void anEntryWithoutRelationMakesTheParentsAmbiguous() {
      Parent unknown = Parent.builder().situation(DECEASED).build();

      assertThat(
              ChildEligibility.orphan(withParents(Kids.father(DECEASED), unknown), AS_OF)
                  .reasonCodes(UNDETERMINABLE))
          .containsExactly(ReasonCode.PARENTS_AMBIGUOUS);
    }

    @Test
    void anUnknownAgeLeavesAnOrphanUndeterminable() {
      Child child =
          Child.builder()
              .id("C-1")
              .addParents(Kids.father(DECEASED), Kids.mother(DECEASED))
              .build();

      Eligibility e = ChildEligibility.orphan(child, AS_OF);

      assertThat(e.outcome()).isEqualTo(UNDETERMINABLE);
      assertThat(e.reasonCodes(UNDETERMINABLE)).containsExactly(ReasonCode.AGE_UNKNOWN);
    }

    @Test
    void usesTheIdForTheAgeWithoutABirthDate() {
      Child child =
          Child.builder()
              .id("C-1")
              .citizenId(Kids.idBornOn(BIRTH))
              .addParents(Kids.father(DECEASED), Kids.mother(DECEASED))
              .build();

      assertThat(ChildEligibility.orphan(child, BIRTH.plusYears(18).minusDays(1)).outcome())
          .isEqualTo(ELIGIBLE);
      assertThat(ChildEligibility.orphan(child, BIRTH.plusYears(18)).outcome())
          .isEqualTo(NOT_ELIGIBLE);
    }
  }

  @Nested
  class DeFactoUnsupported {

    @ParameterizedTest
    @EnumSource(
        value = ParentSituation.class,
        names = {"SEVERE_DISABILITY", "SERIOUS_ILLNESS", "GUARDIANSHIP_REVOKED", "DEPORTED"})
    void bothParentsInQualifyingSituationsQualify(ParentSituation situation) {
      Eligibility e =
          ChildEligibility.deFactoUnsupported(
              withParents(Kids.father(situation), Kids.mother(SEVERE_DISABILITY)), AS_OF);

      assertThat(e.outcome()).isEqualTo(ELIGIBLE);
    }

    @ParameterizedTest
    @EnumSource(
        value = ParentSituation.class,
        names = {"SEVERE_DISABILITY", "SERIOUS_ILLNESS", "GUARDIANSHIP_REVOKED", "DEPORTED"})
    void oneParentDeceasedAndTheOtherQualifyingQualifies(ParentSituation situation) {
      assertThat(
              ChildEligibility.deFactoUnsupported(
                      withParents(Kids.father(DECEASED), Kids.mother(situation)), AS_OF)
                  .outcome())
          .isEqualTo(ELIGIBLE);
      assertThat(
              ChildEligibility.deFactoUnsupported(
                      withParents(Kids.father(situation), Kids.mother(MISSING)), AS_OF)
                  .outcome())
          .isEqualTo(ELIGIBLE);
    }

    @Test
    void bothParentsDeceasedIsAnOrphanNotDeFactoUnsupported() {
      Eligibility e =
          ChildEligibility.deFactoUnsupported(
              withParents(Kids.father(DECEASED), Kids.mother(MISSING)), AS_OF);

      assertThat(e.outcome()).isEqualTo(NOT_ELIGIBLE);
      assertThat(e.reasonCodes(NOT_ELIGIBLE))
          .containsExactly(ReasonCode.BOTH_PARENTS_DECEASED_OR_MISSING);
    }

    @Test
    void aPresentParentRulesItOut() {
      Eligibility e =
          ChildEligibility.deFactoUnsupported(
              withParents(Kids.father(SERIOUS_ILLNESS), Kids.mother(PRESENT)), AS_OF);

      assertThat(e.outcome()).isEqualTo(NOT_ELIGIBLE);
      assertThat(e.reasonCodes(NOT_ELIGIBLE))
          .containsExactly(ReasonCode.PARENT_NOT_IN_QUALIFYING_SITUATION);
    }

    @Test
    void aMigrantParentDoesNotQualify() {
      assertThat(
              ChildEligibility.deFactoUnsupported(
                      withParents(Kids.father(DECEASED), Kids.mother(MIGRANT_WORKER)), AS_OF)
                  .outcome())
          .isEqualTo(NOT_ELIGIBLE);
    }

    @Test
    void oneParentDeceasedAndTheOtherNotRecordedIsUndeterminable() {
      assertThat(
              ChildEligibility.deFactoUnsupported(withParents(Kids.father(DECEASED)), AS_OF)
                  .outcome())
          .isEqualTo(UNDETERMINABLE);
    }

    @Test
    void aPresentParentRulesItOutEvenWhenTheOtherIsNotRecorded() {
      assertThat(
              ChildEligibility.deFactoUnsupported(withParents(Kids.mother(PRESENT)), AS_OF)
                  .outcome())
          .isEqualTo(NOT_ELIGIBLE);
    }

    @Test
    void endsOnThe18thBirthday() {
      Child child = withParents(Kids.father(SEVERE_DISABILITY), Kids.mother(SERIOUS_ILLNESS));

      assertThat(
              ChildEligibility.deFactoUnsupported(child, BIRTH.plusYears(18).minusDays(1))
                  .outcome())
          .isEqualTo(ELIGIBLE);
      assertThat(ChildEligibility.deFactoUnsupported(child, BIRTH.plusYears(18)).outcome())
          .isEqualTo(NOT_ELIGIBLE);
    }

    @ParameterizedTest
    @EnumSource(
        value = ParentSituation.class,
        names = {"IMPRISONED", "COMPULSORY_DETOX", "OTHER_RESTRICTION", "LOST_CONTACT"})
    void aSixMonthSituationCountsFromExactlySixMonths(ParentSituation situation) {
      LocalDate since = LocalDate.of(2024, 1, 15);
      Child child = withParents(Kids.father(DECEASED), Kids.mother(situation, since));

      Eligibility dayBefore = ChildEligibility.deFactoUnsupported(child, LocalDate.of(2024, 7, 14));
      Eligibility sixMonths = ChildEligibility.deFactoUnsupported(child, LocalDate.of(2024, 7, 15));

      assertThat(dayBefore.outcome()).isEqualTo(NOT_ELIGIBLE);
      assertThat(dayBefore.reasonCodes(NOT_ELIGIBLE))
          .containsExactly(ReasonCode.SIX_MONTHS_NOT_REACHED);
      assertThat(dayBefore.textEn())
          .contains("the situation of the mother has not lasted 6 months");
      assertThat(sixMonths.outcome()).isEqualTo(ELIGIBLE);
    }

    @ParameterizedTest
    @EnumSource(
        value = ParentSituation.class,
        names = {"IMPRISONED", "COMPULSORY_DETOX", "OTHER_RESTRICTION", "LOST_CONTACT"})
    void sixMonthsFromTheEndOfAugustEndAtTheEndOfFebruary(ParentSituation situation) {
      Child leap =
          withParents(
              Kids.father(SEVERE_DISABILITY), Kids.mother(situation, LocalDate.of(2023, 8, 31)));
      Child common =
          withParents(
              Kids.father(SEVERE_DISABILITY), Kids.mother(situation, LocalDate.of(2022, 8, 31)));

      assertThat(ChildEligibility.deFactoUnsupported(leap, LocalDate.of(2024, 2, 28)).outcome())
          .isEqualTo(NOT_ELIGIBLE);
      assertThat(ChildEligibility.deFactoUnsupported(leap, LocalDate.of(2024, 2, 29)).outcome())
          .isEqualTo(ELIGIBLE);
      assertThat(ChildEligibility.deFactoUnsupported(common, LocalDate.of(2023, 2, 27)).outcome())
          .isEqualTo(NOT_ELIGIBLE);
      assertThat(ChildEligibility.deFactoUnsupported(common, LocalDate.of(2023, 2, 28)).outcome())
          .isEqualTo(ELIGIBLE);
    }

    @ParameterizedTest
    @EnumSource(
        value = ParentSituation.class,
        names = {"IMPRISONED", "COMPULSORY_DETOX", "OTHER_RESTRICTION"})
    void aRestrictionWithAKnownTermOfSixMonthsCountsFromItsFirstDay(ParentSituation situation) {
      LocalDate since = LocalDate.of(2024, 6, 1);
      Parent sixMonthTerm =
          Parent.builder()
              .relation(ParentRelation.FATHER)
              .situation(situation)
              .since(since)
              .until(LocalDate.of(2024, 12, 1))
              .build();
      Parent shorterTerm =
          Parent.builder().from(sixMonthTerm).until(LocalDate.of(2024, 11, 30)).build();

      assertThat(
              ChildEligibility.deFactoUnsupported(
                      withParents(sixMonthTerm, Kids.mother(DECEASED)), since)
                  .outcome())
          .isEqualTo(ELIGIBLE);
      assertThat(
              ChildEligibility.deFactoUnsupported(
                      withParents(shorterTerm, Kids.mother(DECEASED)), AS_OF)
                  .reasonCodes(NOT_ELIGIBLE))
          .containsExactly(ReasonCode.SIX_MONTHS_NOT_REACHED);
    }

    @Test
    void lostContactWithAnEndDateStillNeedsSixMonthsElapsed() {
      Parent lost =
          Parent.builder()
              .relation(ParentRelation.FATHER)
              .situation(LOST_CONTACT)
              .since(LocalDate.of(2024, 6, 1))
              .until(LocalDate.of(2025, 6, 1))
              .build();

      assertThat(
              ChildEligibility.deFactoUnsupported(withParents(lost, Kids.mother(DECEASED)), AS_OF)
                  .outcome())
          .isEqualTo(NOT_ELIGIBLE);
    }

    @Test
    void aSixMonthSituationWithoutStartDateIsUndeterminable() {
      Eligibility e =
          ChildEligibility.deFactoUnsupported(
              withParents(Kids.father(IMPRISONED), Kids.mother(DECEASED)), AS_OF);

      assertThat(e.outcome()).isEqualTo(UNDETERMINABLE);
      assertThat(e.reasonCodes(UNDETERMINABLE)).containsExactly(ReasonCode.SINCE_NOT_RECORDED);
    }

    @Test
    void anEndedSituationNoLongerCounts() {
      Parent released =
          Parent.builder()
              .relation(ParentRelation.FATHER)
              .situation(COMPULSORY_DETOX)
              .since(LocalDate.of(2022, 1, 1))
              .until(AS_OF.minusDays(1))
              .build();
      Parent onLastDay = Parent.builder().from(released).until(AS_OF).build();

      Eligibility ended =
          ChildEligibility.deFactoUnsupported(withParents(released, Kids.mother(DECEASED)), AS_OF);
      assertThat(ended.reasonCodes(NOT_ELIGIBLE)).containsExactly(ReasonCode.SITUATION_ENDED);
      assertThat(
              ChildEligibility.deFactoUnsupported(
                      withParents(onLastDay, Kids.mother(DECEASED)), AS_OF)
                  .outcome())
          .isEqualTo(ELIGIBLE);
    }

    @Test
    void aSituationStartingAfterTheDateDoesNotCount() {
      Eligibility e =
          ChildEligibility.deFactoUnsupported(
              withParents(
                  Kids.father(GUARDIANSHIP_REVOKED, AS_OF.plusDays(1)), Kids.mother(DEPORTED)),
              AS_OF);

      assertThat(e.reasonCodes(NOT_ELIGIBLE)).containsExactly(ReasonCode.SITUATION_NOT_YET_BEGUN);
    }

    @Test
    void reasonsNeverNameTheSituation() {
      Eligibility e =
          ChildEligibility.deFactoUnsupported(
              withParents(Kids.father(IMPRISONED, AS_OF.minusMonths(1)), Kids.mother(DECEASED)),
              AS_OF);

      assertThat(e.textEn()).doesNotContainIgnoringCase("impris");
      assertThat(e.textZh()).doesNotContain("服刑");
      assertThat(e.toString()).doesNotContain(Kids.NAME).doesNotContain("IMPRISONED");
    }
  }

  @Nested
  class LeftBehind {

    @Test
    void bothParentsMigrantWorkersOnARuralHouseholdQualify() {
      Eligibility e =
          ChildEligibility.leftBehind(
              withParents(Kids.father(MIGRANT_WORKER), Kids.mother(MIGRANT_WORKER)), AS_OF);

      assertThat(e.outcome()).isEqualTo(ELIGIBLE);
      assertThat(e.reasonCodes(ELIGIBLE))
          .containsExactly(
              ReasonCode.UNDER_16,
              ReasonCode.RURAL_HOUSEHOLD,
              ReasonCode.PARENT_MIGRANT_WORKER,
              ReasonCode.PARENT_MIGRANT_WORKER);
    }

    @Test
    void oneMigrantAndTheOtherWithoutCapacityQualifyEitherWay() {
      assertThat(
              ChildEligibility.leftBehind(
                      withParents(Kids.father(MIGRANT_WORKER), Kids.mother(NO_GUARDIAN_CAPACITY)),
                      AS_OF)
                  .outcome())
          .isEqualTo(ELIGIBLE);
      assertThat(
              ChildEligibility.leftBehind(
                      withParents(Kids.father(NO_GUARDIAN_CAPACITY), Kids.mother(MIGRANT_WORKER)),
                      AS_OF)
                  .outcome())
          .isEqualTo(ELIGIBLE);
    }

    @Test
    void bothWithoutCapacityAndNoMigrantDoesNotQualify() {
      Eligibility e =
          ChildEligibility.leftBehind(
              withParents(Kids.father(NO_GUARDIAN_CAPACITY), Kids.mother(NO_GUARDIAN_CAPACITY)),
              AS_OF);

      assertThat(e.outcome()).isEqualTo(NOT_ELIGIBLE);
      assertThat(e.reasonCodes(NOT_ELIGIBLE)).containsExactly(ReasonCode.NO_PARENT_MIGRANT_WORKER);
    }

    @Test
    void oneMigrantAndOnePresentDoesNotQualify() {
      assertThat(
              ChildEligibility.leftBehind(
                      withParents(Kids.father(MIGRANT_WORKER), Kids.mother(PRESENT)), AS_OF)
                  .reasonCodes(NOT_ELIGIBLE))
          .containsExactly(ReasonCode.PARENT_NEITHER_MIGRANT_NOR_WITHOUT_CAPACITY);
    }

    @Test
    void endsOnThe16thBirthday() {
      Child child = withParents(Kids.father(MIGRANT_WORKER), Kids.mother(MIGRANT_WORKER));
      LocalDate sixteenth = BIRTH.plusYears(16);

      assertThat(ChildEligibility.leftBehind(child, sixteenth.minusDays(1)).outcome())
          .isEqualTo(ELIGIBLE);
      Eligibility onBirthday = ChildEligibility.leftBehind(child, sixteenth);
      assertThat(onBirthday.outcome()).isEqualTo(NOT_ELIGIBLE);
      assertThat(onBirthday.reasonCodes(NOT_ELIGIBLE)).containsExactly(ReasonCode.AGED_16_OR_OVER);
    }

    @Test
    void needsARuralHousehold() {
      Child urban =
          Child.builder()
              .from(withParents(Kids.father(MIGRANT_WORKER), Kids.mother(MIGRANT_WORKER)))
              .ruralHousehold(false)
              .build();
      Child unknown = Child.builder().from(urban).ruralHousehold(Optional.empty()).build();

      assertThat(ChildEligibility.leftBehind(urban, AS_OF).reasonCodes(NOT_ELIGIBLE))
          .containsExactly(ReasonCode.NOT_RURAL_HOUSEHOLD);
      assertThat(ChildEligibility.leftBehind(unknown, AS_OF).reasonCodes(UNDETERMINABLE))
          .containsExactly(ReasonCode.RURAL_HOUSEHOLD_NOT_RECORDED);
      assertThat(ChildEligibility.leftBehind(unknown, AS_OF).outcome()).isEqualTo(UNDETERMINABLE);
    }
  }

  @Nested
  class InDifficulty {

    @ParameterizedTest
    @EnumSource(
        value = ChildCategory.class,
        names = {"POVERTY", "DISABILITY", "GUARDIANSHIP"})
    void isUndeterminableUnder18AndNotEligibleFrom18(ChildCategory category) {
      Child child = Kids.child(BIRTH).build();

      Eligibility under =
          ChildEligibility.assess(category, child, BIRTH.plusYears(18).minusDays(1));
      Eligibility over = ChildEligibility.assess(category, child, BIRTH.plusYears(18));

      assertThat(under.outcome()).isEqualTo(UNDETERMINABLE);
      assertThat(under.reasonCodes(UNDETERMINABLE))
          .containsExactly(ReasonCode.NOT_DERIVABLE_FROM_EXCHANGE_DATA);
      assertThat(over.outcome()).isEqualTo(NOT_ELIGIBLE);
      assertThat(over.reasonCodes(NOT_ELIGIBLE)).containsExactly(ReasonCode.AGED_18_OR_OVER);
    }
  }

  @Test
  void assessAllGivesOneResultPerCategory() {
    Map<ChildCategory, Eligibility> all =
        ChildEligibility.assessAll(
            withParents(Kids.father(DECEASED), Kids.mother(DECEASED)), AS_OF);

    assertThat(all).containsOnlyKeys(ChildCategory.values());
    assertThat(all.get(ChildCategory.ORPHAN).isEligible()).isTrue();
    assertThat(all.get(ChildCategory.DE_FACTO_UNSUPPORTED).outcome()).isEqualTo(NOT_ELIGIBLE);
    assertThat(all.get(ChildCategory.LEFT_BEHIND).outcome()).isEqualTo(NOT_ELIGIBLE);
    assertThat(all.values()).allSatisfy(e -> assertThat(e.category()).isNotNull());
  }

  @Test
  void noResultContainsTheChildsNameOrId() {
    Child child = withParents(Kids.father(DECEASED), Kids.mother(SERIOUS_ILLNESS));
    String id = Kids.idBornOn(BIRTH).value();

    assertThat(ChildEligibility.assessAll(child, AS_OF).values())
        .allSatisfy(
            e ->
                assertThat(e.toString() + e.textZh() + e.textEn())
                    .doesNotContain(Kids.NAME)
                    .doesNotContain(id));
  }

  @Test
  void compulsoryDetoxStartingTodayNeedsItsTerm() {
    // COMPULSORY_DETOX is usually ordered for two years: a known term counts from day one
    Parent detox =
        Parent.builder()
            .relation(ParentRelation.MOTHER)
            .situation(COMPULSORY_DETOX)
            .since(AS_OF)
            .until(AS_OF.plusYears(2))
            .build();

    assertThat(
            ChildEligibility.deFactoUnsupported(
                    withParents(Kids.father(OTHER_RESTRICTION, AS_OF.minusYears(1)), detox), AS_OF)
                .outcome())
        .isEqualTo(ELIGIBLE);
  }
}
