package org.shegong.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.AgencyKind;
import org.shegong.core.code.CaseStage;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.DemandChannel;
import org.shegong.core.code.DemandStatus;
import org.shegong.core.code.FundingType;
import org.shegong.core.code.LinkageParty;
import org.shegong.core.code.ParentRelation;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.ServiceDomain;
import org.shegong.core.code.ServiceMethod;
import org.shegong.core.code.Sex;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.code.TargetGroup;
import org.shegong.core.code.VisitKind;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.money.Money;

class ModelBuildersTest {

  @Test
  void samplesSetEveryAttributeOfEveryModelType() {
    // guards the round-trip tests below: a new attribute without a sample value fails here
    for (Object instance : Samples.everyModelInstance()) {
      Class<?> type = ModelReflection.modelTypeOf(instance);
      for (String field : FieldNames.of(type).orElseThrow()) {
        Object value = ModelReflection.invoke(instance, field);
        String where = type.getSimpleName() + "." + field;
        if (value instanceof Optional<?> optional) {
          assertThat(optional).as(where).isPresent();
        } else if (value instanceof List<?> list) {
          assertThat(list).as(where).isNotEmpty();
        } else {
          assertThat(value).as(where).asString().isNotBlank();
        }
      }
    }
  }

  @Test
  void agencyBuilderRoundTripsEveryAttribute() {
    Agency agency = Samples.agency();
    assertThat(agency.id()).isEqualTo("A-001");
    assertThat(agency.name()).contains("三亚市阳光社会工作服务中心");
    assertThat(agency.creditCode()).contains(CreditCode.lenient("91350100M000100Y43"));
    assertThat(agency.kind()).contains(AgencyKind.SOCIAL_SERVICE_AGENCY);
    assertThat(agency.divisionCode()).contains(DivisionCode.lenient("460202"));
    assertThat(agency.registeredOn()).contains(LocalDate.of(2015, 3, 1));
    assertThat(agency.phone()).contains("0898-88881234");
  }

  @Test
  void stationBuilderRoundTripsEveryAttribute() {
    Station station = Samples.station();
    assertThat(station.id()).isEqualTo("S-001");
    assertThat(station.name()).contains("河西区街道社工站");
    assertThat(station.level()).contains(StationLevel.TOWNSHIP_STATION);
    assertThat(station.divisionCode()).contains(DivisionCode.lenient("460202001"));
    assertThat(station.operatorAgencyId()).contains("A-001");
    assertThat(station.openedOn()).contains(LocalDate.of(2021, 7, 1));
    assertThat(station.status()).contains(StationStatus.ACTIVE);
    assertThat(station.servicePlan()).contains(Samples.servicePlan());
    assertThat(station.brand()).contains("椰乡暖心");
    ServicePlan plan = station.servicePlan().orElseThrow();
    assertThat(plan.framework()).contains("1+1+5+X");
    assertThat(plan.slots()).hasSize(4);
    assertThat(plan.slots().get(0)).containsExactly("资源链接平台");
    assertThat(plan.slots().get(2)).hasSize(5).startsWith("SOCIAL_ASSISTANCE");
  }

  @Test
  void workerBuilderRoundTripsEveryAttribute() {
    Worker worker = Samples.worker();
    assertThat(worker.id()).isEqualTo("W-001");
    assertThat(worker.name()).contains("陈社工");
    assertThat(worker.citizenId().map(CitizenId::value)).contains(Samples.WORKER_ID_RAW);
    assertThat(worker.phone().map(MobileNumber::value)).contains(Samples.WORKER_PHONE_RAW);
    assertThat(worker.roles())
        .containsExactly(WorkerRole.RESIDENT_SOCIAL_WORKER, WorkerRole.CHILD_SUPERVISOR);
    assertThat(worker.agencyId()).contains("A-001");
    assertThat(worker.stationId()).contains("S-001");
    Qualification qualification = worker.qualification().orElseThrow();
    assertThat(qualification.level()).contains(QualificationLevel.SOCIAL_WORKER);
    assertThat(qualification.certificateNo()).contains("Z2019460000123");
    assertThat(qualification.obtainedOn()).contains(LocalDate.of(2019, 6, 16));
    assertThat(qualification.registeredUntil()).contains(LocalDate.of(2025, 9, 30));
    assertThat(qualification.continuingEducationHours()).contains(96);
  }

