package org.shegong.testing.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.shegong.core.child.TierPolicy;
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
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.code.TargetGroup;
import org.shegong.core.code.VisitKind;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
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
import org.shegong.core.qualification.QualificationPolicy;
import org.shegong.testing.internal.Geography.County;
import org.shegong.testing.internal.Geography.Township;

/**
 * The endless, deterministic record source behind {@code SampleData}.
 *
 * <p>Records are made one county "block" at a time and handed out from a small buffer, so memory
 * does not grow with the number of records. A block is: an agency; the county guidance centre and
 * its supervisor; then for one to three townships a township station with a 1+1+5+X plan, its
 * resident social worker and child supervisor, one or two village rooms each with its child
 * director and children, the station's service records and the township's demands; and last a
 * project of the agency. Every reference points to a record earlier in the stream. With volunteers,
 * some townships also get a few volunteers and then their team, from a random source of their own.
 *
 * <p>Not thread-safe: one instance per stream.
 *
 * @since 0.1.0
 */
public final class SampleGenerator implements Iterator<ExchangeRecord> {

  /** The service-plan framework of township stations. */
  public static final String FRAMEWORK = "1+1+5+X";

  private static final long VOLUNTEER_SALT = 0x6A09E667F3BCC909L;

  private static final String[] ID_PREFIXES = new String[RecordType.values().length];

  static {
    ID_PREFIXES[RecordType.AGENCY.ordinal()] = "AG-";
    ID_PREFIXES[RecordType.STATION.ordinal()] = "ST-";
    ID_PREFIXES[RecordType.WORKER.ordinal()] = "W-";
    ID_PREFIXES[RecordType.CHILD.ordinal()] = "C-";
    ID_PREFIXES[RecordType.SERVICE_RECORD.ordinal()] = "SR-";
    ID_PREFIXES[RecordType.DEMAND.ordinal()] = "D-";
    ID_PREFIXES[RecordType.PROJECT.ordinal()] = "P-";
    ID_PREFIXES[RecordType.VOLUNTEER.ordinal()] = "V-";
    ID_PREFIXES[RecordType.VOLUNTEER_TEAM.ordinal()] = "VT-";
  }

  private static final List<String> CORE_DOMAINS =
      ServiceDomain.core().stream().sorted().map(ServiceDomain::code).toList();
  private static final ServiceMethod[] METHODS = {
    ServiceMethod.CASEWORK,
    ServiceMethod.CASEWORK,
    ServiceMethod.CASEWORK,
    ServiceMethod.GROUPWORK,
    ServiceMethod.GROUPWORK,
    ServiceMethod.COMMUNITY_ACTIVITY,
    ServiceMethod.COMMUNITY_ACTIVITY,
    ServiceMethod.HOME_VISIT,
    ServiceMethod.LECTURE,
    ServiceMethod.TRAINING
  };
  private static final TargetGroup[] COMMUNITY_GROUPS = {
    TargetGroup.ELDERLY_LIVING_ALONE,
    TargetGroup.EMPTY_NEST_ELDERLY,
    TargetGroup.OLDEST_OLD,
    TargetGroup.PEOPLE_WITH_DISABILITIES,
    TargetGroup.PEOPLE_IN_HARDSHIP,
    TargetGroup.WOMEN,
    TargetGroup.SOCIAL_ASSISTANCE_RECIPIENTS
  };

  private final SplittableRandom random;
  private final SplittableRandom volunteerRandom;
  private final boolean volunteers;
  private final LocalDate asOf;
  private final List<County> counties = Geography.counties();
  private final ChildIdSpace childIds;
  private final QualificationPolicy qualifications = QualificationPolicy.defaults();
  private final TierPolicy tiers = TierPolicy.defaults();
  private final ArrayDeque<ExchangeRecord> buffer = new ArrayDeque<>(64);
  private final long[] counters = new long[RecordType.values().length];

  /**
   * Creates a generator of the exchange format v1 record types.
   *
   * @param seed the seed: the same seed and reference date give the same records
   * @param asOf the reference date the records are valid at
   */
  public SampleGenerator(long seed, LocalDate asOf) {
    this(seed, asOf, false);
  }

