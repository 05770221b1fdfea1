package org.shegong.core.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.core.demand.DemandRequirement.REASON_WHEN_REJECTED;
import static org.shegong.core.demand.DemandRequirement.SATISFACTION_ONLY_WHEN_DONE;
import static org.shegong.core.demand.DemandRequirement.SERVICE_RECORD_WHEN_DONE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.code.DemandStatus;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.Demand;

class DemandRequirementsTest {

  private static Demand demand(DemandStatus status) {
    return Demand.builder().id("D-1").status(status).urgency(2).difficulty(1).build();
  }

  @Test
  void doneDemandWithoutServiceRecordBreaksSgDem001() {
    assertThat(DemandWorkflow.unmetRequirements(demand(DemandStatus.DONE)))
        .containsExactly(SERVICE_RECORD_WHEN_DONE);
    assertThat(SERVICE_RECORD_WHEN_DONE.ruleCode()).isEqualTo("SG-DEM-001");
  }

  @Test
  void doneDemandWithOnlyBlankServiceRecordIdsBreaksSgDem001() {
    Demand done = demand(DemandStatus.DONE).withServiceRecordIds("", "  ");

    assertThat(DemandWorkflow.unmetRequirements(done)).containsExactly(SERVICE_RECORD_WHEN_DONE);
  }

  @Test
  void doneDemandWithServiceRecordAndSatisfactionMeetsEveryRequirement() {
    Demand done = demand(DemandStatus.DONE).withServiceRecordIds("SR-7").withSatisfaction(5);

    assertThat(DemandWorkflow.unmetRequirements(done)).isEmpty();
  }

  @Test
  void rejectedDemandWithoutReasonBreaksSgDem002() {
    assertThat(DemandWorkflow.unmetRequirements(demand(DemandStatus.REJECTED)))
        .containsExactly(REASON_WHEN_REJECTED);
    assertThat(REASON_WHEN_REJECTED.ruleCode()).isEqualTo("SG-DEM-002");
  }

  @Test
  void rejectedDemandWithBlankReasonBreaksSgDem002() {
    Demand rejected = demand(DemandStatus.REJECTED).withRejectionReason(" \t");

    assertThat(DemandWorkflow.unmetRequirements(rejected)).containsExactly(REASON_WHEN_REJECTED);
  }

  @Test
  void rejectedDemandWithReasonMeetsEveryRequirement() {
    Demand rejected = demand(DemandStatus.REJECTED).withRejectionReason("不属于社工站服务范围");

    assertThat(DemandWorkflow.unmetRequirements(rejected)).isEmpty();
  }

  @Test
  void rejectedDemandWithSatisfactionAndNoReasonBreaksBothRules() {
    Demand rejected = demand(DemandStatus.REJECTED).withSatisfaction(1);

    assertThat(DemandWorkflow.unmetRequirements(rejected))
        .containsExactly(REASON_WHEN_REJECTED, SATISFACTION_ONLY_WHEN_DONE);
  }

  @ParameterizedTest
  @EnumSource(
      value = DemandStatus.class,
      names = {"COLLECTED", "ASSESSED", "PLANNED", "MATCHED"})
  void openDemandWithSatisfactionBreaksSgDem003(DemandStatus open) {
    assertThat(DemandWorkflow.unmetRequirements(demand(open).withSatisfaction(4)))
        .containsExactly(SATISFACTION_ONLY_WHEN_DONE);
    assertThat(SATISFACTION_ONLY_WHEN_DONE.ruleCode()).isEqualTo("SG-DEM-003");
  }

  @ParameterizedTest
  @EnumSource(
      value = DemandStatus.class,
      names = {"COLLECTED", "ASSESSED", "PLANNED", "MATCHED"})
  void openDemandWithoutServiceRecordsOrReasonMeetsEveryRequirement(DemandStatus open) {
    assertThat(DemandWorkflow.unmetRequirements(demand(open))).isEmpty();
  }

  @Test
  void openDemandMayAlreadyNameServiceRecords() {
    Demand matched = demand(DemandStatus.MATCHED).withServiceRecordIds("SR-1");

    assertThat(DemandWorkflow.unmetRequirements(matched)).isEmpty();
  }

  @Test
  void demandWithoutStatusHasNoRequirement() {
    Demand noStatus = Demand.builder().id("D-2").satisfaction(3).build();

    assertThat(DemandWorkflow.unmetRequirements(noStatus)).isEmpty();
  }

  @Test
  void requirementsApplyByStatus() {
    assertThat(DemandWorkflow.requirementsFor(DemandStatus.DONE))
        .containsExactly(SERVICE_RECORD_WHEN_DONE);
    assertThat(DemandWorkflow.requirementsFor(DemandStatus.REJECTED))
        .containsExactly(REASON_WHEN_REJECTED, SATISFACTION_ONLY_WHEN_DONE);
    assertThat(DemandWorkflow.requirementsFor(DemandStatus.COLLECTED))
        .containsExactly(SATISFACTION_ONLY_WHEN_DONE);
  }

  @Test
  void everyRequirementHasADistinctCodeAndBothDescriptions() {
    assertThat(DemandRequirement.values())
        .extracting(DemandRequirement::ruleCode)
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("SG-DEM-[0-9]{3}"));
    for (DemandRequirement requirement : DemandRequirement.values()) {
      assertThat(requirement.descriptionZh()).isNotBlank();
      assertThat(requirement.descriptionEn()).isNotBlank();
      assertThat(requirement.severity()).isEqualTo(Severity.ERROR);
    }
  }
}
