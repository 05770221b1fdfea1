package org.shegong.serialization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
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
import org.shegong.core.model.ResponsiblePeople;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Visit;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.VolunteerTeam;
import org.shegong.core.model.Worker;
import org.shegong.core.money.Money;

/** Generators of valid records of every record type: valid identifiers, real division codes. */
final class RecordArbitraries {

  private static final double P = 0.7;
  private static final List<String> ADDRESS_CODES = List.of("110105", "640502", "330521");
  private static final List<String> DIVISION_CODES =
      List.of("640502", "330521", "640502100", "640502100201", "330521100000", "110105001");

  private RecordArbitraries() {}

  static Arbitrary<ExchangeRecord> anyRecord() {
    return Arbitraries.oneOf(
        agencies(),
        stations(),
        workers(),
        children(),
        serviceRecords(),
        demands(),
        projects(),
        volunteers(),
        volunteerTeams());
  }

  static Arbitrary<String> ids(String prefix) {
    return Arbitraries.integers().between(0, 99_999).map(n -> prefix + "-" + n);
  }

  /** Any text without unpaired surrogates, including quotes, control characters and CJK. */
  static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\u00ff')
        .withCharRange('\u4e00', '\u9fa5')
        .withChars("\"\\/\u2028\ufeff")
        .ofMaxLength(12);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  static Arbitrary<Money> money() {
    return Arbitraries.longs()
        .between(-1_000_000_000_00L, 1_000_000_000_00L)
        .map(cents -> Money.of(BigDecimal.valueOf(cents, 2)));
  }