  /**
   * Creates a generator.
   *
   * @param seed the seed: the same seed and reference date give the same records
   * @param asOf the reference date the records are valid at
   * @param volunteers whether to add volunteers and volunteer teams (extension record types); they
   *     are drawn from a random source of their own, so the other records stay the same
   */
  public SampleGenerator(long seed, LocalDate asOf, boolean volunteers) {
    this.random = new SplittableRandom(seed);
    this.volunteerRandom = new SplittableRandom(seed ^ VOLUNTEER_SALT);
    this.volunteers = volunteers;
    this.asOf = asOf;
    this.childIds = new ChildIdSpace(asOf, seed);
  }

  /**
   * Returns the id the generator gives the n-th record of a type.
   *
   * @param type the record type
   * @param ordinal the ordinal, from 1
   * @return for example {@code C-000017}
   */
  public static String idOf(RecordType type, long ordinal) {
    StringBuilder b = new StringBuilder(12).append(ID_PREFIXES[type.ordinal()]);
    Identifiers.pad(b, ordinal, 6);
    return b.toString();
  }

  /** Always true: the generator never runs out. */
  @Override
  public boolean hasNext() {
    return true;
  }

  @Override
  public ExchangeRecord next() {
    if (buffer.isEmpty()) {
      block();
    }
    return buffer.poll();
  }

  private String nextId(RecordType type) {
    return idOf(type, ++counters[type.ordinal()]);
  }

