package org.shegong.validation;

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
import org.shegong.core.code.VisitKind;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.model.Agency;
import org.shegong.core.model.CarePlan;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Demand;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Guardian;
import org.shegong.core.model.GuardianConsent;
import org.shegong.core.model.Parent;
import org.shegong.core.model.Project;
import org.shegong.core.model.Qualification;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Visit;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.VolunteerTeam;
import org.shegong.core.model.Worker;
import org.shegong.core.money.Money;

/**
 * Valid sample records, one of each type, that refer to each other; the reference date is fixed.
 */
final class Samples {

  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  /** A child's name, to check that it never shows up in a message. */
  static final String CHILD_NAME = "王小明";

  static final String GUARDIAN_PHONE = "13912345678";

  private Samples() {}

  /** Returns a valid citizen ID with a birth date and sequence. */
  static String citizenId(String address, LocalDate birth, String sequence) {
    String first17 = address + birth.toString().replace("-", "") + sequence;
    return first17 + CitizenId.checkCharacter(first17);
  }

  static final String CHILD_ID = citizenId("640502", LocalDate.of(2015, 3, 1), "002");
  static final String WORKER_ID = citizenId("640502", LocalDate.of(1990, 5, 17), "013");

  static String creditCode() {
    String first17 = "52640502MJ1234567";
    return first17 + CreditCode.checkCharacter(first17);
  }

  static Agency agency() {
    return Agency.builder()
        .id("A-1")
        .name("中卫市沙坡头区阳光社会工作服务中心")
        .creditCode(CreditCode.lenient(creditCode()))
        .kind(AgencyKind.SOCIAL_SERVICE_AGENCY)
        .divisionCode(DivisionCode.lenient("640502"))
        .registeredOn(LocalDate.of(2020, 1, 1))
        .phone("0955-7012345")
        .build();
  }

  static ServicePlan plan() {
    return ServicePlan.builder()
        .framework("1+1+5+X")
        .addSlots(List.of("资源链接平台"))
        .addSlots(List.of("一老一小重点项目"))
        .addSlots(
            List.of(
                ServiceDomain.SOCIAL_ASSISTANCE.code(),
                ServiceDomain.ELDERLY_CARE.code(),
                ServiceDomain.CHILD_CARE_AND_PROTECTION.code(),
                ServiceDomain.COMMUNITY_GOVERNANCE.code(),
                ServiceDomain.SOCIAL_AFFAIRS.code()))
        .addSlots(List.of("黄河岸边好邻居"))
        .build();
  }

  static Station station() {
    return Station.builder()
        .id("S-1")
        .name("滨河镇社工站")
        .level(StationLevel.TOWNSHIP_STATION)
        .divisionCode(DivisionCode.lenient("640502100"))
        .operatorAgencyId("A-1")
        .openedOn(LocalDate.of(2021, 1, 1))
        .status(StationStatus.ACTIVE)
        .servicePlan(plan())
        .brand("黄河岸边好邻居")
        .build();
  }

  static Worker worker() {
    return Worker.builder()
        .id("W-1")
        .name("李华")
        .citizenId(CitizenId.lenient(WORKER_ID))
        .phone(MobileNumber.lenient("13800001234"))
        .qualification(
            Qualification.builder()
                .level(QualificationLevel.SOCIAL_WORKER)
                .certificateNo("Z2022640000123")
                .obtainedOn(LocalDate.of(2022, 3, 1))
                .registeredUntil(LocalDate.of(2026, 2, 28))
                .continuingEducationHours(100)
                .build())
        .addRoles(WorkerRole.RESIDENT_SOCIAL_WORKER)
        .agencyId("A-1")
        .stationId("S-1")
        .build();
  }

  static Worker supervisor() {
    return Worker.builder()
        .id("W-2")
        .name("张强")
        .citizenId(CitizenId.lenient(citizenId("640502", LocalDate.of(1985, 1, 2), "011")))
        .addRoles(WorkerRole.CHILD_SUPERVISOR)
        .stationId("S-1")
        .build();
  }

  static Worker director() {
    return Worker.builder()
        .id("W-3")
        .name("马丽")
        .citizenId(CitizenId.lenient(citizenId("640502", LocalDate.of(1988, 8, 8), "022")))
        .addRoles(WorkerRole.CHILD_DIRECTOR)
        .stationId("S-1")
        .build();
  }

