package org.shegong.core.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.shegong.core.code.RiskTier;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Visit;
import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

class VisitScheduleProperties {

  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private final TierPolicy policy = TierPolicy.defaults();

  /** Up to twelve visit days, 0 to 400 days after {@link #START}, in any order. */
  private static List<Integer> visitDays(Gen gen) {
    return gen.list(0, 12, () -> gen.between(0, 400));
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

  @PropertyTest
  void gapsAreExactlyTheConsecutiveVisitsFurtherApartThanTheInterval(Gen gen) {
    RiskTier tier = gen.oneOf(RiskTier.class);
    List<Integer> days = visitDays(gen);
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

  @PropertyTest
  void daysOverdueIsTheDistanceFromTheDueDayWhenPositive(Gen gen) {
    RiskTier tier = gen.oneOf(RiskTier.class);
    List<Integer> days = visitDays(gen);
    LocalDate asOf = START.plusDays(gen.between(0, 600));

    VisitSchedule s = policy.schedule(child("C", tier, days), asOf).orElseThrow();
    LocalDate due = s.nextVisitDueOn().orElseThrow();

    assertThat(s.visitDaysOverdue()).isEqualTo(Math.max(0, ChronoUnit.DAYS.between(due, asOf)));
    assertThat(s.visitOverdue()).isEqualTo(asOf.isAfter(due));
  }

  @PropertyTest
  void theRosterIsOrderedByDaysOverdueDescending(Gen gen) {
    List<Integer> lastVisits = visitDays(gen);
    RiskTier tier = gen.oneOf(RiskTier.class);
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
