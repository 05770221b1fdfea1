package org.shegong.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceFrameworkTest {

  private static FrameworkSlot open(SlotCount count) {
    return FrameworkSlot.of(count, "标签", "label");
  }

  @Test
  void slotsMustFollowTheNotationInOrder() {
    assertThatThrownBy(
            () ->
                ServiceFramework.builder()
                    .code("1+5+X")
                    .name("n")
                    .addSlots(
                        open(SlotCount.fixed(1)),
                        open(SlotCount.variable("X")),
                        open(SlotCount.fixed(5)))
                    .build())
        .isInstanceOf(FrameworkDefinitionException.class)
        .hasMessageStartingWith("SG-FWK-011")
        .hasMessageContaining("slot 2 has count X but the notation's term 2 is 5")
        .hasMessageContaining("slot 3 has count 5 but the notation's term 3 is X");
  }

  @Test
  void slotsMustBeAsManyAsTheTerms() {
    assertThatThrownBy(
            () ->
                ServiceFramework.builder()
                    .code("1+5+X")
                    .name("n")
                    .addSlots(open(SlotCount.fixed(1)))
                    .build())
        .isInstanceOf(FrameworkDefinitionException.class)
        .hasMessageContaining("the notation has 3 terms but 1 slots are declared");
  }

  @Test
  void malformedCodeIsRejectedWithTheNotationRule() {
    assertThatThrownBy(() -> ServiceFramework.ofNotation("1+1+5+x", "n"))
        .isInstanceOf(FrameworkNotationException.class)
        .hasMessageContaining("position 7");
    assertThatThrownBy(() -> ServiceFramework.builder().code("1 + X").name("n").addSlots().build())
        .isInstanceOf(FrameworkNotationException.class);
  }

  @Test
  void missingNameAndBlankRegionAreAllReported() {
    assertThatThrownBy(
            () ->
                ServiceFramework.builder()
                    .code("X")
                    .name(" ")
                    .region("")
                    .addSlots(open(SlotCount.variable("X")))
                    .build())
        .isInstanceOf(FrameworkDefinitionException.class)
        .extracting(e -> ((FrameworkDefinitionException) e).problems())
        .asList()
        .hasSize(2);
  }

  @Test
  void closedMemberSetMustMatchTheFixedCount() {
    assertThatThrownBy(
            () ->
                FrameworkSlot.builder()
                    .count(SlotCount.fixed(5))
                    .label("领域")
                    .labelEn("domains")
                    .members(List.of("A", "B", "C", "D"))
                    .build())
        .isInstanceOf(FrameworkDefinitionException.class)
        .hasMessageContaining("4 members but the fixed count is 5");
  }

  @Test
  void variableSlotCannotBeClosedAndFixedSlotHasNoMinimum() {
    assertThatThrownBy(() -> open(SlotCount.variable("X")).withMembers(List.of("A")))
        .isInstanceOf(FrameworkDefinitionException.class)
        .hasMessageContaining("only a fixed slot can be closed");
    assertThatThrownBy(() -> open(SlotCount.fixed(1)).withMinimum(1))
        .isInstanceOf(FrameworkDefinitionException.class)
        .hasMessageContaining("it is exact");
    assertThatThrownBy(() -> open(SlotCount.variable("X")).withMinimum(-1))
        .isInstanceOf(FrameworkDefinitionException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void slotNeedsCountLabelsAndNonBlankMembers() {
    assertThatThrownBy(() -> FrameworkSlot.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("count")
        .hasMessageContaining("label")
        .hasMessageContaining("labelEn");
    assertThatThrownBy(() -> FrameworkSlot.of(SlotCount.fixed(1), " ", "slot"))
        .isInstanceOf(FrameworkDefinitionException.class)
        .hasMessageContaining("the Chinese label is missing or blank");
    assertThatThrownBy(() -> open(SlotCount.fixed(2)).withMembers(List.of("A", " ")))
        .hasMessageContaining("a member is blank");
  }

  @Test
  void ofNotationGivesNeutralLabels() {
    ServiceFramework framework = ServiceFramework.ofNotation("1+3+3X+N", "德清");

    assertThat(framework.slots())
        .extracting(FrameworkSlot::label)
        .containsExactly("第1项", "第2项", "第3项", "第4项");
    assertThat(framework.slots()).extracting(FrameworkSlot::labelEn).contains("slot 3");
    assertThat(FrameworkNotation.print(framework.counts())).isEqualTo(framework.code());
  }

  @Test
  void withSlotRejectsASlotWithAnotherCount() {
    ServiceFramework framework = ServiceFramework.ofNotation("1+9+N", "n");

    assertThatThrownBy(() -> framework.withSlot(1, open(SlotCount.fixed(8))))
        .isInstanceOf(FrameworkDefinitionException.class)
        .hasMessageContaining("slot 2 has count 8");
    assertThat(framework.withSlot(1, open(SlotCount.fixed(9))).slots().get(1).label())
        .isEqualTo("标签");
  }

  @Test
  void builderFromACopyDeclaresLabels() {
    ServiceFramework builtIn = FrameworkRegistry.builtIn().find("1+3+3X+N").orElseThrow();

    ServiceFramework declared =
        ServiceFramework.builder()
            .from(builtIn)
            .slots(
                List.of(
                    open(SlotCount.fixed(1)),
                    open(SlotCount.fixed(3)),
                    open(SlotCount.variable(3, "X")),
                    open(SlotCount.variable("N"))))
            .build();

    assertThat(declared.code()).isEqualTo("1+3+3X+N");
    assertThat(declared.region()).isEqualTo(builtIn.region());
    assertThat(declared.slots()).extracting(FrameworkSlot::label).containsOnly("标签");
  }
}
