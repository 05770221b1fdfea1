package org.shegong.core.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.shegong.core.code.RiskTier;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Visit;

class VisitScheduleProperties {

  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private final TierPolicy policy = TierPolicy.defaults();

  @Provide
  Arbitrary<List<Integer>> visitDays() {
    return Arbitraries.integers().between(0, 400).list().ofMaxSize(12);
  }

  private static Child child(String id, RiskTier tier, List<Integer> days) {
    Child.Builder b =
        Child.builder()
            .id(id)
            .classification(Classification.builder().tier(tier).assessedOn(START).build());
    for (int day : days) {
      b.addVisits(Visit.builder().on(START.plusDays(day)).build());
    }
    return b.build();
  }

  @Property
  void gapsAreExactlyTheConsecutiveVisitsFurtherApartThanTheInterval(
      @ForAll RiskTier tier, @ForAll("visitDays") List<Integer> days) {
    LocalDate asOf = START.plusDays(400);
    VisitSchedule s = policy.schedule(child("C", tier, days), asOf).orElseThrow();
    long interval = policy.visitIntervalFor(tier).getDays();
    List<Integer> sorted = new ArrayList<>(days);
    sorted.sort(null);
    long expected = 0;
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i) - sorted.get(i - 1) > interval) {
        expected++;
      }
    }

    assertThat(s.gaps()).hasSize((int) expected);
    assertThat(s.gaps()).allSatisfy(g -> assertThat(g.days()).isGreaterThan(g.allowedDays()));
  }

  @Property
  void daysOverdueIsTheDistanceFromTheDueDayWhenPositive(
      @ForAll RiskTier tier,
      @ForAll("visitDays") List<Integer> days,
      @ForAll @IntRange(min = 0, max = 600) int asOfDay) {
    LocalDate asOf = START.plusDays(asOfDay);
    VisitSchedule s = policy.schedule(child("C", tier, days), asOf).orElseThrow();
    LocalDate due = s.nextVisitDueOn().orElseThrow();

    assertThat(s.visitDaysOverdue()).isEqualTo(Math.max(0, ChronoUnit.DAYS.between(due, asOf)));
    assertThat(s.visitOverdue()).isEqualTo(asOf.isAfter(due));
  }

  @Property
  void theRosterIsOrderedByDaysOverdueDescending(
      @ForAll("visitDays") List<Integer> lastVisits, @ForAll RiskTier tier) {
    List<Child> children = new ArrayList<>();
    for (int i = 0; i < lastVisits.size(); i++) {
      children.add(child("C-" + i, tier, List.of(lastVisits.get(i))));
    }

    List<OverdueVisit> roster = policy.overdueVisits(children, START.plusDays(500));

    assertThat(roster).allSatisfy(o -> assertThat(o.daysOverdue()).isPositive());
    for (int i = 1; i < roster.size(); i++) {
      assertThat(roster.get(i - 1).daysOverdue())
          .isGreaterThanOrEqualTo(roster.get(i).daysOverdue());
    }
  }
}
