package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
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

/** Fully populated instances of every model type: every attribute set, with distinctive values. */
final class Samples {

  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  static final String CHILD_NAME = "王小明";
  static final String CHILD_ID_RAW = withCheck("46020220150304002");
  static final String GUARDIAN_NAME = "王建国";
  static final String GUARDIAN_PHONE_RAW = "13812345678";
  static final String WORKER_ID_RAW = withCheck("46020219880612003");
  static final String WORKER_PHONE_RAW = "13987654321";
  static final String VOLUNTEER_NAME = "李志愿";
  static final String VOLUNTEER_ID_RAW = withCheck("46020219950101004");
  static final String VOLUNTEER_PHONE_RAW = "15011112222";

  private Samples() {}

  static String withCheck(String first17) {
    return first17 + CitizenId.checkCharacter(first17);
  }

  static Agency agency() {
    return Agency.builder()
        .id("A-001")
        .name("三亚市阳光社会工作服务中心")
        .creditCode(CreditCode.lenient("91350100M000100Y43"))
        .kind(AgencyKind.SOCIAL_SERVICE_AGENCY)
        .divisionCode(DivisionCode.lenient("460202"))
        .registeredOn(LocalDate.of(2015, 3, 1))
        .phone("0898-88881234")
        .build();
  }

  static ServicePlan servicePlan() {
    return ServicePlan.builder()
        .framework("1+1+5+X")
        .addSlots(List.of("资源链接平台"))
        .addSlots(List.of("长者关爱项目"))
        .addSlots(
            List.of(
                "SOCIAL_ASSISTANCE",
                "ELDERLY_CARE",
                "CHILD_CARE_AND_PROTECTION",
                "COMMUNITY_GOVERNANCE",
                "SOCIAL_AFFAIRS"))
        .addSlots(List.of("椰乡课堂"))
        .build();
  }

  static Station station() {
    return Station.builder()
        .id("S-001")
        .name("河西区街道社工站")
        .level(StationLevel.TOWNSHIP_STATION)
        .divisionCode(DivisionCode.lenient("460202001"))
        .operatorAgencyId("A-001")
        .openedOn(LocalDate.of(2021, 7, 1))
        .status(StationStatus.ACTIVE)
        .servicePlan(servicePlan())
        .brand("椰乡暖心")
        .build();
  }

  static Qualification qualification() {
    return Qualification.builder()
        .level(QualificationLevel.SOCIAL_WORKER)
        .certificateNo("Z2019460000123")
        .obtainedOn(LocalDate.of(2019, 6, 16))
        .registeredUntil(LocalDate.of(2025, 9, 30))
        .continuingEducationHours(96)
        .build();
  }

  static Worker worker() {
    return Worker.builder()
        .id("W-001")
        .name("陈社工")
        .citizenId(CitizenId.lenient(WORKER_ID_RAW, AS_OF))
        .phone(MobileNumber.lenient(WORKER_PHONE_RAW))
        .qualification(qualification())
        .addRoles(WorkerRole.RESIDENT_SOCIAL_WORKER, WorkerRole.CHILD_SUPERVISOR)
        .agencyId("A-001")
        .stationId("S-001")
        .build();
  }

  static Parent father() {
    return Parent.builder()
        .relation(ParentRelation.FATHER)
        .situation(ParentSituation.IMPRISONED)
        .since(LocalDate.of(2022, 1, 10))
        .until(LocalDate.of(2027, 1, 9))
        .build();
  }

  static Guardian guardian() {
    return Guardian.builder()
        .name(GUARDIAN_NAME)
        .relation("祖父")
        .phone(MobileNumber.lenient(GUARDIAN_PHONE_RAW))
        .build();
  }

  static GuardianConsent guardianConsent() {
    return GuardianConsent.builder().given(true).on(LocalDate.of(2024, 3, 5)).build();
  }

  static Classification classification() {
    return Classification.builder()
        .tier(RiskTier.TIER_2)
        .assessedOn(LocalDate.of(2024, 3, 5))
        .assessorId("W-001")
        .addReasons("父亲服刑在押", "祖父年迈")
        .nextReviewOn(LocalDate.of(2024, 9, 5))
        .build();
  }

