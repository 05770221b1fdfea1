package org.shegong.core.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.core.model.Demand;

class DemandTriageTest {

  private static Demand demand(String id, Integer urgency, Integer difficulty) {
    Demand.Builder builder = Demand.builder().id(id);
    if (urgency != null) {
      builder.urgency(urgency);
    }
    if (difficulty != null) {
      builder.difficulty(difficulty);
    }
    return builder.build();
  }

  private static List<String> ids(List<Demand> demands) {
    return demands.stream().map(Demand::id).toList();
  }

  @Test
  void ordersByUrgencyThenDifficultyThenId() {
    List<Demand> demands =
        List.of(
            demand("D-05", 1, 3),
            demand("D-04", 3, 1),
            demand("D-03", 2, 2),
            demand("D-02", 3, 3),
            demand("D-01", 3, 1),
            demand("D-06", 2, 3));

    assertThat(ids(DemandTriage.order(demands)))
        .containsExactly("D-02", "D-01", "D-04", "D-06", "D-03", "D-05");
  }

  @Test
  void absentUrgencySortsAfterEveryUrgency() {
    List<Demand> demands =
        List.of(demand("D-1", null, 3), demand("D-2", 1, 1), demand("D-3", null, null));

    assertThat(ids(DemandTriage.order(demands))).containsExactly("D-2", "D-1", "D-3");
  }

  @Test
  void absentDifficultySortsLastWithinItsUrgency() {
    List<Demand> demands =
        List.of(demand("D-1", 3, null), demand("D-2", 3, 1), demand("D-3", 2, 3));

    assertThat(ids(DemandTriage.order(demands))).containsExactly("D-2", "D-1", "D-3");
  }

  @Test
  void outOfRangeValuesCompareAsNumbers() {
    List<Demand> demands = List.of(demand("D-1", 3, 3), demand("D-2", 7, 1), demand("D-3", 0, 3));

    assertThat(ids(DemandTriage.order(demands))).containsExactly("D-2", "D-1", "D-3");
  }

  @Test
  void demandsThatTieCompletelyKeepTheirInputOrder() {
    Demand first = Demand.builder().id("D-1").urgency(2).difficulty(2).summary("先").build();
    Demand second = Demand.builder().id("D-1").urgency(2).difficulty(2).summary("后").build();

    assertThat(DemandTriage.comparator().compare(first, second)).isZero();
    assertThat(DemandTriage.order(List.of(first, second))).containsExactly(first, second);
    assertThat(DemandTriage.order(List.of(second, first))).containsExactly(second, first);
  }

  @Test
  void orderReturnsANewUnmodifiableListAndLeavesTheInputAlone() {
    List<Demand> input = new ArrayList<>(List.of(demand("D-1", 1, 1), demand("D-2", 3, 3)));

    List<Demand> ordered = DemandTriage.order(input);

    assertThat(ids(input)).containsExactly("D-1", "D-2");
    assertThat(ids(ordered)).containsExactly("D-2", "D-1");
    assertThatThrownBy(() -> ordered.add(demand("D-3", 1, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsANullDemand() {
    assertThatThrownBy(() -> DemandTriage.order(Arrays.asList(demand("D-1", 1, 1), null)))
        .isInstanceOf(NullPointerException.class);
  }
}