  @Test
  void childBuilderRoundTripsEveryAttribute() {
    Child child = Samples.child();
    assertThat(child.id()).isEqualTo("C-0001");
    assertThat(child.name()).contains(Samples.CHILD_NAME);
    assertThat(child.citizenId().map(CitizenId::value)).contains(Samples.CHILD_ID_RAW);
    assertThat(child.birthDate()).contains(LocalDate.of(2015, 3, 4));
    assertThat(child.sex()).contains(Sex.MALE);
    assertThat(child.divisionCode()).contains(DivisionCode.lenient("460202001001"));
    assertThat(child.ruralHousehold()).contains(true);
    assertThat(child.categories())
        .containsExactly(ChildCategory.DE_FACTO_UNSUPPORTED, ChildCategory.LEFT_BEHIND);
    assertThat(child.parents()).containsExactly(Samples.father());
    assertThat(child.guardian()).contains(Samples.guardian());
    assertThat(child.guardianConsent()).contains(Samples.guardianConsent());
    assertThat(child.classification()).contains(Samples.classification());
    assertThat(child.carePlan()).contains(Samples.carePlan());
    assertThat(child.responsibleIds()).contains(Samples.responsiblePeople());
    assertThat(child.visits()).containsExactly(Samples.visit());
  }

  @Test
  void childNestedObjectsRoundTripEveryAttribute() {
    Parent father = Samples.father();
    assertThat(father.relation()).contains(ParentRelation.FATHER);
    assertThat(father.situation()).contains(ParentSituation.IMPRISONED);
    assertThat(father.since()).contains(LocalDate.of(2022, 1, 10));
    assertThat(father.until()).contains(LocalDate.of(2027, 1, 9));

    Guardian guardian = Samples.guardian();
    assertThat(guardian.name()).contains(Samples.GUARDIAN_NAME);
    assertThat(guardian.relation()).contains("祖父");
    assertThat(guardian.phone().map(MobileNumber::value)).contains(Samples.GUARDIAN_PHONE_RAW);

    GuardianConsent consent = Samples.guardianConsent();
    assertThat(consent.given()).contains(true);
    assertThat(consent.on()).contains(LocalDate.of(2024, 3, 5));

    Classification classification = Samples.classification();
    assertThat(classification.tier()).contains(RiskTier.TIER_2);
    assertThat(classification.assessedOn()).contains(LocalDate.of(2024, 3, 5));
    assertThat(classification.assessorId()).contains("W-001");
    assertThat(classification.reasons()).containsExactly("父亲服刑在押", "祖父年迈");
    assertThat(classification.nextReviewOn()).contains(LocalDate.of(2024, 9, 5));

    CarePlan carePlan = Samples.carePlan();
    assertThat(carePlan.createdOn()).contains(LocalDate.of(2024, 3, 12));
    assertThat(carePlan.goals()).containsExactly("稳定就学", "改善家庭照料");

    ResponsiblePeople responsible = Samples.responsiblePeople();
    assertThat(responsible.childSupervisorId()).contains("W-001");
    assertThat(responsible.childDirectorId()).contains("W-002");
    assertThat(responsible.socialWorkerId()).contains("W-003");

    Visit visit = Samples.visit();
    assertThat(visit.on()).contains(LocalDate.of(2024, 6, 20));
    assertThat(visit.workerId()).contains("W-002");
    assertThat(visit.kind()).contains(VisitKind.HOME_VISIT);
  }

