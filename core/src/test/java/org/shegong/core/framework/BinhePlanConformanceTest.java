package org.shegong.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.core.framework.PlanFixtures.NINE_ACTIONS;
import static org.shegong.core.framework.PlanFixtures.framework;
import static org.shegong.core.framework.PlanFixtures.kinds;
import static org.shegong.core.framework.PlanFixtures.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BinhePlanConformanceTest {

  private final ServiceFramework binhe = framework("1+9+N");

  @Test
  void conformingPlanHasNoDiscrepancy() {
    assertThat(binhe.check(plan(List.of("滨河镇社工站"), NINE_ACTIONS, List.of("四点半课堂")))).isEmpty();
  }

  @Test
  void eightActionsAreOneTooFew() {
    List<PlanDiscrepancy> found =
        binhe.check(plan(List.of("滨河镇社工站"), NINE_ACTIONS.subList(0, 8), List.of()));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).ruleCode()).isEqualTo("SG-FWK-003");
    assertThat(found.get(0).slotIndex()).hasValue(1);
    assertThat(found.get(0).expected()).isEqualTo("9");
    assertThat(found.get(0).found()).isEqualTo("8");
    assertThat(found.get(0).messageEn()).contains("exactly 9 distinct items, found 8");
  }

  @Test
  void aRepeatedActionIsRepeatedAndLeavesTooFewDistinctActions() {
    List<String> actions = new ArrayList<>(NINE_ACTIONS.subList(0, 8));
    actions.add(NINE_ACTIONS.get(0));

    List<PlanDiscrepancy> found = binhe.check(plan(List.of("站"), actions, List.of()));

    assertThat(kinds(found)).containsExactly("SG-FWK-009", "SG-FWK-003");
    assertThat(found.get(0).itemIndex()).hasValue(8);
    assertThat(found.get(0).found()).isEqualTo("slots[1][0], slots[1][8]");
  }

  @Test
  void missingSlotIsReportedAtPlanLevel() {
    List<PlanDiscrepancy> found = binhe.check(plan(List.of("站"), NINE_ACTIONS));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).ruleCode()).isEqualTo("SG-FWK-002");
    assertThat(found.get(0).slotIndex()).isEqualTo(OptionalInt.empty());
    assertThat(found.get(0).expected()).isEqualTo("3");
    assertThat(found.get(0).found()).isEqualTo("2");
  }

  @Test
  void adopterNamesTheNineActionsAndTheyBecomeRequired() {
    ServiceFramework named = binhe.withSlot(1, binhe.slots().get(1).withMembers(NINE_ACTIONS));
    List<String> actions = new ArrayList<>(NINE_ACTIONS.subList(0, 8));
    actions.add("别的行动");

    assertThat(named.check(plan(List.of("站"), NINE_ACTIONS, List.of()))).isEmpty();
    assertThat(kinds(named.check(plan(List.of("站"), actions, List.of()))))
        .containsExactly("SG-FWK-004", "SG-FWK-005");
  }
}