  private int between(int fromInclusive, int toInclusive) {
    return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  // ---------------------------------------------------------------- block

  private void block() {
    County county = counties.get(random.nextInt(counties.size()));
    Agency agency = agency(county);
    buffer.add(agency);
    Station centre =
        Station.builder()
            .id(nextId(RecordType.STATION))
            .name(county.name() + "社会工作指导中心")
            .level(StationLevel.COUNTY_GUIDANCE_CENTER)
            .divisionCode(DivisionCode.of(county.code()))
            .operatorAgencyId(agency.id())
            .openedOn(asOf.minusDays(between(200, 1500)))
            .status(StationStatus.ACTIVE)
            .build();
    buffer.add(centre);
    buffer.add(
        worker(
            county,
            List.of(WorkerRole.SUPERVISOR),
            agency.id(),
            centre.id(),
            100,
            QualificationLevel.SOCIAL_WORKER));
    List<Township> townships = county.townships();
    int wanted = Math.min(townships.size(), between(1, 3));
    int start = random.nextInt(townships.size());
    for (int t = 0; t < wanted; t++) {
      township(county, townships.get((start + t) % townships.size()), agency);
    }
    buffer.add(project(county, agency));
  }

  private void township(County county, Township township, Agency agency) {
    Station station = townshipStation(township, agency);
    buffer.add(station);
    Worker socialWorker =
        worker(
            county,
            List.of(WorkerRole.RESIDENT_SOCIAL_WORKER),
            agency.id(),
            station.id(),
            90,
            QualificationLevel.ASSISTANT_SOCIAL_WORKER);
    Worker supervisor =
        worker(
            county,
            List.of(WorkerRole.CHILD_SUPERVISOR),
            agency.id(),
            station.id(),
            30,
            QualificationLevel.ASSISTANT_SOCIAL_WORKER);
    if (socialWorker.qualification().isEmpty()) {
      // named as the professional social worker of tier-1 and tier-2 children, so qualified and
      // registered; made without drawing, so that the rest of the sample stays as it was
      socialWorker = socialWorker.withQualification(registeredAssistant());
    }
    buffer.add(socialWorker);
    buffer.add(supervisor);
    List<String> villageCodes = new ArrayList<>(2);
    List<String> childIdsOfTownship = new ArrayList<>(16);
    int rooms = between(1, 2);
    int firstVillage = between(201, 240);
    for (int r = 0; r < rooms; r++) {
      String villageCode = township.code() + (firstVillage + 7 * r);
      villageCodes.add(villageCode);
      String villageName = Words.pick(random, Words.VILLAGE_WORDS) + "村";
      Station room =
          Station.builder()
              .id(nextId(RecordType.STATION))
              .name(township.name() + villageName + "社工室")
              .level(StationLevel.VILLAGE_ROOM)
              .divisionCode(DivisionCode.of(villageCode))
              .operatorAgencyId(agency.id())
              .openedOn(asOf.minusDays(between(60, 900)))
              .status(StationStatus.ACTIVE)
              .build();
      buffer.add(room);
      // village child directors hold no certificate in the sample (the qualification drawn is
      // dropped, so that the rest of the sample stays as it was): naming one as a child's social
      // worker is a defect the catalogue can inject
      Worker director =
          worker(county, List.of(WorkerRole.CHILD_DIRECTOR), null, room.id(), 10, null)
              .withQualification(Optional.empty());
      buffer.add(director);
      int children = between(2, 6);
      for (int c = 0; c < children; c++) {
        Child child = child(county, villageCode, supervisor, director, socialWorker);
        buffer.add(child);
        childIdsOfTownship.add(child.id());
      }
    }
    List<String> serviceRecordIds = new ArrayList<>(6);
    int services = between(2, 5);
    for (int s = 0; s < services; s++) {
      ServiceRecord record = serviceRecord(station, socialWorker, supervisor, childIdsOfTownship);
      buffer.add(record);
      serviceRecordIds.add(record.id());
    }
    int demands = between(1, 3);
    for (int d = 0; d < demands; d++) {
      buffer.add(demand(villageCodes, serviceRecordIds));
    }
    if (volunteers && volunteerRandom.nextInt(100) < 40) {
      volunteerTeam(township, station);
    }
  }

  /** Adds two to five volunteers of a township station, then their team (members and leader). */
  private void volunteerTeam(Township township, Station station) {
    SplittableRandom r = volunteerRandom;
    int size = 2 + r.nextInt(4);
    List<String> members = new ArrayList<>(size);
    // the team follows its members in the stream, and each member names it
    String teamId =
        idOf(RecordType.VOLUNTEER_TEAM, counters[RecordType.VOLUNTEER_TEAM.ordinal()] + 1);
    String county = station.divisionCode().orElseThrow().value().substring(0, 6);
    for (int i = 0; i < size; i++) {
      LocalDate birth = asOf.minusYears(18 + r.nextInt(53)).minusDays(r.nextInt(365));
      Volunteer volunteer =
          Volunteer.builder()
              .id(nextId(RecordType.VOLUNTEER))
              .name(Words.personName(r))
              .citizenId(Identifiers.citizenId(county, birth, r.nextInt(1000), asOf))
              .phone(Identifiers.mobile(r))
              .teamId(teamId)
              .stationId(station.id())
              .serviceHours(r.nextInt(401))
              .build();
      buffer.add(volunteer);
      members.add(volunteer.id());
    }
    buffer.add(
        VolunteerTeam.builder()
            .id(nextId(RecordType.VOLUNTEER_TEAM))
            .name(township.name() + "志愿服务队")
            .stationId(station.id())
            .leaderId(members.get(0))
            .memberIds(members)
            .build());
  }

  // ---------------------------------------------------------------- records

  private Agency agency(County county) {
    int roll = random.nextInt(100);
    AgencyKind kind;
    char kindCode;
    String suffix;
    if (roll < 80) {
      kind = AgencyKind.SOCIAL_SERVICE_AGENCY;
      kindCode = '2';
      suffix = "社会工作服务中心";
    } else if (roll < 92) {
      kind = AgencyKind.SOCIAL_GROUP;
      kindCode = '1';
      suffix = "社会工作协会";
    } else {
      kind = AgencyKind.FOUNDATION;
      kindCode = '3';
      suffix = "慈善基金会";
    }
    StringBuilder phone = new StringBuilder(13).append('0');
    Identifiers.pad(phone, between(10, 999), 3);
    phone.append('-');
    Identifiers.pad(phone, between(2_000_000, 89_999_999), 8);
    return Agency.builder()
        .id(nextId(RecordType.AGENCY))
        .name(county.name() + Words.pick(random, Words.AGENCY_WORDS) + suffix)
        .creditCode(Identifiers.creditCode(kindCode, county.code(), random))
        .kind(kind)
        .divisionCode(DivisionCode.of(county.code()))
        .registeredOn(asOf.minusDays(between(400, 3650)))
        .phone(phone.toString())
        .build();
  }

  private Station townshipStation(Township township, Agency agency) {
    List<String> brands = new ArrayList<>(2);
    int brandCount = between(0, 2);
    while (brands.size() < brandCount) {
      String brand = Words.pick(random, Words.BRANDS);
      if (!brands.contains(brand)) {
        brands.add(brand);
      }
    }
    ServicePlan plan =
        ServicePlan.builder()
            .framework(FRAMEWORK)
            .addSlots(List.of(township.name() + "资源链接平台"))
            .addSlots(List.of(Words.pick(random, Words.KEY_PROJECTS)))
            .addSlots(CORE_DOMAINS)
            .addSlots(brands)
            .build();
    Station.Builder station =
        Station.builder()
            .id(nextId(RecordType.STATION))
            .name(township.name() + "社会工作服务站")
            .level(StationLevel.TOWNSHIP_STATION)
            .divisionCode(DivisionCode.of(township.code()))
            .operatorAgencyId(agency.id())
            .openedOn(asOf.minusDays(between(90, 1200)))
            .status(StationStatus.ACTIVE)
            .servicePlan(plan);
    if (!brands.isEmpty()) {
      station.brand(brands.get(0));
    }
    return station.build();
  }

  /**
   * Makes a worker; {@code qualifiedPercent} is the chance of a qualification of at least {@code
   * minimumLevel}.
   */
  private Worker worker(
      County county,
      List<WorkerRole> roles,
      @Nullable String agencyId,
      String stationId,
      int qualifiedPercent,
      @Nullable QualificationLevel minimumLevel) {
    LocalDate birth = asOf.minusYears(between(24, 59)).minusDays(between(0, 364));
    Worker.Builder worker =
        Worker.builder()
            .id(nextId(RecordType.WORKER))
            .name(Words.personName(random))
            .citizenId(Identifiers.citizenId(county.code(), birth, between(0, 999), asOf))
            .phone(Identifiers.mobile(random))
            .roles(roles)
            .stationId(stationId);
    if (agencyId != null) {
      worker.agencyId(agencyId);
    }
    if (chance(qualifiedPercent)) {
      worker.qualification(qualification(birth, minimumLevel));
    }
    return worker.build();
  }

  /**
   * A 助理社会工作师 qualification passed 400 days before the reference date and registered until 700 days
   * after it, with the continuing education the level requires; drawn from nothing.
   */
  private Qualification registeredAssistant() {
    QualificationLevel level = QualificationLevel.ASSISTANT_SOCIAL_WORKER;
    LocalDate obtained = asOf.minusDays(400);
    StringBuilder certificate = new StringBuilder(16).append("ZL").append(obtained.getYear());
    Identifiers.pad(certificate, counters[RecordType.WORKER.ordinal()], 6);
    return Qualification.builder()
        .level(level)
        .certificateNo(certificate.toString())
        .obtainedOn(obtained)
        .registeredUntil(asOf.plusDays(700))
        .continuingEducationHours(qualifications.requiredContinuingEducationHours(level))
        .build();
  }

  private Qualification qualification(LocalDate birth, @Nullable QualificationLevel minimumLevel) {
    QualificationLevel level;
    int roll = random.nextInt(100);
    if (roll < 5) {
      level = QualificationLevel.SENIOR_SOCIAL_WORKER;
    } else if (roll < 40) {
      level = QualificationLevel.SOCIAL_WORKER;
    } else {
      level = QualificationLevel.ASSISTANT_SOCIAL_WORKER;
    }
    if (minimumLevel != null && level.compareTo(minimumLevel) < 0) {
      level = minimumLevel;
    }
    // passed at 22 at the earliest and at most 8 years ago; registered, and not yet in the
    // renewal window: registeredUntil at least 100 days and at most 3 years after the reference
    // date
    long sinceAdult = ChronoUnit.DAYS.between(birth.plusYears(22), asOf);
    LocalDate obtained =
        asOf.minusDays(between(60, (int) Math.max(60, Math.min(2900, sinceAdult))));
    LocalDate until = asOf.plusDays(between(100, 1090));
    int hours = qualifications.requiredContinuingEducationHours(level) + between(0, 40);
    StringBuilder certificate = new StringBuilder(16);
    certificate.append(
        switch (level) {
          case ASSISTANT_SOCIAL_WORKER -> "ZL";
          case SOCIAL_WORKER -> "ZJ";
          case SENIOR_SOCIAL_WORKER -> "GJ";
        });
    certificate.append(obtained.getYear());
    Identifiers.pad(certificate, between(0, 999_999), 6);
    return Qualification.builder()
        .level(level)
        .certificateNo(certificate.toString())
        .obtainedOn(obtained)
        .registeredUntil(until)
        .continuingEducationHours(hours)
        .build();
  }

  private Child child(
      County county, String villageCode, Worker supervisor, Worker director, Worker socialWorker) {
    String id = nextId(RecordType.CHILD);
    long slot = childIds.slot(counters[RecordType.CHILD.ordinal()] - 1);
    LocalDate birth = childIds.birthDate(slot);
    boolean male = random.nextBoolean();
    CitizenId citizenId =
        Identifiers.citizenId(county.code(), birth, childIds.sequence(slot, male), asOf);
    int age = Period.between(birth, asOf).getYears();
    String surname = Words.pick(random, Words.SURNAMES);

    List<ChildCategory> categories = new ArrayList<>(2);
    List<Parent> parents = new ArrayList<>(2);
    RiskTier tier;
    String guardianRelation;
    boolean rural = chance(85);
    String reason;
    int roll = random.nextInt(100);
    if (roll < 35 && age < 16) {
      categories.add(ChildCategory.LEFT_BEHIND);
      rural = true;
      parents.add(parent(ParentRelation.FATHER, ParentSituation.MIGRANT_WORKER, birth, 30));
      parents.add(
          parent(
              ParentRelation.MOTHER,
              chance(80) ? ParentSituation.MIGRANT_WORKER : ParentSituation.NO_GUARDIAN_CAPACITY,
              birth,
              30));
      if (chance(20)) {
        categories.add(ChildCategory.POVERTY);
      }
      tier = chance(40) ? RiskTier.TIER_2 : RiskTier.TIER_3;
      guardianRelation = chance(50) ? "祖父" : "祖母";
      reason = "父母长期外出务工";
    } else if (roll < 45) {
      categories.add(ChildCategory.ORPHAN);
      parents.add(parent(ParentRelation.FATHER, ParentSituation.DECEASED, birth, 30));
      parents.add(parent(ParentRelation.MOTHER, ParentSituation.DECEASED, birth, 30));
      tier = chance(20) ? RiskTier.TIER_1 : RiskTier.TIER_2;
      guardianRelation = chance(50) ? "祖母" : "外祖母";
      reason = "父母双亡";
    } else if (roll < 55) {
      categories.add(ChildCategory.DE_FACTO_UNSUPPORTED);
      if (chance(50)) {
        Parent father = parent(ParentRelation.FATHER, ParentSituation.IMPRISONED, birth, 200);
        // the end of the sentence, after the reference date (so the situation lasts); derived
        // from the start, not drawn, so that the rest of the sample stays as it was
        LocalDate release = asOf.plusDays(365 + father.since().orElseThrow().getDayOfYear());
        parents.add(father.withUntil(release));
        parents.add(parent(ParentRelation.MOTHER, ParentSituation.DECEASED, birth, 30));
        reason = "父亲服刑、母亲死亡";
      } else {
        parents.add(
            Parent.builder()
                .relation(ParentRelation.FATHER)
                .situation(ParentSituation.SEVERE_DISABILITY)
                .build());
        parents.add(
            Parent.builder()
                .relation(ParentRelation.MOTHER)
                .situation(ParentSituation.SEVERE_DISABILITY)
                .build());
        reason = "父母均为重度残疾";
      }
      tier = chance(40) ? RiskTier.TIER_1 : RiskTier.TIER_2;
      guardianRelation = "祖父";
    } else {
      parents.add(
          Parent.builder()
              .relation(ParentRelation.FATHER)
              .situation(ParentSituation.PRESENT)
              .build());
      parents.add(
          Parent.builder()
              .relation(ParentRelation.MOTHER)
              .situation(ParentSituation.PRESENT)
              .build());
      guardianRelation = chance(50) ? "父亲" : "母亲";
      if (roll < 70) {
        categories.add(ChildCategory.POVERTY);
        tier = RiskTier.TIER_3;
        reason = "家庭经济困难";
      } else if (roll < 78) {
        categories.add(ChildCategory.DISABILITY);
        tier = chance(50) ? RiskTier.TIER_2 : RiskTier.TIER_3;
        reason = "本人残疾";
      } else if (roll < 85) {
        categories.add(ChildCategory.GUARDIANSHIP);
        tier = RiskTier.TIER_1;
        reason = "监护不当";
      } else {
        tier = RiskTier.TIER_4;
        reason = "健康成长，定期关注";
      }
    }

    // assessed 5 to 40 days ago, and recently enough that the review the policy sets (TIER_1 after
    // 1 month, TIER_2 3, TIER_3 6, TIER_4 12) is still ahead
    Period reviewPeriod = tiers.reviewPeriodFor(tier);
    int longestAgo =
        (int) Math.min(40, ChronoUnit.DAYS.between(asOf.minus(reviewPeriod), asOf) - 2);
    LocalDate assessed = asOf.minusDays(between(5, longestAgo));
    Child.Builder child =
        Child.builder()
            .id(id)
            .name(Words.personName(random, surname))
            .citizenId(citizenId)
            .birthDate(birth)
            .sex(citizenId.sex())
            .divisionCode(DivisionCode.of(villageCode))
            .ruralHousehold(rural)
            .categories(categories)
            .parents(parents)
            .guardian(
                Guardian.builder()
                    .name(
                        guardianRelation.startsWith("外")
                            ? Words.personName(random)
                            : Words.personName(random, surname))
                    .relation(guardianRelation)
                    .phone(Identifiers.mobile(random))
                    .build())
            .classification(
                Classification.builder()
                    .tier(tier)
                    .assessedOn(assessed)
                    .assessorId(supervisor.id())
                    .addReasons(reason)
                    .nextReviewOn(assessed.plus(reviewPeriod))
                    .build());
    if (age < 14 || chance(50)) {
      child.guardianConsent(
          GuardianConsent.builder().given(true).on(assessed.minusDays(between(0, 10))).build());
    }
    ResponsiblePeople.Builder responsible =
        ResponsiblePeople.builder()
            .childSupervisorId(supervisor.id())
            .childDirectorId(director.id());
    if (tier.requiresSocialWorker() || (tier.requiresCarePlan() && chance(30))) {
      responsible.socialWorkerId(socialWorker.id());
    }
    child.responsibleIds(responsible.build());
    if (tier.requiresCarePlan()) {
      child.carePlan(
          CarePlan.builder()
              .createdOn(assessed.plusDays(between(0, 3)))
              .addGoals(Words.pick(random, Words.GOALS))
              .addGoals("定期走访，跟踪评估")
              .build());
    }
    child.visits(visits(tier, director, socialWorker));
    return child.build();
  }

  private Parent parent(
      ParentRelation relation, ParentSituation situation, LocalDate birth, int minDaysAgo) {
    long span = ChronoUnit.DAYS.between(birth, asOf.minusDays(minDaysAgo));
    LocalDate since = birth.plusDays(random.nextLong(Math.max(1, span)));
    return Parent.builder().relation(relation).situation(situation).since(since).build();
  }

  /**
   * Returns the visit interval of a tier in days under core's default {@link TierPolicy} (red 7,
   * yellow 14, blue 30, green 90 days).
   */
  static int visitInterval(RiskTier tier) {
    return TierPolicy.defaults().visitIntervalFor(tier).getDays();
  }

  private List<Visit> visits(RiskTier tier, Worker director, Worker socialWorker) {
    int interval = tiers.visitIntervalFor(tier).getDays();
    int count = between(1, 3);
    LocalDate[] dates = new LocalDate[count];
    dates[count - 1] = asOf.minusDays(random.nextInt(interval));
    for (int i = count - 2; i >= 0; i--) {
      dates[i] = dates[i + 1].minusDays(between(1, interval));
    }
    List<Visit> visits = new ArrayList<>(count);
    for (LocalDate date : dates) {
      int roll = random.nextInt(100);
      VisitKind kind =
          roll < 60 ? VisitKind.HOME_VISIT : roll < 85 ? VisitKind.PHONE : VisitKind.SCHOOL;
      String worker = tier.requiresSocialWorker() && chance(50) ? socialWorker.id() : director.id();
      visits.add(Visit.builder().on(date).workerId(worker).kind(kind).build());
    }
    return visits;
  }

  private ServiceRecord serviceRecord(
      Station station, Worker socialWorker, Worker supervisor, List<String> children) {
    ServiceMethod method = METHODS[random.nextInt(METHODS.length)];
    LocalDate started = asOf.minusDays(between(1, 180));
    ServiceRecord.Builder record =
        ServiceRecord.builder()
            .id(nextId(RecordType.SERVICE_RECORD))
            .stationId(station.id())
            .addWorkerIds(socialWorker.id())
            .method(method)
            .startedOn(started);
    if (chance(30)) {
      record.addWorkerIds(supervisor.id());
    }
    boolean ongoing = false;
    switch (method) {
      case CASEWORK -> {
        CaseStage stage = CaseStage.values()[random.nextInt(CaseStage.values().length)];
        ongoing = stage != CaseStage.CLOSED;
        int sessions = between(1, 8);
        record
            .domain(ServiceDomain.CHILD_CARE_AND_PROTECTION)
            .addRecipientIds(children.get(random.nextInt(children.size())))
            .addTargetGroups(TargetGroup.CHILDREN_IN_DIFFICULTY)
            .caseStage(stage)
            .sessions(sessions)
            .participants(sessions)
            .volunteerCount(0);
      }
      case GROUPWORK -> {
        int size = Math.min(children.size(), between(3, 8));
        int from = random.nextInt(children.size());
        for (int i = 0; i < size; i++) {
          record.addRecipientIds(children.get((from + i) % children.size()));
        }
        int sessions = between(1, 6);
        record
            .domain(ServiceDomain.CHILD_CARE_AND_PROTECTION)
            .addTargetGroups(
                chance(50) ? TargetGroup.LEFT_BEHIND_CHILDREN : TargetGroup.CHILDREN_IN_DIFFICULTY)
            .sessions(sessions)
            .participants(size * sessions)
            .volunteerCount(between(0, 3));
      }
      case HOME_VISIT ->
          record
              .domain(ServiceDomain.CHILD_CARE_AND_PROTECTION)
              .addRecipientIds(children.get(random.nextInt(children.size())))
              .addTargetGroups(TargetGroup.CHILDREN_IN_DIFFICULTY)
              .sessions(1)
              .participants(1)
              .volunteerCount(0);
      default -> {
        List<String> domains = CORE_DOMAINS;
        record
            .domain(ServiceDomain.ofCode(domains.get(random.nextInt(domains.size()))))
            .addTargetGroups(COMMUNITY_GROUPS[random.nextInt(COMMUNITY_GROUPS.length)])
            .sessions(method == ServiceMethod.COMMUNITY_ACTIVITY ? 1 : between(1, 3))
            .participants(between(15, 200))
            .volunteerCount(between(0, 15));
      }
    }
    if (!ongoing || chance(50)) {
      long left = ChronoUnit.DAYS.between(started, asOf);
      record.endedOn(started.plusDays(random.nextLong(Math.min(30, left) + 1)));
    }
    return record.build();
  }

  private Demand demand(List<String> villageCodes, List<String> serviceRecordIds) {
    int roll = random.nextInt(100);
    DemandStatus status =
        roll < 15
            ? DemandStatus.COLLECTED
            : roll < 30
                ? DemandStatus.ASSESSED
                : roll < 40
                    ? DemandStatus.PLANNED
                    : roll < 55
                        ? DemandStatus.MATCHED
                        : roll < 90 ? DemandStatus.DONE : DemandStatus.REJECTED;
    Demand.Builder demand =
        Demand.builder()
            .id(nextId(RecordType.DEMAND))
            .divisionCode(DivisionCode.of(villageCodes.get(random.nextInt(villageCodes.size()))))
            .channel(DemandChannel.values()[random.nextInt(DemandChannel.values().length)])
            .summary(Words.pick(random, Words.DEMAND_SUMMARIES))
            .urgency(between(1, 3))
            .difficulty(between(1, 3))
            .status(status);
    if (status == DemandStatus.DONE) {
      demand
          .addServiceRecordIds(serviceRecordIds.get(random.nextInt(serviceRecordIds.size())))
          .satisfaction(between(3, 5));
    } else if (status == DemandStatus.REJECTED) {
      demand.rejectionReason(Words.pick(random, Words.REJECTION_REASONS));
    }
    return demand.build();
  }

  private Project project(County county, Agency agency) {
    boolean five = chance(50);
    LocalDate starts = asOf.minusDays(between(30, 330));
    Project.Builder project =
        Project.builder()
            .id(nextId(RecordType.PROJECT))
            .name(county.name() + Words.pick(random, Words.PROJECT_THEMES) + "项目")
            .funding(FundingType.values()[random.nextInt(FundingType.values().length)])
            .amount(Money.ofYuan(10_000L * between(5, 50)))
            .agencyId(agency.id())
            .startsOn(starts)
            .endsOn(starts.plusYears(1).minusDays(1))
            .fiveSocialLinkage(five);
    if (five) {
      project.linkageParties(List.of(LinkageParty.values()));
    } else {
      project.addLinkageParties(LinkageParty.COMMUNITY, LinkageParty.SOCIAL_WORKER);
      if (chance(50)) {
        project.addLinkageParties(LinkageParty.COMMUNITY_VOLUNTEER);
      }
    }
    return project.build();
  }
}