  @Test
  void serviceRecordBuilderRoundTripsEveryAttribute() {
    ServiceRecord record = Samples.serviceRecord();
    assertThat(record.id()).isEqualTo("SR-001");
    assertThat(record.stationId()).contains("S-001");
    assertThat(record.workerIds()).containsExactly("W-001", "W-003");
    assertThat(record.method()).contains(ServiceMethod.CASEWORK);
    assertThat(record.domain()).contains(ServiceDomain.CHILD_CARE_AND_PROTECTION);
    assertThat(record.startedOn()).contains(LocalDate.of(2024, 4, 1));
    assertThat(record.endedOn()).contains(LocalDate.of(2024, 4, 1));
    assertThat(record.recipientIds()).containsExactly("C-0001");
    assertThat(record.targetGroups()).containsExactly(TargetGroup.LEFT_BEHIND_CHILDREN);
    assertThat(record.participants()).contains(1);
    assertThat(record.volunteerCount()).contains(2);
    assertThat(record.caseStage()).contains(CaseStage.INTERVENTION);
    assertThat(record.sessions()).contains(3);
  }

  @Test
  void demandBuilderRoundTripsEveryAttribute() {
    Demand demand = Samples.demand();
    assertThat(demand.id()).isEqualTo("D-001");
    assertThat(demand.divisionCode()).contains(DivisionCode.lenient("460202001001"));
    assertThat(demand.channel()).contains(DemandChannel.SECRETARY_TEA_STALL);
    assertThat(demand.summary()).contains("小区缺少儿童课后托管");
    assertThat(demand.urgency()).contains(2);
    assertThat(demand.difficulty()).contains(3);
    assertThat(demand.status()).contains(DemandStatus.DONE);
    assertThat(demand.rejectionReason()).contains("不适用");
    assertThat(demand.serviceRecordIds()).containsExactly("SR-001");
    assertThat(demand.satisfaction()).contains(5);
  }

  @Test
  void projectBuilderRoundTripsEveryAttribute() {
    Project project = Samples.project();
    assertThat(project.id()).isEqualTo("P-001");
    assertThat(project.name()).contains("椰乡童伴计划");
    assertThat(project.funding()).contains(FundingType.GOVERNMENT_PURCHASE);
    assertThat(project.amount()).contains(Money.parse("300000.00"));
    assertThat(project.agencyId()).contains("A-001");
    assertThat(project.startsOn()).contains(LocalDate.of(2024, 1, 1));
    assertThat(project.endsOn()).contains(LocalDate.of(2024, 12, 31));
    assertThat(project.linkageParties()).containsExactly(LinkageParty.values());
    assertThat(project.fiveSocialLinkage()).contains(true);
  }

  @Test
  void volunteerTypesRoundTripEveryAttribute() {
    Volunteer volunteer = Samples.volunteer();
    assertThat(volunteer.id()).isEqualTo("V-001");
    assertThat(volunteer.name()).contains(Samples.VOLUNTEER_NAME);
    assertThat(volunteer.citizenId().map(CitizenId::value)).contains(Samples.VOLUNTEER_ID_RAW);
    assertThat(volunteer.phone().map(MobileNumber::value)).contains(Samples.VOLUNTEER_PHONE_RAW);
    assertThat(volunteer.teamId()).contains("VT-001");
    assertThat(volunteer.stationId()).contains("S-001");
    assertThat(volunteer.serviceHours()).contains(120);

    VolunteerTeam team = Samples.volunteerTeam();
    assertThat(team.id()).isEqualTo("VT-001");
    assertThat(team.name()).contains("椰乡红马甲");
    assertThat(team.stationId()).contains("S-001");
    assertThat(team.leaderId()).contains("V-001");
    assertThat(team.memberIds()).containsExactly("V-001", "V-002");
  }

