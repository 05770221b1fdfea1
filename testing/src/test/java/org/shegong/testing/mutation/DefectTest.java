package org.shegong.testing.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.child.ChildEligibility;
import org.shegong.core.child.Eligibility;
import org.shegong.core.child.EligibilityOutcome;
import org.shegong.core.child.ReasonCode;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.StationLevel;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.framework.FrameworkRegistry;
import org.shegong.core.framework.PlanDiscrepancy;
import org.shegong.core.id.IdentifierDefect;
import org.shegong.core.model.Agency;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.Worker;
import org.shegong.core.qualification.QualificationPolicy;
import org.shegong.testing.sample.SampleData;

class DefectTest {

  private static final LocalDate AS_OF = SampleData.DEFAULT_AS_OF;
  private static final List<ExchangeRecord> SAMPLE =
      SampleData.withSeed(5).withVolunteers().records(3000);

  /** The first record of the sample the defect applies to, with the context of its batch. */
  private static Map.Entry<ExchangeRecord, MutationContext> firstSuitable(Defect defect) {
    MutationContext context = MutationContext.of(AS_OF);
    for (ExchangeRecord record : SAMPLE) {
      if (defect.appliesTo(record, context)) {
        return Map.entry(record, context);
      }
      context = context.withEarlierRecord(record);
    }
    throw new AssertionError("no record of the sample suits " + defect);
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void changesOnlyTheFieldsItNames(Defect defect) {
    var suitable = firstSuitable(defect);
    ExchangeRecord original = suitable.getKey();
    ExchangeRecord broken = defect.apply(original, suitable.getValue());

    assertThat(broken.recordType()).isEqualTo(defect.recordType());
    assertThat(broken).isNotEqualTo(original);
    Set<String> changed = ModelDiff.diff(original, broken);
    assertThat(changed).isNotEmpty();
    assertThat(changed)
        .allSatisfy(
            pointer ->
                assertThat(defect.changedFields())
                    .as("%s changed %s", defect, pointer)
                    .anyMatch(f -> pointer.equals(f) || pointer.startsWith(f + "/")));
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void describesItsRuleAndCode(Defect defect) {
    assertThat(defect.rule()).isNotBlank();
    assertThat(defect.changedFields()).isNotEmpty().allMatch(f -> f.startsWith("/"));
    assertThat(defect.ruleCode()).matches("SG-[A-Z]{3}-\\d{3}");
    assertThat(Defect.withRuleCode(defect.ruleCode())).contains(defect);
  }

  @Test
  void doesNotApplyToRecordsOfAnotherType() {
    ExchangeRecord agency = SAMPLE.get(0);
    assertThat(agency).isInstanceOf(Agency.class);
    assertThat(Defect.CHILD_TIER_WITHOUT_CARE_PLAN.appliesTo(agency)).isFalse();
    assertThatThrownBy(() -> Defect.CHILD_TIER_WITHOUT_CARE_PLAN.apply(agency))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CHILD_TIER_WITHOUT_CARE_PLAN")
        .hasMessageContaining("AG-000001");
  }

  @Test
  void batchDefectsNeedAnEarlierRecord() {
    var demand =
        (org.shegong.core.model.Demand) firstSuitable(Defect.DEMAND_URGENCY_OUT_OF_RANGE).getKey();
    assertThat(Defect.DEMAND_DUPLICATE_ID.appliesTo(demand)).isFalse();
    ExchangeRecord duplicate =
        Defect.DEMAND_DUPLICATE_ID.apply(
            demand, MutationContext.of(AS_OF).withEarlierRecord(demand.withId("D-999999")));
    assertThat(duplicate.id()).isEqualTo("D-999999");
  }

  @Test
  void everyRecordTypeOfTheSampleHasADefectThatAlwaysApplies() {
    Map<org.shegong.core.model.RecordType, Long> withoutDefect =
        new EnumMap<>(org.shegong.core.model.RecordType.class);
    MutationContext context = MutationContext.of(AS_OF);
    for (ExchangeRecord record : SAMPLE) {
      if (Defect.applicableTo(record, context).isEmpty()) {
        withoutDefect.merge(record.recordType(), 1L, Long::sum);
      }
      context = context.withEarlierRecord(record);
    }
    assertThat(withoutDefect).isEmpty();
  }

  // ------------------------------------------------------------ the rule is really broken

  @ParameterizedTest
  @EnumSource(
      value = Defect.class,
      names = {".*CITIZEN_ID_(WRONG|UNKNOWN|INVALID|BORN).*", ".*CREDIT_CODE.*", ".*PHONE.*"},
      mode = EnumSource.Mode.MATCH_ANY)
  void identifierDefectsHaveTheCoreDefectOfTheirCode(Defect defect) {
    ExchangeRecord broken = defect.apply(firstSuitable(defect).getKey(), MutationContext.of(AS_OF));
    List<IdentifierDefect> found;
    if (defect == Defect.GUARDIAN_PHONE_MALFORMED) {
      found = ((Child) broken).guardian().orElseThrow().phone().orElseThrow().defects();
    } else if (broken instanceof Agency a) {
      found = a.creditCode().orElseThrow().defects();
    } else if (broken instanceof Volunteer v) {
      found = v.phone().orElseThrow().defects();
    } else if (broken instanceof Worker w && defect.changedFields().contains("/phone")) {
      found = w.phone().orElseThrow().defects();
    } else if (broken instanceof Worker w) {
      found = w.citizenId().orElseThrow().defects();
    } else {
      found = ((Child) broken).citizenId().orElseThrow().defects();
    }
    assertThat(found.stream().map(IdentifierDefect::ruleCode)).containsExactly(defect.ruleCode());
    assertThat(found.get(0).severity()).isEqualTo(defect.severity());
  }

  @ParameterizedTest
  @EnumSource(value = Defect.class, names = "STATION_PLAN_.*", mode = EnumSource.Mode.MATCH_ALL)
  void planDefectsGiveExactlyTheirDiscrepancy(Defect defect) {
    Station broken = (Station) defect.apply(firstSuitable(defect).getKey());
    var plan = broken.servicePlan().orElseThrow();
    var framework = FrameworkRegistry.builtIn().find(plan.framework().orElseThrow()).orElseThrow();
    assertThat(framework.check(plan.slots()).stream().map(PlanDiscrepancy::ruleCode))
        .containsExactly(defect.ruleCode());
  }

  @Test
  void unknownFrameworkIsNotRegistered() {
    Station broken =
        (Station)
            Defect.STATION_UNKNOWN_FRAMEWORK.apply(
                firstSuitable(Defect.STATION_UNKNOWN_FRAMEWORK).getKey());
    assertThat(
            FrameworkRegistry.builtIn()
                .find(broken.servicePlan().orElseThrow().framework().orElseThrow()))
        .isEmpty();
  }

  @Test
  void divisionDefectsBreakFormExistenceOrLevel() {
    DivisionTable table = DivisionTable.bundled();
    Agency agency =
        (Agency)
            Defect.AGENCY_DIVISION_CODE_MALFORMED.apply(
                firstSuitable(Defect.AGENCY_DIVISION_CODE_MALFORMED).getKey());
    assertThat(agency.divisionCode().orElseThrow().isValid()).isFalse();

    Station unknown =
        (Station)
            Defect.TOWNSHIP_STATION_UNKNOWN_TOWNSHIP.apply(
                firstSuitable(Defect.TOWNSHIP_STATION_UNKNOWN_TOWNSHIP).getKey());
    assertThat(unknown.divisionCode().orElseThrow().isValid()).isTrue();
    assertThat(unknown.divisionCode().orElseThrow().level()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(table.contains(unknown.divisionCode().orElseThrow())).isFalse();

    Station room =
        (Station)
            Defect.VILLAGE_ROOM_AT_TOWNSHIP_CODE.apply(
                firstSuitable(Defect.VILLAGE_ROOM_AT_TOWNSHIP_CODE).getKey());
    assertThat(room.level()).contains(StationLevel.VILLAGE_ROOM);
    assertThat(room.divisionCode().orElseThrow().level()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(table.contains(room.divisionCode().orElseThrow())).isTrue();

    Station township =
        (Station)
            Defect.TOWNSHIP_STATION_AT_COUNTY_CODE.apply(
                firstSuitable(Defect.TOWNSHIP_STATION_AT_COUNTY_CODE).getKey());
    assertThat(township.divisionCode().orElseThrow().level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(table.contains(township.divisionCode().orElseThrow())).isTrue();
  }

  @Test
  void qualificationDefectsGiveTheirCoreRuleCode() {
    QualificationPolicy policy = QualificationPolicy.defaults();
    var expired =
        ((Worker)
                Defect.WORKER_REGISTRATION_EXPIRED.apply(
                    firstSuitable(Defect.WORKER_REGISTRATION_EXPIRED).getKey()))
            .qualification()
            .orElseThrow();
    assertThat(
            policy
                .assessRegistration(
                    expired.level().orElseThrow(),
                    expired.obtainedOn().orElseThrow(),
                    expired.registeredUntil(),
                    AS_OF)
                .ruleCode())
        .contains("SG-QUA-002");
    var short_ =
        ((Worker)
                Defect.WORKER_CONTINUING_EDUCATION_SHORT.apply(
                    firstSuitable(Defect.WORKER_CONTINUING_EDUCATION_SHORT).getKey()))
            .qualification()
            .orElseThrow();
    var check =
        policy.checkContinuingEducation(
            short_.level().orElseThrow(), short_.continuingEducationHours().orElseThrow());
    assertThat(check.ruleCode()).contains("SG-QUA-004");
    assertThat(check.shortfall()).isEqualTo(1);
  }

  @Test
  void leftBehindChildAged16IsALeftBehindChildButForItsAge() {
    Child original = (Child) firstSuitable(Defect.CHILD_LEFT_BEHIND_AGED_16).getKey();
    Child broken = (Child) Defect.CHILD_LEFT_BEHIND_AGED_16.apply(original);
    assertThat(broken.citizenId()).isEqualTo(original.citizenId());
    assertThat(broken.categories()).contains(ChildCategory.LEFT_BEHIND);
    assertThat(broken.ruralHousehold()).contains(true);
    assertThat(java.time.Period.between(broken.birthDate().orElseThrow(), AS_OF).getYears())
        .isBetween(16, 17);
    Eligibility eligibility = ChildEligibility.leftBehind(broken, AS_OF);
    assertThat(eligibility.reasonCodes(EligibilityOutcome.NOT_ELIGIBLE))
        .containsExactly(ReasonCode.AGED_16_OR_OVER);
  }

  @Test
  void birthDateMismatchKeepsTheAge() {
    Child original =
        (Child) firstSuitable(Defect.CHILD_BIRTH_DATE_DIFFERS_FROM_CITIZEN_ID).getKey();
    Child broken = (Child) Defect.CHILD_BIRTH_DATE_DIFFERS_FROM_CITIZEN_ID.apply(original);
    int age = java.time.Period.between(original.birthDate().orElseThrow(), AS_OF).getYears();
    assertThat(java.time.Period.between(broken.birthDate().orElseThrow(), AS_OF).getYears())
        .isEqualTo(age);
    assertThat(broken.birthDate()).isNotEqualTo(original.birthDate());
  }

  @Test
  void everyRuleCodeOfTheCatalogueIsListedOnce() {
    Map<String, List<Defect>> byCode =
        java.util.Arrays.stream(Defect.values()).collect(Collectors.groupingBy(Defect::ruleCode));
    assertThat(byCode.keySet())
        .contains(
            "SG-STR-001",
            "SG-CID-004",
            "SG-DIV-003",
            "SG-FWK-004",
            "SG-CHD-004",
            "SG-CHD-014",
            "SG-DEM-001",
            "SG-LNK-001",
            "SG-BAT-001",
            "SG-BAT-002",
            "SG-BAT-003",
            "SG-DAT-002");
  }
}
