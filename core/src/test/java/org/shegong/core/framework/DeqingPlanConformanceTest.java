package org.shegong.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.core.framework.PlanFixtures.framework;
import static org.shegong.core.framework.PlanFixtures.kinds;
import static org.shegong.core.framework.PlanFixtures.plan;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeqingPlanConformanceTest {

  private final ServiceFramework deqing = framework("1+3+3X+N");

  @Test
  void conformingPlanHasNoDiscrepancy() {
    assertThat(
            deqing.check(
                plan(List.of("a"), List.of("b", "c", "d"), List.of("e", "f", "g"), List.of())))
        .isEmpty();
  }

  @Test
  void coefficientImpliesNoMinimumByDefault() {
    assertThat(deqing.check(plan(List.of("a"), List.of("b", "c", "d"), List.of(), List.of())))
        .isEmpty();
  }

  @Test
  void fourItemsInTheThreeSlotIsOneTooMany() {
    List<PlanDiscrepancy> found =
        deqing.check(plan(List.of("a"), List.of("b", "c", "d", "e"), List.of(), List.of()));

    assertThat(kinds(found)).containsExactly("SG-FWK-003");
    assertThat(found.get(0).messageZh()).contains("第2项").contains("应有且仅有3个");
  }

  @Test
  void adopterWhoReadsThreeXAsAtLeastThreeDeclaresTheMinimum() {
    ServiceFramework atLeastThree =
        deqing.withSlot(
            2,
            FrameworkSlot.builder()
                .count(SlotCount.variable(3, "X"))
                .label("特色服务")
                .labelEn("featured services")
                .minimum(3)
                .build());

    List<PlanDiscrepancy> found =
        atLeastThree.check(
            plan(List.of("a"), List.of("b", "c", "d"), List.of("e", "f"), List.of()));

    assertThat(kinds(found)).containsExactly("SG-FWK-006");
    assertThat(found.get(0).messageEn()).contains("\"featured services\"");
  }
}
