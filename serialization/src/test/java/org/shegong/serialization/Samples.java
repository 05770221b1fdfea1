package org.shegong.serialization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Visit;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.VolunteerTeam;
import org.shegong.core.model.Worker;
import org.shegong.core.money.Money;

/** One complete, valid record of every record type, with every field set; made-up people. */
final class Samples {

  static final String CHILD_ID = citizenId("64050220150312002");
  static final String CHILD_NAME = "王小明";
  static final String GUARDIAN_NAME = "王建国";
  static final String GUARDIAN_PHONE = "13912345678";
  static final String WORKER_ID = citizenId("64050219850101003");
  static final String WORKER_PHONE = "13800001234";
  static final String VOLUNTEER_ID = citizenId("33052119900505004");
  static final String VOLUNTEER_PHONE = "15000005678";

  private Samples() {}

  static String citizenId(String first17) {
    return first17 + CitizenId.checkCharacter(first17);
  }

  static String creditCode(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }

  static final Agency AGENCY =
      Agency.builder()
          .id("A-0001")
          .name("中卫市沙坡头区阳光社会工作服务中心")
          .creditCode(CreditCode.lenient(creditCode("52640502MJ0000001")))
          .kind(AgencyKind.SOCIAL_SERVICE_AGENCY)
          .divisionCode(DivisionCode.lenient("640502"))
          .registeredOn(LocalDate.of(2019, 3, 15))
          .phone("0955-7012345")
          .build();

  static final Station STATION =
      Station.builder()
          .id("S-0001")
          .name("滨河镇社会工作服务站")
          .level(StationLevel.TOWNSHIP_STATION)
          .divisionCode(DivisionCode.lenient("640502100"))
          .operatorAgencyId("A-0001")
          .openedOn(LocalDate.of(2021, 7, 1))
          .status(StationStatus.ACTIVE)
          .servicePlan(
              ServicePlan.builder()
                  .framework("1+1+5+X")
                  .slots(
                      List.of(
                          List.of("资源链接平台"),
                          List.of("困境儿童关爱"),
                          List.of(
                              "SOCIAL_ASSISTANCE",
                              "ELDERLY_CARE",
                              "CHILD_CARE_AND_PROTECTION",
                              "COMMUNITY_GOVERNANCE",
                              "SOCIAL_AFFAIRS"),
                          List.of()))
                  .build())
          .brand("黄河岸边的守护")
          .build();

  static final Worker WORKER =
      Worker.builder()
          .id("W-0001")
          .name("李娜")
          .citizenId(CitizenId.lenient(WORKER_ID))
          .phone(MobileNumber.lenient(WORKER_PHONE))
          .qualification(
              Qualification.builder()
                  .level(QualificationLevel.SOCIAL_WORKER)
                  .certificateNo("Z2020640000123")
                  .obtainedOn(LocalDate.of(2020, 6, 20))
                  .registeredUntil(LocalDate.of(2026, 6, 19))
                  .continuingEducationHours(96)
                  .build())
          .roles(List.of(WorkerRole.RESIDENT_SOCIAL_WORKER, WorkerRole.CHILD_SUPERVISOR))
          .agencyId("A-0001")
          .stationId("S-0001")
          .build();

