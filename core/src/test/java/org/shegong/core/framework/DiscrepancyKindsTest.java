package org.shegong.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.shegong.core.framework.PlanFixtures.kinds;
import static org.shegong.core.framework.PlanFixtures.plan;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscrepancyKindsTest {

  /** 2+X with a minimum of 2 on X: small enough to show each rule alone. */
  private final ServiceFramework small =
      ServiceFramework.builder()
          .code("2+X")
          .name("test framework")
          .addSlots(
              FrameworkSlot.of(SlotCount.fixed(2), "两项", "two"),
              FrameworkSlot.builder()
                  .count(SlotCount.variable("X"))
                  .label("若干")
                  .labelEn("some")
                  .minimum(2)
                  .build())
          .build();

  private final List<List<String>> good = plan(List.of("a", "b"), List.of("c", "d"));

  @Test
  void goodPlanIsSilent() {
    assertThat(small.check(good)).isEmpty();
  }

  @Test
  void slotCountMismatchFiresForTooFewAndTooManySlots() {
    assertThat(kinds(small.check(plan(List.of("a", "b"))))).containsExactly("SG-FWK-002");
    assertThat(kinds(small.check(plan(List.of("a", "b"), List.of("c", "d"), List.of("e")))))
        .containsExactly("SG-FWK-002");
    assertThat(kinds(small.check(List.of()))).containsExactly("SG-FWK-002");
  }

  @Test
  void slotCountMismatchStillReportsTheFrameworkIndependentRules() {
    assertThat(kinds(small.check(plan(List.of("a", "a", " "), List.of("c", "a"), List.of()))))
        .containsExactly("SG-FWK-002", "SG-FWK-009", "SG-FWK-008", "SG-FWK-007");
  }

  @Test
  void fixedCountFiresBelowAndAboveTheCount() {
    assertThat(kinds(small.check(plan(List.of("a"), List.of("c", "d")))))
        .containsExactly("SG-FWK-003");
    assertThat(kinds(small.check(plan(List.of("a", "b", "e"), List.of("c", "d")))))
        .containsExactly("SG-FWK-003");
  }

  @Test
  void variableSlotExactlyAtItsMinimumIsSilentAndOneBelowFires() {
    assertThat(small.check(plan(List.of("a", "b"), List.of("c", "d")))).isEmpty();

    List<PlanDiscrepancy> found = small.check(plan(List.of("a", "b"), List.of("c")));
    assertThat(kinds(found)).containsExactly("SG-FWK-006");
    assertThat(found.get(0).expected()).isEqualTo(">= 2");
    assertThat(found.get(0).found()).isEqualTo("1");
  }

  @Test
  void repeatsDoNotCountTowardsTheMinimum() {
    assertThat(kinds(small.check(plan(List.of("a", "b"), List.of("c", "c")))))
        .containsExactly("SG-FWK-009", "SG-FWK-006");
  }

  @Test
  void blankItemFiresForEmptyAndWhitespaceOnlyItemsWithTheirIndex() {
    List<PlanDiscrepancy> found =
        small.check(plan(List.of("a", "b"), List.of("c", "d", "", "\t　")));

    assertThat(kinds(found)).containsExactly("SG-FWK-008", "SG-FWK-008");
    assertThat(found).extracting(d -> d.itemIndex().getAsInt()).containsExactly(2, 3);
    assertThat(found.get(0).messageEn()).contains("slots[1][2]");
  }

  @Test
  void itemsDifferingOnlyInCaseOrSpacesAreDistinct() {
    assertThat(small.check(plan(List.of("a", "A"), List.of("a ", "b ")))).isEmpty();
  }

  @Test
  void itemInThreeSlotsIsReportedAgainstItsFirstSlot() {
    ServiceFramework three = ServiceFramework.ofNotation("X+X+X", "three");

    List<PlanDiscrepancy> found = three.check(plan(List.of("a"), List.of("a"), List.of("a")));

    assertThat(kinds(found)).containsExactly("SG-FWK-007", "SG-FWK-007");
    assertThat(found).extracting(d -> d.slotIndex().getAsInt()).containsExactly(1, 2);
    assertThat(found).extracting(d -> d.otherSlotIndex().getAsInt()).containsExactly(0, 0);
  }

  @Test
  void rejectsNullsAsProgrammingErrorsNamingWhere() {
    assertThatNullPointerException().isThrownBy(() -> small.check(null));
    assertThatNullPointerException()
        .isThrownBy(() -> small.check(plan(List.of("a"), null)))
        .withMessage("slotItems[1]");
    assertThatNullPointerException()
        .isThrownBy(() -> small.check(plan(List.of("a"), Arrays.asList("c", null))))
        .withMessage("slotItems[1][1]");
  }
}
