package org.shegong.core.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.VisitKind;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Visit;

class VisitScheduleTest {

  private static final TierPolicy POLICY = TierPolicy.defaults();
  private static final LocalDate ASSESSED = LocalDate.of(2024, 3, 1);

  private static Visit visit(LocalDate on) {
    return Visit.builder().on(on).workerId("W-1").kind(VisitKind.HOME_VISIT).build();
  }

  private static Child child(String id, RiskTier tier, LocalDate... visits) {
    Child.Builder builder =
        Kids.child(LocalDate.of(2012, 5, 5))
            .id(id)
            .classification(Classification.builder().tier(tier).assessedOn(ASSESSED).build());
    for (LocalDate on : visits) {
      builder.addVisits(visit(on));
    }
    return builder.build();
  }

  private static VisitSchedule schedule(Child child, LocalDate asOf) {
    return POLICY.schedule(child, asOf).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({"TIER_1, 7", "TIER_2, 14", "TIER_3, 30", "TIER_4, 90"})
  void aVisitIsOnTimeOnTheDueDayAndOverdueTheDayAfter(RiskTier tier, int days) {
    LocalDate last = LocalDate.of(2024, 5, 10);
    Child child = child("C-1", tier, LocalDate.of(2024, 5, 1), last);
    LocalDate due = last.plusDays(days);

    VisitSchedule onDueDay = schedule(child, due);
    VisitSchedule dayAfter = schedule(child, due.plusDays(1));

    assertThat(onDueDay.nextVisitDueOn()).contains(due);
    assertThat(onDueDay.visitOverdue()).isFalse();
    assertThat(onDueDay.visitDaysOverdue()).isZero();
    assertThat(dayAfter.visitOverdue()).isTrue();
    assertThat(dayAfter.visitDaysOverdue()).isEqualTo(1);
  }

  @Test
  void aVisitOnTheDueDayKeepsTheGapWithinTheInterval() {
    Child onTime =
        child("C-1", RiskTier.TIER_1, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 8));
    Child late = child("C-1", RiskTier.TIER_1, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 9));

