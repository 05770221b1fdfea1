package org.shegong.core.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.core.code.DemandStatus.ASSESSED;
import static org.shegong.core.code.DemandStatus.COLLECTED;
import static org.shegong.core.code.DemandStatus.DONE;
import static org.shegong.core.code.DemandStatus.MATCHED;
import static org.shegong.core.code.DemandStatus.PLANNED;
import static org.shegong.core.code.DemandStatus.REJECTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shegong.core.code.DemandStatus;

class DemandWorkflowTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "COLLECTED, ASSESSED",
    "COLLECTED, REJECTED",
    "ASSESSED, PLANNED",
    "ASSESSED, REJECTED",
    "PLANNED, MATCHED",
    "PLANNED, REJECTED",
    "MATCHED, DONE",
    "MATCHED, REJECTED"
  })
  void allowsEveryStepOfTheWorkflow(DemandStatus from, DemandStatus to) {
    assertThat(DemandWorkflow.canMove(from, to)).isTrue();
    assertThat(DemandWorkflow.allowedNext(from)).contains(to);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "COLLECTED, PLANNED",
    "COLLECTED, DONE",
    "ASSESSED, MATCHED",
    "PLANNED, DONE",
    "ASSESSED, COLLECTED",
    "MATCHED, PLANNED",
    "DONE, MATCHED",
    "DONE, REJECTED",
    "REJECTED, COLLECTED",
    "REJECTED, ASSESSED",
    "COLLECTED, COLLECTED",
    "DONE, DONE",
    "REJECTED, REJECTED"
  })
  void forbidsSkippingGoingBackLeavingAFinalStatusAndStayingPut(
      DemandStatus from, DemandStatus to) {
    assertThat(DemandWorkflow.canMove(from, to)).isFalse();
  }

  @Test
  void allowsExactlyEightTransitions() {
    int allowed = 0;
    for (DemandStatus from : DemandStatus.values()) {
      for (DemandStatus to : DemandStatus.values()) {
        if (DemandWorkflow.canMove(from, to)) {
          allowed++;
        }
      }
    }
    assertThat(allowed).isEqualTo(8);
  }

  @Test
  void listsTheNextStepAndRejectionInWorkflowOrder() {
    assertThat(DemandWorkflow.allowedNext(COLLECTED)).containsExactly(ASSESSED, REJECTED);
    assertThat(DemandWorkflow.allowedNext(ASSESSED)).containsExactly(PLANNED, REJECTED);
    assertThat(DemandWorkflow.allowedNext(PLANNED)).containsExactly(MATCHED, REJECTED);
    assertThat(DemandWorkflow.allowedNext(MATCHED)).containsExactly(DONE, REJECTED);
    assertThat(DemandWorkflow.allowedNext(DONE)).isEmpty();
    assertThat(DemandWorkflow.allowedNext(REJECTED)).isEmpty();
  }

  @Test
  void doneAndRejectedAreTheOnlyFinalStatuses() {
    Set<DemandStatus> finals = EnumSet.noneOf(DemandStatus.class);
    for (DemandStatus status : DemandStatus.values()) {
      if (DemandWorkflow.isFinal(status)) {
        finals.add(status);
      }
    }
    assertThat(finals).containsExactly(DONE, REJECTED);
  }

  @Test
  void theAllowedSetsCannotBeModified() {
    Set<DemandStatus> next = DemandWorkflow.allowedNext(COLLECTED);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> next.add(DONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(DemandWorkflow.canMove(COLLECTED, DONE)).isFalse();
  }

  @Test
  void everyStatusIsReachableFromCollected() {
    Set<DemandStatus> reached = EnumSet.of(COLLECTED);
    List<DemandStatus> frontier = new java.util.ArrayList<>(List.of(COLLECTED));
    while (!frontier.isEmpty()) {
      for (DemandStatus next : DemandWorkflow.allowedNext(frontier.remove(0))) {
        if (reached.add(next)) {
          frontier.add(next);
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrder(DemandStatus.values());
  }
}
