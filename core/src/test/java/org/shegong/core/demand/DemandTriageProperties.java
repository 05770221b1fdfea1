package org.shegong.core.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.shegong.core.model.Demand;

class DemandTriageProperties {

  @Provide
  Arbitrary<List<Demand>> demands() {
    Arbitrary<Optional<Integer>> level = Arbitraries.integers().between(1, 3).optional(0.8);
    Arbitrary<Demand> demand =
        Combinators.combine(Arbitraries.strings().numeric().ofLength(2), level, level)
            .as(
                (id, urgency, difficulty) ->
                    Demand.builder().id("D-" + id).urgency(urgency).difficulty(difficulty).build());
    return demand.list().ofMaxSize(30);
  }

  @Property
  void theOrderDoesNotDependOnTheInputOrder(
      @ForAll("demands") List<Demand> demands, @ForAll long seed) {
    List<Demand> shuffled = new ArrayList<>(demands);
    Collections.shuffle(shuffled, new java.util.Random(seed));

    assertThat(ids(DemandTriage.order(shuffled))).isEqualTo(ids(DemandTriage.order(demands)));
  }

  @Property
  void urgencyNeverIncreasesAndAbsentUrgencyComesLast(@ForAll("demands") List<Demand> demands) {
    List<Demand> ordered = DemandTriage.order(demands);

    for (int i = 1; i < ordered.size(); i++) {
      Optional<Integer> before = ordered.get(i - 1).urgency();
      Optional<Integer> after = ordered.get(i).urgency();
      if (before.isEmpty()) {
        assertThat(after).isEmpty();
      } else if (after.isPresent()) {
        assertThat(after.get()).isLessThanOrEqualTo(before.get());
      }
    }
  }

  @Property
  void orderIsAPermutationOfTheInput(@ForAll("demands") List<Demand> demands) {
    assertThat(DemandTriage.order(demands)).containsExactlyInAnyOrderElementsOf(demands);
  }

  private static List<String> ids(List<Demand> demands) {
    return demands.stream().map(d -> d.id() + "/" + d.urgency() + "/" + d.difficulty()).toList();
  }
}