    assertThat(schedule(onTime, LocalDate.of(2024, 5, 9)).gaps()).isEmpty();
    assertThat(schedule(late, LocalDate.of(2024, 5, 9)).gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.from()).isEqualTo(LocalDate.of(2024, 5, 1));
              assertThat(gap.to()).isEqualTo(LocalDate.of(2024, 5, 9));
              assertThat(gap.days()).isEqualTo(8);
              assertThat(gap.allowedDays()).isEqualTo(7);
              assertThat(gap.dueOn()).isEqualTo(LocalDate.of(2024, 5, 8));
            });
  }

  @Test
  void sortsVisitsBeforeLookingForGapsAndIgnoresFutureOrUndatedVisits() {
    Child child =
        Kids.child(LocalDate.of(2012, 5, 5))
            .classification(
                Classification.builder().tier(RiskTier.TIER_2).assessedOn(ASSESSED).build())
            .addVisits(
                visit(LocalDate.of(2024, 6, 20)),
                visit(LocalDate.of(2024, 5, 1)),
                Visit.builder().workerId("W-1").build(),
                visit(LocalDate.of(2024, 5, 10)),
                visit(LocalDate.of(2024, 7, 30)))
            .build();

    VisitSchedule s = schedule(child, LocalDate.of(2024, 6, 30));

    assertThat(s.lastVisitOn()).contains(LocalDate.of(2024, 6, 20));
    assertThat(s.nextVisitDueOn()).contains(LocalDate.of(2024, 7, 4));
    assertThat(s.gaps()).extracting(VisitGap::from).containsExactly(LocalDate.of(2024, 5, 10));
    assertThat(s.gaps().get(0).days()).isEqualTo(41);
  }

  @Test
  void withoutVisitsTheFirstIsDueAnIntervalAfterTheAssessment() {
    VisitSchedule s = schedule(child("C-1", RiskTier.TIER_3), LocalDate.of(2024, 4, 1));

    assertThat(s.lastVisitOn()).isEmpty();
    assertThat(s.nextVisitDueOn()).contains(LocalDate.of(2024, 3, 31));
    assertThat(s.visitDaysOverdue()).isEqualTo(1);
  }

  @Test
  void withoutVisitsOrAssessmentTheDueDayIsUnknown() {
    Child child =
        Kids.child(LocalDate.of(2012, 5, 5))
            .classification(Classification.builder().tier(RiskTier.TIER_1).build())
            .build();

    VisitSchedule s = schedule(child, LocalDate.of(2024, 4, 1));

    assertThat(s.nextVisitDueOn()).isEmpty();
    assertThat(s.visitOverdue()).isFalse();
    assertThat(s.reviewDueOn()).isEmpty();
  }

  @Test
  void thereIsNoScheduleWithoutATier() {
    assertThat(POLICY.schedule(Kids.child(LocalDate.of(2012, 5, 5)).build(), ASSESSED)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RiskTier.class)
  void reviewWithoutNextReviewDateIsDueAReviewPeriodAfterAssessment(RiskTier tier) {
    LocalDate due = ASSESSED.plus(POLICY.reviewPeriodFor(tier));
    Child child = child("C-1", tier);

    assertThat(schedule(child, due).reviewOverdue()).isFalse();
    assertThat(schedule(child, due).reviewDueFromPolicy()).isTrue();
    assertThat(schedule(child, due.plusDays(1)).reviewOverdue()).isTrue();
    assertThat(schedule(child, due.plusDays(1)).reviewDaysOverdue()).isEqualTo(1);
  }

  @Test
  void theNextReviewDateWinsOverThePolicy() {
    LocalDate next = LocalDate.of(2025, 1, 31);
    Child child =
        Kids.child(LocalDate.of(2012, 5, 5))
            .classification(
                Classification.builder()
                    .tier(RiskTier.TIER_1)
                    .assessedOn(ASSESSED)
                    .nextReviewOn(next)
                    .build())
            .build();

    assertThat(schedule(child, next).reviewOverdue()).isFalse();
    VisitSchedule late = schedule(child, next.plusDays(1));
    assertThat(late.reviewOverdue()).isTrue();
    assertThat(late.reviewDueFromPolicy()).isFalse();
    assertThat(late.reviewOverdueMessageEn())
        .contains(
            "SG-CHD-016 the classification was due for review on 2025-01-31 and is 1 day overdue"
                + " on 2025-02-01");
  }

  @Test
  void messagesNameThePolicyValue() {
    VisitSchedule s =
        schedule(
            child("C-1", RiskTier.TIER_1, LocalDate.of(2024, 6, 1)), LocalDate.of(2024, 6, 10));

    assertThat(s.visitOverdueMessageEn())
        .contains(
            "SG-CHD-014 the next visit was due on 2024-06-08 and is 2 days overdue on 2024-06-10"
                + " (visit interval for TIER_1 (red) is 7 days under policy 'Shegong defaults')");
    assertThat(s.visitOverdueMessageZh().orElseThrow()).contains("已逾期2天").contains("走访间隔为7天");
    assertThat(s.reviewOverdueMessageEn().orElseThrow())
        .endsWith("(review period for TIER_1 (red) is 1 month under policy 'Shegong defaults')");
    assertThat(
            schedule(
                    child("C-1", RiskTier.TIER_1, LocalDate.of(2024, 6, 9)),
                    LocalDate.of(2024, 6, 10))
                .visitOverdueMessageEn())
        .isEmpty();
  }

  @Test
  void aReplacedPolicyChangesTheDueDay() {
    TierPolicy weekly =
        TierPolicy.builder()
            .name("weekly")
            .putVisitIntervals(RiskTier.TIER_4, Period.ofDays(7))
            .build();
    Child child = child("C-1", RiskTier.TIER_4, LocalDate.of(2024, 6, 1));

    assertThat(weekly.schedule(child, LocalDate.of(2024, 6, 9)).orElseThrow().visitDaysOverdue())
        .isEqualTo(1);
    assertThat(POLICY.schedule(child, LocalDate.of(2024, 6, 9)).orElseThrow().visitOverdue())
        .isFalse();
  }

  @Test
  void aCitizenIdUsedAsTheChildsIdIsMaskedInToString() {
    Child child = child("11010519491231002X", RiskTier.TIER_2, LocalDate.of(2024, 6, 1));
    LocalDate asOf = LocalDate.of(2024, 6, 30);

    OverdueVisit overdue = POLICY.overdueVisits(List.of(child), asOf).get(0);

    assertThat(overdue.childId()).isEqualTo("11010519491231002X");
    assertThat(overdue.toString()).startsWith("110105********002X ");
    assertThat(POLICY.schedule(child, asOf).orElseThrow().toString())
        .contains("child=110105********002X")
        .doesNotContain("11010519491231002X");
  }

  @Test
  void theRosterListsOverdueChildrenLongestOverdueFirst() {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    List<Child> children =
        List.of(
            child("C-3", RiskTier.TIER_2, LocalDate.of(2024, 6, 1)), // due 06-15: 15 days
            child("C-1", RiskTier.TIER_1, LocalDate.of(2024, 6, 20)), // due 06-27: 3 days
            child("C-2", RiskTier.TIER_1, LocalDate.of(2024, 6, 25)), // due 07-02: on time
            child("C-4", RiskTier.TIER_1, LocalDate.of(2024, 6, 8)), // due 06-15: 15 days
            Kids.child(LocalDate.of(2012, 1, 1)).id("C-5").build()); // no tier

    List<OverdueVisit> overdue = POLICY.overdueVisits(children, asOf);

    assertThat(overdue).extracting(OverdueVisit::childId).containsExactly("C-3", "C-4", "C-1");
    assertThat(overdue).extracting(OverdueVisit::daysOverdue).containsExactly(15L, 15L, 3L);
    assertThat(overdue.get(0).tier()).isEqualTo(RiskTier.TIER_2);
    assertThat(overdue.get(0).dueOn()).isEqualTo(LocalDate.of(2024, 6, 15));
    assertThat(overdue.get(0).lastVisitOn()).contains(LocalDate.of(2024, 6, 1));
    assertThat(overdue.toString()).doesNotContain(Kids.NAME).doesNotContain("110101");
  }

  @Test
  void noScheduleTextContainsTheChildsNameOrId() {
    VisitSchedule s =
        schedule(
            child("C-9", RiskTier.TIER_1, LocalDate.of(2024, 1, 1)), LocalDate.of(2024, 6, 30));

    String all =
        s.toString()
            + s.visitOverdueMessageEn().orElseThrow()
            + s.visitOverdueMessageZh().orElseThrow()
            + s.reviewOverdueMessageEn().orElseThrow()
            + s.reviewOverdueMessageZh().orElseThrow();
    assertThat(all).doesNotContain(Kids.NAME).doesNotContain("110101").contains("C-9");
  }
}