  static CarePlan carePlan() {
    return CarePlan.builder()
        .createdOn(LocalDate.of(2024, 3, 12))
        .addGoals("稳定就学", "改善家庭照料")
        .build();
  }

  static ResponsiblePeople responsiblePeople() {
    return ResponsiblePeople.builder()
        .childSupervisorId("W-001")
        .childDirectorId("W-002")
        .socialWorkerId("W-003")
        .build();
  }

  static Visit visit() {
    return Visit.builder()
        .on(LocalDate.of(2024, 6, 20))
        .workerId("W-002")
        .kind(VisitKind.HOME_VISIT)
        .build();
  }

  static Child child() {
    return Child.builder()
        .id("C-0001")
        .name(CHILD_NAME)
        .citizenId(CitizenId.lenient(CHILD_ID_RAW, AS_OF))
        .birthDate(LocalDate.of(2015, 3, 4))
        .sex(Sex.MALE)
        .divisionCode(DivisionCode.lenient("460202001001"))
        .ruralHousehold(true)
        .addCategories(ChildCategory.DE_FACTO_UNSUPPORTED, ChildCategory.LEFT_BEHIND)
        .addParents(father())
        .guardian(guardian())
        .guardianConsent(guardianConsent())
        .classification(classification())
        .carePlan(carePlan())
        .responsibleIds(responsiblePeople())
        .addVisits(visit())
        .build();
  }

  static ServiceRecord serviceRecord() {
    return ServiceRecord.builder()
        .id("SR-001")
        .stationId("S-001")
        .addWorkerIds("W-001", "W-003")
        .method(ServiceMethod.CASEWORK)
        .domain(ServiceDomain.CHILD_CARE_AND_PROTECTION)
        .startedOn(LocalDate.of(2024, 4, 1))
        .endedOn(LocalDate.of(2024, 4, 1))
        .addRecipientIds("C-0001")
        .addTargetGroups(TargetGroup.LEFT_BEHIND_CHILDREN)
        .participants(1)
        .volunteerCount(2)
        .caseStage(CaseStage.INTERVENTION)
        .sessions(3)
        .build();
  }

  static Demand demand() {
    return Demand.builder()
        .id("D-001")
        .divisionCode(DivisionCode.lenient("460202001001"))
        .channel(DemandChannel.SECRETARY_TEA_STALL)
        .summary("小区缺少儿童课后托管")
        .urgency(2)
        .difficulty(3)
        .status(DemandStatus.DONE)
        .rejectionReason("不适用")
        .addServiceRecordIds("SR-001")
        .satisfaction(5)
        .build();
  }

  static Project project() {
    return Project.builder()
        .id("P-001")
        .name("椰乡童伴计划")
        .funding(FundingType.GOVERNMENT_PURCHASE)
        .amount(Money.parse("300000.00"))
        .agencyId("A-001")
        .startsOn(LocalDate.of(2024, 1, 1))
        .endsOn(LocalDate.of(2024, 12, 31))
        .addLinkageParties(LinkageParty.values())
        .fiveSocialLinkage(true)
        .build();
  }

  static Volunteer volunteer() {
    return Volunteer.builder()
        .id("V-001")
        .name(VOLUNTEER_NAME)
        .citizenId(CitizenId.lenient(VOLUNTEER_ID_RAW, AS_OF))
        .phone(MobileNumber.lenient(VOLUNTEER_PHONE_RAW))
        .teamId("VT-001")
        .stationId("S-001")
        .serviceHours(120)
        .build();
  }

  static VolunteerTeam volunteerTeam() {
    return VolunteerTeam.builder()
        .id("VT-001")
        .name("椰乡红马甲")
        .stationId("S-001")
        .leaderId("V-001")
        .addMemberIds("V-001", "V-002")
        .build();
  }

  /** One fully populated instance of every model type, records and nested objects. */
  static List<Object> everyModelInstance() {
    return List.of(
        agency(),
        station(),
        worker(),
        child(),
        serviceRecord(),
        demand(),
        project(),
        volunteer(),
        volunteerTeam(),
        servicePlan(),
        qualification(),
        father(),
        guardian(),
        guardianConsent(),
        classification(),
        carePlan(),
        responsiblePeople(),
        visit());
  }
}
