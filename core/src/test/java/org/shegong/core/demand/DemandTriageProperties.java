package org.shegong.core.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.shegong.core.model.Demand;
import org.shegong.core.property.Gen;
import org.shegong.core.property.PropertyTest;

class DemandTriageProperties {

  /**
   * Up to thirty demands, ids {@code D-00}…{@code D-99} (duplicates happen), levels 1–3 or none.
   */
  private static List<Demand> demands(Gen gen) {
    return gen.list(
        0,
        30,
        () ->
            Demand.builder()
                .id("D-" + gen.digits(2))
                .urgency(gen.optional(0.8, () -> gen.between(1, 3)))
                .difficulty(gen.optional(0.8, () -> gen.between(1, 3)))
                .build());
  }

  @PropertyTest
  void theOrderDoesNotDependOnTheInputOrder(Gen gen) {
    List<Demand> demands = demands(gen);
    List<Demand> shuffled = new ArrayList<>(demands);
    Collections.shuffle(shuffled, new Random(gen.anyLong()));

    assertThat(ids(DemandTriage.order(shuffled))).isEqualTo(ids(DemandTriage.order(demands)));
  }

  @PropertyTest
  void urgencyNeverIncreasesAndAbsentUrgencyComesLast(Gen gen) {
    List<Demand> ordered = DemandTriage.order(demands(gen));

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

  @PropertyTest
  void orderIsAPermutationOfTheInput(Gen gen) {
    List<Demand> demands = demands(gen);

    assertThat(DemandTriage.order(demands)).containsExactlyInAnyOrderElementsOf(demands);
  }

  private static List<String> ids(List<Demand> demands) {
    return demands.stream().map(d -> d.id() + "/" + d.urgency() + "/" + d.difficulty()).toList();
  }
}