  static Child child() {
    return Child.builder()
        .id("C-1")
        .name(CHILD_NAME)
        .citizenId(CitizenId.lenient(CHILD_ID))
        .birthDate(LocalDate.of(2015, 3, 1))
        .sex(Sex.FEMALE)
        .divisionCode(DivisionCode.lenient("640502100201"))
        .ruralHousehold(true)
        .addCategories(ChildCategory.LEFT_BEHIND)
        .addParents(
            Parent.builder()
                .relation(ParentRelation.FATHER)
                .situation(ParentSituation.MIGRANT_WORKER)
                .since(LocalDate.of(2019, 1, 1))
                .build())
        .addParents(
            Parent.builder()
                .relation(ParentRelation.MOTHER)
                .situation(ParentSituation.MIGRANT_WORKER)
                .build())
        .guardian(
            Guardian.builder()
                .name("王大爷")
                .relation("祖父")
                .phone(MobileNumber.lenient(GUARDIAN_PHONE))
                .build())
        .guardianConsent(GuardianConsent.builder().given(true).on(LocalDate.of(2023, 1, 1)).build())
        .classification(
            Classification.builder()
                .tier(RiskTier.TIER_2)
                .assessedOn(LocalDate.of(2024, 6, 1))
                .assessorId("W-1")
                .addReasons("父母双方外出务工")
                .nextReviewOn(LocalDate.of(2024, 9, 1))
                .build())
        .carePlan(
            CarePlan.builder().createdOn(LocalDate.of(2024, 6, 2)).addGoals("每两周家访一次").build())
        .responsibleIds(
            ResponsiblePeople.builder()
                .childSupervisorId("W-2")
                .childDirectorId("W-3")
                .socialWorkerId("W-1")
                .build())
        .addVisits(
            Visit.builder()
                .on(LocalDate.of(2024, 6, 10))
                .workerId("W-1")
                .kind(VisitKind.HOME_VISIT)
                .build())
        .addVisits(
            Visit.builder()
                .on(LocalDate.of(2024, 6, 20))
                .workerId("W-3")
                .kind(VisitKind.PHONE)
                .build())
        .build();
  }

  static ServiceRecord serviceRecord() {
    return ServiceRecord.builder()
        .id("R-1")
        .stationId("S-1")
        .addWorkerIds("W-1")
        .method(ServiceMethod.CASEWORK)
        .domain(ServiceDomain.CHILD_CARE_AND_PROTECTION)
        .startedOn(LocalDate.of(2024, 6, 10))
        .endedOn(LocalDate.of(2024, 6, 10))
        .addRecipientIds("C-1")
        .participants(1)
        .volunteerCount(0)
        .caseStage(CaseStage.INTERVENTION)
        .sessions(1)
        .build();
  }

  static Demand demand() {
    return Demand.builder()
        .id("D-1")
        .divisionCode(DivisionCode.lenient("640502100201"))
        .channel(DemandChannel.HOME_VISIT)
        .summary("留守儿童课后辅导")
        .urgency(2)
        .difficulty(1)
        .status(DemandStatus.DONE)
        .addServiceRecordIds("R-1")
        .satisfaction(5)
        .build();
  }

  static Project project() {
    return Project.builder()
        .id("P-1")
        .name("滨河镇一老一小关爱项目")
        .funding(FundingType.GOVERNMENT_PURCHASE)
        .amount(Money.parse("300000.00"))
        .agencyId("A-1")
        .startsOn(LocalDate.of(2024, 1, 1))
        .endsOn(LocalDate.of(2024, 12, 31))
        .linkageParties(List.of(LinkageParty.values()))
        .fiveSocialLinkage(true)
        .build();
  }

  static VolunteerTeam team() {
    return VolunteerTeam.builder()
        .id("T-1")
        .name("滨河镇巾帼志愿服务队")
        .stationId("S-1")
        .leaderId("V-1")
        .addMemberIds("V-1")
        .build();
  }

  static Volunteer volunteer() {
    return Volunteer.builder()
        .id("V-1")
        .name("刘芳")
        .citizenId(CitizenId.lenient(citizenId("640502", LocalDate.of(1995, 12, 24), "046")))
        .phone(MobileNumber.lenient("13700007777"))
        .teamId("T-1")
        .stationId("S-1")
        .serviceHours(10)
        .build();
  }

  /** Every sample record, in an order with forward references (the team before its leader). */
  static List<ExchangeRecord> all() {
    return List.of(
        agency(),
        station(),
        worker(),
        supervisor(),
        director(),
        child(),
        serviceRecord(),
        demand(),
        project(),
        team(),
        volunteer());
  }

  static ValidationConfig config() {
    return ValidationConfig.builder().asOf(AS_OF).build();
  }

  static ShegongValidator validator() {
    return Holder.VALIDATOR;
  }

  private static final class Holder {
    static final ShegongValidator VALIDATOR = ShegongValidator.create(config());
  }
}