  @Test
  void equalInstancesAreEqualAndHashAlike() {
    for (Object instance : Samples.everyModelInstance()) {
      Object twin =
          Samples.everyModelInstance().stream()
              .filter(other -> other.getClass() == instance.getClass())
              .findFirst()
              .orElseThrow();
      assertThat(twin).isNotSameAs(instance).isEqualTo(instance).hasSameHashCodeAs(instance);
    }
  }

  @Test
  void recordsDifferingInOneAttributeAreNotEqual() {
    Child child = Samples.child();
    assertThat(child.withSex(Sex.FEMALE)).isNotEqualTo(child);
    assertThat(child.withId("C-0002")).isNotEqualTo(child);
    assertThat(child.withVisits(List.of())).isNotEqualTo(child);
    assertThat(Samples.demand().withUrgency(3)).isNotEqualTo(Samples.demand());
    assertThat(Samples.guardian().withRelation("祖母")).isNotEqualTo(Samples.guardian());
  }

  @Test
  void withCopiesChangeOneAttributeAndLeaveTheOriginalUnchanged() {
    Child child = Samples.child();
    Child renamed = child.withName("王小红").withSex(Sex.FEMALE);
    assertThat(renamed.name()).contains("王小红");
    assertThat(renamed.sex()).contains(Sex.FEMALE);
    assertThat(renamed.citizenId()).isEqualTo(child.citizenId());
    assertThat(renamed.visits()).isEqualTo(child.visits());
    assertThat(child.name()).contains(Samples.CHILD_NAME);
    assertThat(child.sex()).contains(Sex.MALE);

    Child reclassified =
        child.withClassification(Samples.classification().withTier(RiskTier.TIER_1));
    assertThat(reclassified.classification().flatMap(Classification::tier))
        .contains(RiskTier.TIER_1);
    assertThat(reclassified.recordType()).isEqualTo(RecordType.CHILD);

    Demand demand = Samples.demand().withStatus(DemandStatus.REJECTED);
    assertThat(demand.status()).contains(DemandStatus.REJECTED);
    assertThat(demand.withSatisfaction(Optional.empty()).satisfaction()).isEmpty();
    assertThat(Samples.project().withLinkageParties(LinkageParty.COMMUNITY).linkageParties())
        .containsExactly(LinkageParty.COMMUNITY);
  }

  @Test
  void fromCopiesEveryAttribute() {
    assertThat(Agency.builder().from(Samples.agency()).build()).isEqualTo(Samples.agency());
    assertThat(Station.builder().from(Samples.station()).build()).isEqualTo(Samples.station());
    assertThat(Worker.builder().from(Samples.worker()).build()).isEqualTo(Samples.worker());
    assertThat(Child.builder().from(Samples.child()).build()).isEqualTo(Samples.child());
    assertThat(ServiceRecord.builder().from(Samples.serviceRecord()).build())
        .isEqualTo(Samples.serviceRecord());
    assertThat(Demand.builder().from(Samples.demand()).build()).isEqualTo(Samples.demand());
    assertThat(Project.builder().from(Samples.project()).build()).isEqualTo(Samples.project());
    assertThat(Volunteer.builder().from(Samples.volunteer()).build())
        .isEqualTo(Samples.volunteer());
    assertThat(VolunteerTeam.builder().from(Samples.volunteerTeam()).build())
        .isEqualTo(Samples.volunteerTeam());
    assertThat(Guardian.builder().from(Samples.guardian()).build()).isEqualTo(Samples.guardian());
    assertThat(ServicePlan.builder().from(Samples.servicePlan()).build())
        .isEqualTo(Samples.servicePlan());
  }

  @Test
  void fromThenSetOverridesOnlyTheAttributeSet() {
    Worker worker = Worker.builder().from(Samples.worker()).stationId("S-002").build();
    assertThat(worker.stationId()).contains("S-002");
    assertThat(worker.withStationId("S-001")).isEqualTo(Samples.worker());
  }
}