  static final Child CHILD =
      Child.builder()
          .id("C-0001")
          .name(CHILD_NAME)
          .citizenId(CitizenId.lenient(CHILD_ID))
          .birthDate(LocalDate.of(2015, 3, 12))
          .sex(Sex.FEMALE)
          .divisionCode(DivisionCode.lenient("640502100201"))
          .ruralHousehold(true)
          .categories(List.of(ChildCategory.DE_FACTO_UNSUPPORTED, ChildCategory.LEFT_BEHIND))
          .parents(
              List.of(
                  Parent.builder()
                      .relation(ParentRelation.FATHER)
                      .situation(ParentSituation.IMPRISONED)
                      .since(LocalDate.of(2022, 1, 10))
                      .until(LocalDate.of(2027, 1, 9))
                      .build(),
                  Parent.builder()
                      .relation(ParentRelation.MOTHER)
                      .situation(ParentSituation.LOST_CONTACT)
                      .since(LocalDate.of(2021, 5, 1))
                      .build()))
          .guardian(
              Guardian.builder()
                  .name(GUARDIAN_NAME)
                  .relation("祖父")
                  .phone(MobileNumber.lenient(GUARDIAN_PHONE))
                  .build())
          .guardianConsent(
              GuardianConsent.builder().given(true).on(LocalDate.of(2023, 2, 1)).build())
          .classification(
              Classification.builder()
                  .tier(RiskTier.TIER_2)
                  .assessedOn(LocalDate.of(2024, 3, 1))
                  .assessorId("W-0001")
                  .reasons(List.of("父亲服刑", "母亲失联"))
                  .nextReviewOn(LocalDate.of(2024, 9, 1))
                  .build())
          .carePlan(
              CarePlan.builder()
                  .createdOn(LocalDate.of(2024, 3, 5))
                  .goals(List.of("落实事实无人抚养儿童保障", "每两周走访一次"))
                  .build())
          .responsibleIds(
              ResponsiblePeople.builder()
                  .childSupervisorId("W-0001")
                  .childDirectorId("W-0002")
                  .socialWorkerId("W-0001")
                  .build())
          .visits(
              List.of(
                  Visit.builder()
                      .on(LocalDate.of(2024, 3, 15))
                      .workerId("W-0002")
                      .kind(VisitKind.HOME_VISIT)
                      .build()))
          .build();

  static final ServiceRecord SERVICE_RECORD =
      ServiceRecord.builder()
          .id("R-0001")
          .stationId("S-0001")
          .workerIds(List.of("W-0001", "W-0002"))
          .method(ServiceMethod.CASEWORK)
          .domain(ServiceDomain.CHILD_CARE_AND_PROTECTION)
          .startedOn(LocalDate.of(2024, 3, 5))
          .endedOn(LocalDate.of(2024, 6, 5))
          .recipientIds(List.of("C-0001"))
          .targetGroups(List.of(TargetGroup.values()[0]))
          .participants(1)
          .volunteerCount(0)
          .caseStage(CaseStage.INTERVENTION)
          .sessions(6)
          .build();

  static final Demand DEMAND =
      Demand.builder()
          .id("D-0001")
          .divisionCode(DivisionCode.lenient("640502100201"))
          .channel(DemandChannel.MICRO_WISH)
          .summary("希望有人辅导孩子功课")
          .urgency(2)
          .difficulty(1)
          .status(DemandStatus.DONE)
          .serviceRecordIds(List.of("R-0001"))
          .satisfaction(5)
          .build();

  static final Project PROJECT =
      Project.builder()
          .id("P-0001")
          .name("滨河镇困境儿童关爱项目")
          .funding(FundingType.GOVERNMENT_PURCHASE)
          .amount(Money.parse("300000.00"))
          .agencyId("A-0001")
          .startsOn(LocalDate.of(2024, 1, 1))
          .endsOn(LocalDate.of(2024, 12, 31))
          .linkageParties(List.of(LinkageParty.values()))
          .fiveSocialLinkage(true)
          .build();

  static final Volunteer VOLUNTEER =
      Volunteer.builder()
          .id("V-0001")
          .name("张伟")
          .citizenId(CitizenId.lenient(VOLUNTEER_ID))
          .phone(MobileNumber.lenient(VOLUNTEER_PHONE))
          .teamId("T-0001")
          .stationId("S-0001")
          .serviceHours(120)
          .build();

  static final VolunteerTeam VOLUNTEER_TEAM =
      VolunteerTeam.builder()
          .id("T-0001")
          .name("滨河镇巾帼志愿服务队")
          .stationId("S-0001")
          .leaderId("V-0001")
          .memberIds(List.of("V-0001", "V-0002"))
          .build();

  static final Map<RecordType, ExchangeRecord> BY_TYPE =
      Map.of(
          RecordType.AGENCY, AGENCY,
          RecordType.STATION, STATION,
          RecordType.WORKER, WORKER,
          RecordType.CHILD, CHILD,
          RecordType.SERVICE_RECORD, SERVICE_RECORD,
          RecordType.DEMAND, DEMAND,
          RecordType.PROJECT, PROJECT,
          RecordType.VOLUNTEER, VOLUNTEER,
          RecordType.VOLUNTEER_TEAM, VOLUNTEER_TEAM);
}