  static Arbitrary<CitizenId> citizenIds() {
    return Combinators.combine(
            Arbitraries.of(ADDRESS_CODES),
            Arbitraries.longs()
                .between(
                    LocalDate.of(1930, 1, 1).toEpochDay(), LocalDate.of(2023, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay),
            Arbitraries.integers().between(1, 999))
        .as(
            (address, birth, sequence) -> {
              String first17 =
                  address
                      + String.format(
                          "%04d%02d%02d%03d",
                          birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
              return CitizenId.lenient(first17 + CitizenId.checkCharacter(first17));
            });
  }

  static Arbitrary<CreditCode> creditCodes() {
    Arbitrary<String> tail = Arbitraries.strings().withChars(CreditCode.ALPHABET).ofLength(9);
    return Combinators.combine(
            Arbitraries.of("51", "52", "53", "59"), Arbitraries.of(ADDRESS_CODES), tail)
        .as(
            (head, division, rest) -> {
              String first17 = head + division + rest;
              return CreditCode.lenient(first17 + CreditCode.checkCharacter(first17));
            });
  }

  static Arbitrary<MobileNumber> mobiles() {
    return Combinators.combine(
            Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> MobileNumber.lenient("1" + second + rest));
  }

  static Arbitrary<DivisionCode> divisionCodes() {
    return Arbitraries.of(DIVISION_CODES).map(DivisionCode::lenient);
  }

  static <T> Arbitrary<List<T>> lists(Arbitrary<T> element) {
    return element.list().ofMaxSize(3);
  }

  static Arbitrary<Agency> agencies() {
    return Builders.withBuilder(Agency::builder)
        .use(ids("A"))
        .inSetter((b, v) -> b.id(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.name(v))
        .use(creditCodes())
        .withProbability(P)
        .inSetter((b, v) -> b.creditCode(v))
        .use(Arbitraries.of(AgencyKind.class))
        .withProbability(P)
        .inSetter((b, v) -> b.kind(v))
        .use(divisionCodes())
        .withProbability(P)
        .inSetter((b, v) -> b.divisionCode(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.registeredOn(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.phone(v))
        .build(Agency.Builder::build);
  }

  static Arbitrary<ServicePlan> servicePlans() {
    return Builders.withBuilder(ServicePlan::builder)
        .use(Arbitraries.of("1+1+5+X", "1+9+N", "1+3+3X+N"))
        .withProbability(P)
        .inSetter((b, v) -> b.framework(v))
        .use(lists(lists(texts())))
        .inSetter((b, v) -> b.slots(v))
        .build(ServicePlan.Builder::build);
  }

  static Arbitrary<Station> stations() {
    return Builders.withBuilder(Station::builder)
        .use(ids("S"))
        .inSetter((b, v) -> b.id(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.name(v))
        .use(Arbitraries.of(StationLevel.class))
        .withProbability(P)
        .inSetter((b, v) -> b.level(v))
        .use(divisionCodes())
        .withProbability(P)
        .inSetter((b, v) -> b.divisionCode(v))
        .use(ids("A"))
        .withProbability(P)
        .inSetter((b, v) -> b.operatorAgencyId(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.openedOn(v))
        .use(Arbitraries.of(StationStatus.class))
        .withProbability(P)
        .inSetter((b, v) -> b.status(v))
        .use(servicePlans())
        .withProbability(P)
        .inSetter((b, v) -> b.servicePlan(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.brand(v))
        .build(Station.Builder::build);
  }

  static Arbitrary<Qualification> qualifications() {
    return Builders.withBuilder(Qualification::builder)
        .use(Arbitraries.of(QualificationLevel.class))
        .withProbability(P)
        .inSetter((b, v) -> b.level(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.certificateNo(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.obtainedOn(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.registeredUntil(v))
        .use(Arbitraries.integers())
        .withProbability(P)
        .inSetter((b, v) -> b.continuingEducationHours(v))
        .build(Qualification.Builder::build);
  }

  static Arbitrary<Worker> workers() {
    return Builders.withBuilder(Worker::builder)
        .use(ids("W"))
        .inSetter((b, v) -> b.id(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.name(v))
        .use(citizenIds())
        .withProbability(P)
        .inSetter((b, v) -> b.citizenId(v))
        .use(mobiles())
        .withProbability(P)
        .inSetter((b, v) -> b.phone(v))
        .use(qualifications())
        .withProbability(P)
        .inSetter((b, v) -> b.qualification(v))
        .use(lists(Arbitraries.of(WorkerRole.class)))
        .inSetter((b, v) -> b.roles(v))
        .use(ids("A"))
        .withProbability(P)
        .inSetter((b, v) -> b.agencyId(v))
        .use(ids("S"))
        .withProbability(P)
        .inSetter((b, v) -> b.stationId(v))
        .build(Worker.Builder::build);
  }

  static Arbitrary<Parent> parents() {
    return Builders.withBuilder(Parent::builder)
        .use(Arbitraries.of(ParentRelation.class))
        .withProbability(P)
        .inSetter((b, v) -> b.relation(v))
        .use(Arbitraries.of(ParentSituation.class))
        .withProbability(P)
        .inSetter((b, v) -> b.situation(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.since(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.until(v))
        .build(Parent.Builder::build);
  }

  static Arbitrary<Child> children() {
    Arbitrary<Guardian> guardians =
        Builders.withBuilder(Guardian::builder)
            .use(texts())
            .withProbability(P)
            .inSetter((b, v) -> b.name(v))
            .use(texts())
            .withProbability(P)
            .inSetter((b, v) -> b.relation(v))
            .use(mobiles())
            .withProbability(P)
            .inSetter((b, v) -> b.phone(v))
            .build(Guardian.Builder::build);
    Arbitrary<GuardianConsent> consents =
        Builders.withBuilder(GuardianConsent::builder)
            .use(Arbitraries.of(true, false))
            .withProbability(P)
            .inSetter((b, v) -> b.given(v))
            .use(dates())
            .withProbability(P)
            .inSetter((b, v) -> b.on(v))
            .build(GuardianConsent.Builder::build);
    Arbitrary<Classification> classifications =
        Builders.withBuilder(Classification::builder)
            .use(Arbitraries.of(RiskTier.class))
            .withProbability(P)
            .inSetter((b, v) -> b.tier(v))
            .use(dates())
            .withProbability(P)
            .inSetter((b, v) -> b.assessedOn(v))
            .use(ids("W"))
            .withProbability(P)
            .inSetter((b, v) -> b.assessorId(v))
            .use(lists(texts()))
            .inSetter((b, v) -> b.reasons(v))
            .use(dates())
            .withProbability(P)
            .inSetter((b, v) -> b.nextReviewOn(v))
            .build(Classification.Builder::build);
    Arbitrary<CarePlan> carePlans =
        Builders.withBuilder(CarePlan::builder)
            .use(dates())
            .withProbability(P)
            .inSetter((b, v) -> b.createdOn(v))
            .use(lists(texts()))
            .inSetter((b, v) -> b.goals(v))
            .build(CarePlan.Builder::build);
    Arbitrary<ResponsiblePeople> responsible =
        Builders.withBuilder(ResponsiblePeople::builder)
            .use(ids("W"))
            .withProbability(P)
            .inSetter((b, v) -> b.childSupervisorId(v))
            .use(ids("W"))
            .withProbability(P)
            .inSetter((b, v) -> b.childDirectorId(v))
            .use(ids("W"))
            .withProbability(P)
            .inSetter((b, v) -> b.socialWorkerId(v))
            .build(ResponsiblePeople.Builder::build);
    Arbitrary<Visit> visits =
        Builders.withBuilder(Visit::builder)
            .use(dates())
            .withProbability(P)
            .inSetter((b, v) -> b.on(v))
            .use(ids("W"))
            .withProbability(P)
            .inSetter((b, v) -> b.workerId(v))
            .use(Arbitraries.of(VisitKind.class))
            .withProbability(P)
            .inSetter((b, v) -> b.kind(v))
            .build(Visit.Builder::build);
    return Builders.withBuilder(Child::builder)
        .use(ids("C"))
        .inSetter((b, v) -> b.id(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.name(v))
        .use(citizenIds())
        .withProbability(P)
        .inSetter((b, v) -> b.citizenId(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.birthDate(v))
        .use(Arbitraries.of(Sex.class))
        .withProbability(P)
        .inSetter((b, v) -> b.sex(v))
        .use(divisionCodes())
        .withProbability(P)
        .inSetter((b, v) -> b.divisionCode(v))
        .use(Arbitraries.of(true, false))
        .withProbability(P)
        .inSetter((b, v) -> b.ruralHousehold(v))
        .use(lists(Arbitraries.of(ChildCategory.class)))
        .inSetter((b, v) -> b.categories(v))
        .use(lists(parents()))
        .inSetter((b, v) -> b.parents(v))
        .use(guardians)
        .withProbability(P)
        .inSetter((b, v) -> b.guardian(v))
        .use(consents)
        .withProbability(P)
        .inSetter((b, v) -> b.guardianConsent(v))
        .use(classifications)
        .withProbability(P)
        .inSetter((b, v) -> b.classification(v))
        .use(carePlans)
        .withProbability(P)
        .inSetter((b, v) -> b.carePlan(v))
        .use(responsible)
        .withProbability(P)
        .inSetter((b, v) -> b.responsibleIds(v))
        .use(lists(visits))
        .inSetter((b, v) -> b.visits(v))
        .build(Child.Builder::build);
  }

  static Arbitrary<ServiceRecord> serviceRecords() {
    return Builders.withBuilder(ServiceRecord::builder)
        .use(ids("R"))
        .inSetter((b, v) -> b.id(v))
        .use(ids("S"))
        .withProbability(P)
        .inSetter((b, v) -> b.stationId(v))
        .use(lists(ids("W")))
        .inSetter((b, v) -> b.workerIds(v))
        .use(Arbitraries.of(ServiceMethod.class))
        .withProbability(P)
        .inSetter((b, v) -> b.method(v))
        .use(Arbitraries.of(ServiceDomain.class))
        .withProbability(P)
        .inSetter((b, v) -> b.domain(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.startedOn(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.endedOn(v))
        .use(lists(ids("C")))
        .inSetter((b, v) -> b.recipientIds(v))
        .use(lists(Arbitraries.of(TargetGroup.class)))
        .inSetter((b, v) -> b.targetGroups(v))
        .use(Arbitraries.integers())
        .withProbability(P)
        .inSetter((b, v) -> b.participants(v))
        .use(Arbitraries.integers())
        .withProbability(P)
        .inSetter((b, v) -> b.volunteerCount(v))
        .use(Arbitraries.of(CaseStage.class))
        .withProbability(P)
        .inSetter((b, v) -> b.caseStage(v))
        .use(Arbitraries.integers())
        .withProbability(P)
        .inSetter((b, v) -> b.sessions(v))
        .build(ServiceRecord.Builder::build);
  }

  static Arbitrary<Demand> demands() {
    return Builders.withBuilder(Demand::builder)
        .use(ids("D"))
        .inSetter((b, v) -> b.id(v))
        .use(divisionCodes())
        .withProbability(P)
        .inSetter((b, v) -> b.divisionCode(v))
        .use(Arbitraries.of(DemandChannel.class))
        .withProbability(P)
        .inSetter((b, v) -> b.channel(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.summary(v))
        .use(Arbitraries.integers())
        .withProbability(P)
        .inSetter((b, v) -> b.urgency(v))
        .use(Arbitraries.integers())
        .withProbability(P)
        .inSetter((b, v) -> b.difficulty(v))
        .use(Arbitraries.of(DemandStatus.class))
        .withProbability(P)
        .inSetter((b, v) -> b.status(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.rejectionReason(v))
        .use(lists(ids("R")))
        .inSetter((b, v) -> b.serviceRecordIds(v))
        .use(Arbitraries.integers())
        .withProbability(P)
        .inSetter((b, v) -> b.satisfaction(v))
        .build(Demand.Builder::build);
  }

  static Arbitrary<Project> projects() {
    return Builders.withBuilder(Project::builder)
        .use(ids("P"))
        .inSetter((b, v) -> b.id(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.name(v))
        .use(Arbitraries.of(FundingType.class))
        .withProbability(P)
        .inSetter((b, v) -> b.funding(v))
        .use(money())
        .withProbability(P)
        .inSetter((b, v) -> b.amount(v))
        .use(ids("A"))
        .withProbability(P)
        .inSetter((b, v) -> b.agencyId(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.startsOn(v))
        .use(dates())
        .withProbability(P)
        .inSetter((b, v) -> b.endsOn(v))
        .use(lists(Arbitraries.of(LinkageParty.class)))
        .inSetter((b, v) -> b.linkageParties(v))
        .use(Arbitraries.of(true, false))
        .withProbability(P)
        .inSetter((b, v) -> b.fiveSocialLinkage(v))
        .build(Project.Builder::build);
  }

  static Arbitrary<Volunteer> volunteers() {
    return Builders.withBuilder(Volunteer::builder)
        .use(ids("V"))
        .inSetter((b, v) -> b.id(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.name(v))
        .use(citizenIds())
        .withProbability(P)
        .inSetter((b, v) -> b.citizenId(v))
        .use(mobiles())
        .withProbability(P)
        .inSetter((b, v) -> b.phone(v))
        .use(ids("T"))
        .withProbability(P)
        .inSetter((b, v) -> b.teamId(v))
        .use(ids("S"))
        .withProbability(P)
        .inSetter((b, v) -> b.stationId(v))
        .use(Arbitraries.integers())
        .withProbability(P)
        .inSetter((b, v) -> b.serviceHours(v))
        .build(Volunteer.Builder::build);
  }

  static Arbitrary<VolunteerTeam> volunteerTeams() {
    return Builders.withBuilder(VolunteerTeam::builder)
        .use(ids("T"))
        .inSetter((b, v) -> b.id(v))
        .use(texts())
        .withProbability(P)
        .inSetter((b, v) -> b.name(v))
        .use(ids("S"))
        .withProbability(P)
        .inSetter((b, v) -> b.stationId(v))
        .use(ids("V"))
        .withProbability(P)
        .inSetter((b, v) -> b.leaderId(v))
        .use(lists(ids("V")))
        .inSetter((b, v) -> b.memberIds(v))
        .build(VolunteerTeam.Builder::build);
  }
}
