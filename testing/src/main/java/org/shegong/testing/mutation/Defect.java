package org.shegong.testing.mutation;

import static org.shegong.core.model.RecordType.AGENCY;
import static org.shegong.core.model.RecordType.CHILD;
import static org.shegong.core.model.RecordType.DEMAND;
import static org.shegong.core.model.RecordType.PROJECT;
import static org.shegong.core.model.RecordType.SERVICE_RECORD;
import static org.shegong.core.model.RecordType.STATION;
import static org.shegong.core.model.RecordType.VOLUNTEER;
import static org.shegong.core.model.RecordType.VOLUNTEER_TEAM;
import static org.shegong.core.model.RecordType.WORKER;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.Agency;
import org.shegong.core.model.Child;
import org.shegong.core.model.Demand;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Project;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.VolunteerTeam;
import org.shegong.core.model.Worker;
import org.shegong.testing.internal.Mutation;
import org.shegong.testing.internal.Mutations;

/**
 * The catalogue of defects: each breaks exactly one rule of a valid record and names the rule code
 * a validator should report for it.
 *
 * <p>{@link #apply(ExchangeRecord, MutationContext)} returns a copy of the record that differs from
 * it only in {@link #changedFields()}, made with the model's {@code with…} methods or {@code
 * builder().from(…)}. A defect applies only to suitable records (the right {@link #recordType()},
 * and a value to break: a tier-1 child for "tier without care plan", a {@code DONE} demand for
 * "done without service records"); {@link #appliesTo(ExchangeRecord, MutationContext)} tells.
 * Applied to a record of {@link org.shegong.testing.sample.SampleData} with the sample's reference
 * date, a defect makes the record break that one rule and no other.
 *
 * <p>A legacy 15-digit citizen ID (SG-CID-006) is not in the catalogue: the model normalises it to
 * its 18-character form ({@code CitizenId.value()}, equality), so a model record cannot carry it;
 * it can only be written into the JSON text directly.
 *
 * <p><b>This enum is the one table of expected rule codes.</b> Every defect names the code of the
 * validation module's catalogue ({@code ShegongValidator.rules()}) that it triggers, and the
 * severity that rule has ({@link #severity()}: the qualification statuses, a duplicate role, an
 * unknown framework and overdue visits and reviews are warnings). An end-to-end test of this module
 * validates every defect with the validator and checks that the record gets that code and no other
 * issue.
 *
 * @since 0.1.0
 */
public enum Defect {

  // ---------------------------------------------------------------- structure
  /** SG-STR-001: an agency without its required {@code name}. */
  AGENCY_MISSING_NAME(
      "SG-STR-001",
      AGENCY,
      "required field missing: agency name",
      on(Agency.class, Mutations::missingName),
      "/name"),
  /** SG-STR-001: a worker without its required {@code citizenId}. */
  WORKER_MISSING_CITIZEN_ID(
      "SG-STR-001",
      WORKER,
      "required field missing: worker citizenId",
      on(Worker.class, Mutations::missingCitizenId),
      "/citizenId"),
  /** SG-STR-001: a child without its required {@code classification}. */
  CHILD_MISSING_CLASSIFICATION(
      "SG-STR-001",
      CHILD,
      "required field missing: child classification",
      on(Child.class, Mutations::missingClassification),
      "/classification"),

  // ---------------------------------------------------------------- identifiers
  /** SG-CID-004: a child's citizen ID with a wrong check character. */
  CHILD_CITIZEN_ID_WRONG_CHECK_CHARACTER(
      "SG-CID-004",
      CHILD,
      "citizen ID check character (ISO 7064 MOD 11-2) wrong",
      on(
          Child.class,
          (c, x) ->
              Optional.ofNullable(Mutations.wrongCheckCharacter(c.citizenId(), x.asOf()))
                  .map(c::withCitizenId)
                  .orElse(null)),
      "/citizenId"),
  /** SG-CID-004: a worker's citizen ID with a wrong check character. */
  WORKER_CITIZEN_ID_WRONG_CHECK_CHARACTER(
      "SG-CID-004",
      WORKER,
      "citizen ID check character (ISO 7064 MOD 11-2) wrong",
      on(
          Worker.class,
          (w, x) ->
              Optional.ofNullable(Mutations.wrongCheckCharacter(w.citizenId(), x.asOf()))
                  .map(w::withCitizenId)
                  .orElse(null)),
      "/citizenId"),
  /** SG-CID-001: a worker's citizen ID of 17 characters. */
  WORKER_CITIZEN_ID_WRONG_LENGTH(
      "SG-CID-001",
      WORKER,
      "citizen ID not 18 characters (or 15 digits)",
      on(Worker.class, Mutations::workerIdWrongLength),
      "/citizenId"),
  /** SG-CID-002: a worker's citizen ID starting with the non-existent province code 20. */
  WORKER_CITIZEN_ID_UNKNOWN_PROVINCE(
      "SG-CID-002",
      WORKER,
      "citizen ID address code in no province",
      on(Worker.class, Mutations::workerIdUnknownProvince),
      "/citizenId"),
  /** SG-CID-003: a worker's citizen ID with birth month 13. */
  WORKER_CITIZEN_ID_INVALID_BIRTH_DATE(
      "SG-CID-003",
      WORKER,
      "citizen ID birth date not a real date",
      on(Worker.class, Mutations::workerIdInvalidBirthDate),
      "/citizenId"),
  /** SG-CID-005: a worker's citizen ID with a birth date after the reference date. */
  WORKER_CITIZEN_ID_BORN_AFTER_REFERENCE_DATE(
      "SG-CID-005",
      WORKER,
      "citizen ID birth date after the reference date",
      on(Worker.class, Mutations::workerIdBornAfterReferenceDate),
      "/citizenId"),
  /** SG-USC-002: an agency's credit code with a wrong check character. */
  AGENCY_CREDIT_CODE_WRONG_CHECK_CHARACTER(
      "SG-USC-002",
      AGENCY,
      "credit code check character (GB 32100) wrong",
      on(Agency.class, Mutations::creditCodeWrongCheck),
      "/creditCode"),
  /** SG-USC-001: an agency's credit code of 17 characters. */
  AGENCY_CREDIT_CODE_WRONG_LENGTH(
      "SG-USC-001",
      AGENCY,
      "credit code not 18 allowed characters",
      on(Agency.class, Mutations::creditCodeWrongLength),
      "/creditCode"),
  /** SG-USC-001: an agency's credit code containing the forbidden letter Z. */
  AGENCY_CREDIT_CODE_FORBIDDEN_CHARACTER(
      "SG-USC-001",
      AGENCY,
      "credit code with a character outside 0-9ABCDEFGHJKLMNPQRTUWXY",
      on(Agency.class, Mutations::creditCodeForbiddenCharacter),
      "/creditCode"),
  /** SG-TEL-001: a worker's mobile number of 10 digits. */
  WORKER_PHONE_MALFORMED(
      "SG-TEL-001",
      WORKER,
      "not a mainland mobile number",
      on(Worker.class, Mutations::workerPhoneMalformed),
      "/phone"),
  /** SG-TEL-001: a guardian's mobile number starting 12. */
  GUARDIAN_PHONE_MALFORMED(
      "SG-TEL-001",
      CHILD,
      "not a mainland mobile number",
      on(Child.class, Mutations::guardianPhoneMalformed),
      "/guardian/phone"),

  // ---------------------------------------------------------------- division codes
  /** SG-DIV-001: an agency's division code of 5 digits. */
  AGENCY_DIVISION_CODE_MALFORMED(
      "SG-DIV-001",
      AGENCY,
      "division code not 6, 9 or 12 digits",
      on(Agency.class, Mutations::divisionMalformed),
      "/divisionCode"),
  /** SG-DIV-003: a township station at a well-formed township code that is not in the table. */
  TOWNSHIP_STATION_UNKNOWN_TOWNSHIP(
      "SG-DIV-003",
      STATION,
      "division code not in the division table",
      on(Station.class, Mutations::unknownTownship),
      "/divisionCode"),
  /** SG-DIV-004: a village room at its township's 9-digit code. */
  VILLAGE_ROOM_AT_TOWNSHIP_CODE(
      "SG-DIV-004",
      STATION,
      "division code of the wrong level for a VILLAGE_ROOM (needs a village code)",
      on(Station.class, Mutations::villageRoomAtTownship),
      "/divisionCode"),
  /** SG-DIV-004: a township station at its county's 6-digit code. */
  TOWNSHIP_STATION_AT_COUNTY_CODE(
      "SG-DIV-004",
      STATION,
      "division code of the wrong level for a TOWNSHIP_STATION (needs a township code)",
      on(Station.class, Mutations::townshipStationAtCounty),
      "/divisionCode"),

  // ---------------------------------------------------------------- dates
  /** SG-DAT-001: an agency registered 30 days after the reference date. */
  AGENCY_REGISTERED_IN_FUTURE(
      "SG-DAT-001",
      AGENCY,
      "date after the reference date: registeredOn",
      on(Agency.class, Mutations::registeredInFuture),
      "/registeredOn"),
  /** SG-DAT-001: a station opened 30 days after the reference date. */
  STATION_OPENED_IN_FUTURE(
      "SG-DAT-001",
      STATION,
      "date after the reference date: openedOn",
      on(Station.class, Mutations::openedInFuture),
      "/openedOn"),
  /** SG-DAT-002: a service record that ends the day before it starts. */
  SERVICE_RECORD_ENDS_BEFORE_START(
      "SG-DAT-002",
      SERVICE_RECORD,
      "end before start: endedOn before startedOn",
      on(ServiceRecord.class, Mutations::serviceEndsBeforeStart),
      "/endedOn"),
  /** SG-DAT-002: a project that ends the day before it starts. */
  PROJECT_ENDS_BEFORE_START(
      "SG-DAT-002",
      PROJECT,
      "end before start: endsOn before startsOn",
      on(Project.class, Mutations::projectEndsBeforeStart),
      "/endsOn"),

  // ---------------------------------------------------------------- service frameworks
  /** SG-FWK-010: a plan naming a framework that is not registered. */
  STATION_UNKNOWN_FRAMEWORK(
      "SG-FWK-010",
      Severity.WARNING,
      STATION,
      "service plan names an unknown framework",
      on(Station.class, Mutations::unknownFramework),
      "/servicePlan/framework"),
  /** SG-FWK-002: a 1+1+5+X plan with three slots. */
  STATION_PLAN_WRONG_SLOT_COUNT(
      "SG-FWK-002",
      STATION,
      "service plan has a different number of slots than its framework",
      on(Station.class, Mutations::planWrongSlotCount),
      "/servicePlan/slots"),
  /** SG-FWK-003: a 1+1+5+X plan with two key projects. */
  STATION_PLAN_TWO_KEY_PROJECTS(
      "SG-FWK-003",
      STATION,
      "fixed slot without exactly its count of items",
      on(Station.class, Mutations::planTwoKeyProjects),
      "/servicePlan/slots"),
  /** SG-FWK-004: a 1+1+5+X plan missing one of the five service domains. */
  STATION_PLAN_MISSING_SERVICE_DOMAIN(
      "SG-FWK-004",
      STATION,
      "closed slot misses required members",
      on(Station.class, Mutations::planMissingDomain),
      "/servicePlan/slots"),
  /** SG-FWK-007: a 1+1+5+X plan whose key project is also a brand service. */
  STATION_PLAN_ITEM_IN_TWO_SLOTS(
      "SG-FWK-007",
      STATION,
      "the same item in two slots",
      on(Station.class, Mutations::planItemInTwoSlots),
      "/servicePlan/slots"),

  // ---------------------------------------------------------------- qualifications
  /** SG-QUA-002: a worker's registration that ended the day before the reference date. */
  WORKER_REGISTRATION_EXPIRED(
      "SG-QUA-002",
      Severity.WARNING,
      WORKER,
      "qualification registration expired",
      on(Worker.class, Mutations::registrationExpired),
      "/qualification"),
  /** SG-QUA-004: one hour less of continuing education than the level requires. */
  WORKER_CONTINUING_EDUCATION_SHORT(
      "SG-QUA-004",
      Severity.WARNING,
      WORKER,
      "continuing education below the hours the level requires (72 h / 90 h)",
      on(Worker.class, Mutations::continuingEducationShort),
      "/qualification"),
  /** SG-WRK-001: a worker listing the same role twice. */
  WORKER_DUPLICATE_ROLE(
      "SG-WRK-001",
      Severity.WARNING,
      WORKER,
      "worker roles: the same role listed twice",
      on(Worker.class, Mutations::duplicateRole),
      "/roles"),

  // ---------------------------------------------------------------- children
  /**
   * SG-CHD-004: LEFT_BEHIND declared, with both parents migrant workers, for a rural child aged 16
   * or 17 whose parents were recorded present (the child's ID and age are left as they are).
   */
  CHILD_LEFT_BEHIND_AGED_16(
      "SG-CHD-004",
      CHILD,
      "category LEFT_BEHIND declared for a child aged 16 or over (农村留守儿童: under 16)",
      on(Child.class, Mutations::leftBehindAged16),
      "/categories",
      "/parents"),
  /** SG-CHD-005: a LEFT_BEHIND child with an urban household registration. */
  CHILD_LEFT_BEHIND_URBAN_HOUSEHOLD(
      "SG-CHD-005",
      CHILD,
      "category LEFT_BEHIND declared for a child without rural household registration",
      on(Child.class, Mutations::leftBehindUrban),
      "/ruralHousehold"),
  /** SG-CHD-006: ORPHAN declared for a child whose parents are both present. */
  CHILD_ORPHAN_WITH_PARENTS_PRESENT(
      "SG-CHD-006",
      CHILD,
      "category ORPHAN declared but the parents' situations do not make the child an orphan",
      on(Child.class, Mutations::orphanWithParentsPresent),
      "/categories"),
  /** SG-CHD-001: a birth date one day away from the citizen ID's. */
  CHILD_BIRTH_DATE_DIFFERS_FROM_CITIZEN_ID(
      "SG-CHD-001",
      CHILD,
      "birthDate differs from the birth date in the citizen ID",
      on(Child.class, Mutations::birthDateMismatch),
      "/birthDate"),
  /** SG-CHD-010: a child in tiers 1–3 without a care plan. */
  CHILD_TIER_WITHOUT_CARE_PLAN(
      "SG-CHD-010",
      CHILD,
      "tiers 1-3 require a care plan (个案帮扶计划)",
      on(Child.class, Mutations::withoutCarePlan),
      "/carePlan"),
  /** SG-CHD-011: a child in tiers 1–3 without a child supervisor. */
  CHILD_TIER_WITHOUT_CHILD_SUPERVISOR(
      "SG-CHD-011",
      CHILD,
      "tiers 1-3 require a responsible township child supervisor (儿童督导员)",
      on(Child.class, Mutations::withoutChildSupervisor),
      "/responsibleIds/childSupervisorId"),
  /** SG-CHD-012: a child in tiers 1–3 without a child director. */
  CHILD_TIER_WITHOUT_CHILD_DIRECTOR(
      "SG-CHD-012",
      CHILD,
      "tiers 1-3 require a responsible child director (儿童主任)",
      on(Child.class, Mutations::withoutChildDirector),
      "/responsibleIds/childDirectorId"),
  /** SG-CHD-013: a child in tiers 1–2 without a social worker. */
  CHILD_TIER_WITHOUT_SOCIAL_WORKER(
      "SG-CHD-013",
      CHILD,
      "tiers 1-2 require a responsible professional social worker",
      on(Child.class, Mutations::withoutSocialWorker),
      "/responsibleIds/socialWorkerId"),
  /** SG-CHD-014: the last visit older than the tier's default interval. */
  CHILD_VISITS_OVERDUE(
      "SG-CHD-014",
      Severity.WARNING,
      CHILD,
      "last visit older than the tier's visit interval (default policy: 7/14/30/90 days)",
      on(Child.class, Mutations::visitsOverdue),
      "/visits"),
  /**
   * SG-CHD-015: the visits before the last moved back by the tier's default interval plus one day,
   * so the last gap is too long while the last visit stays on time.
   */
  CHILD_VISIT_GAP_TOO_LONG(
      "SG-CHD-015",
      Severity.WARNING,
      CHILD,
      "consecutive visits further apart than the tier's visit interval (default policy)",
      on(Child.class, Mutations::visitGapTooLong),
      "/visits"),
  /** SG-CHD-016: the next review of the classification before the reference date. */
  CHILD_REVIEW_OVERDUE(
      "SG-CHD-016",
      Severity.WARNING,
      CHILD,
      "classification review overdue at the reference date (nextReviewOn passed)",
      on(Child.class, Mutations::reviewOverdue),
      "/classification"),
  /** SG-CHD-020: a child under 14 without the guardian's consent. */
  CHILD_UNDER_14_WITHOUT_GUARDIAN_CONSENT(
      "SG-CHD-020",
      CHILD,
      "guardian consent required for children under 14 (PIPL art. 28/31)",
      on(Child.class, Mutations::withoutConsent),
      "/guardianConsent"),

  // ---------------------------------------------------------------- demands, projects, services
  /** SG-DEM-001: a DONE demand without service records. */
  DEMAND_DONE_WITHOUT_SERVICE_RECORDS(
      "SG-DEM-001",
      DEMAND,
      "a DONE demand needs serviceRecordIds",
      on(Demand.class, Mutations::doneWithoutServiceRecords),
      "/serviceRecordIds"),
  /** SG-DEM-002: a REJECTED demand without a reason. */
  DEMAND_REJECTED_WITHOUT_REASON(
      "SG-DEM-002",
      DEMAND,
      "a REJECTED demand needs a rejectionReason",
      on(Demand.class, Mutations::rejectedWithoutReason),
      "/rejectionReason"),
  /** SG-DEM-003: a satisfaction rating on a demand that is not {@code DONE}. */
  DEMAND_SATISFACTION_BEFORE_DONE(
      "SG-DEM-003",
      DEMAND,
      "only a DONE demand may carry a satisfaction rating",
      on(Demand.class, Mutations::satisfactionBeforeDone),
      "/satisfaction"),
  /** SG-DEM-004: urgency 4. */
  DEMAND_URGENCY_OUT_OF_RANGE(
      "SG-DEM-004",
      DEMAND,
      "urgency outside 1-3",
      on(Demand.class, Mutations::urgencyOutOfRange),
      "/urgency"),
  /** SG-DEM-005: satisfaction 6. */
  DEMAND_SATISFACTION_OUT_OF_RANGE(
      "SG-DEM-005",
      DEMAND,
      "satisfaction outside 1-5",
      on(Demand.class, Mutations::satisfactionOutOfRange),
      "/satisfaction"),
  /** SG-LNK-001: 五社联动 declared with four parties. */
  PROJECT_FIVE_SOCIAL_LINKAGE_WITH_FOUR_PARTIES(
      "SG-LNK-001",
      PROJECT,
      "fiveSocialLinkage declared but not all five parties named (五社联动)",
      on(Project.class, Mutations::fourLinkageParties),
      "/linkageParties"),
  /** SG-PRJ-001: a project amount of zero. */
  PROJECT_AMOUNT_NOT_POSITIVE(
      "SG-PRJ-001",
      PROJECT,
      "project amount not positive",
      on(Project.class, Mutations::amountZero),
      "/amount"),
  /** SG-SRV-001: a case stage on a service record that is not casework. */
  SERVICE_RECORD_CASE_STAGE_WITHOUT_CASEWORK(
      "SG-SRV-001",
      SERVICE_RECORD,
      "caseStage only for CASEWORK",
      on(ServiceRecord.class, Mutations::caseStageWithoutCasework),
      "/caseStage"),
  /** SG-SRV-002: participants -1. */
  SERVICE_RECORD_NEGATIVE_PARTICIPANTS(
      "SG-SRV-002",
      SERVICE_RECORD,
      "participants must be 0 or more",
      on(ServiceRecord.class, Mutations::negativeParticipants),
      "/participants"),
  /** SG-SRV-003: sessions 0. */
  SERVICE_RECORD_ZERO_SESSIONS(
      "SG-SRV-003",
      SERVICE_RECORD,
      "sessions must be 1 or more",
      on(ServiceRecord.class, Mutations::zeroSessions),
      "/sessions"),

  // ---------------------------------------------------------------- volunteers (extension)
  /** SG-STR-001: a volunteer without its required {@code name}. */
  VOLUNTEER_MISSING_NAME(
      "SG-STR-001",
      VOLUNTEER,
      "required field missing: volunteer name",
      on(Volunteer.class, Mutations::volunteerMissingName),
      "/name"),
  /** SG-TEL-001: a volunteer's mobile number of 10 digits. */
  VOLUNTEER_PHONE_MALFORMED(
      "SG-TEL-001",
      VOLUNTEER,
      "not a mainland mobile number",
      on(Volunteer.class, Mutations::volunteerPhoneMalformed),
      "/phone"),
  /** SG-VOL-001: a volunteer with negative service hours. */
  VOLUNTEER_NEGATIVE_SERVICE_HOURS(
      "SG-VOL-001",
      VOLUNTEER,
      "negative service hours",
      on(Volunteer.class, Mutations::volunteerNegativeServiceHours),
      "/serviceHours"),
  /** SG-BAT-002: a volunteer team whose station is not in the batch. */
  VOLUNTEER_TEAM_DANGLING_STATION_ID(
      "SG-BAT-002",
      VOLUNTEER_TEAM,
      "reference to a record not in the batch: stationId",
      on(VolunteerTeam.class, Mutations::teamDanglingStation),
      "/stationId"),

  // ---------------------------------------------------------------- batch
  /** SG-BAT-001: a demand with the id of the batch's first demand. */
  DEMAND_DUPLICATE_ID(
      "SG-BAT-001",
      DEMAND,
      "duplicate id within a record type",
      on(Demand.class, Mutations::duplicateId),
      "/id"),
  /** SG-BAT-001: a project with the id of the batch's first project. */
  PROJECT_DUPLICATE_ID(
      "SG-BAT-001",
      PROJECT,
      "duplicate id within a record type",
      on(Project.class, Mutations::duplicateId),
      "/id"),
  /** SG-BAT-002: a service record whose station is not in the batch. */
  SERVICE_RECORD_DANGLING_STATION_ID(
      "SG-BAT-002",
      SERVICE_RECORD,
      "reference to a record not in the batch: stationId",
      on(ServiceRecord.class, Mutations::danglingStation),
      "/stationId"),
  /** SG-BAT-002: a project whose agency is not in the batch. */
  PROJECT_DANGLING_AGENCY_ID(
      "SG-BAT-002",
      PROJECT,
      "reference to a record not in the batch: agencyId",
      on(Project.class, Mutations::danglingAgency),
      "/agencyId"),
  /** SG-BAT-004: the child's director named as its child supervisor. */
  CHILD_SUPERVISOR_WITHOUT_ROLE(
      "SG-BAT-004",
      CHILD,
      "childSupervisorId names a worker without the role CHILD_SUPERVISOR (儿童督导员)",
      on(Child.class, Mutations::directorAsChildSupervisor),
      "/responsibleIds/childSupervisorId"),
  /** SG-BAT-005: the child's supervisor named as its child director. */
  CHILD_DIRECTOR_WITHOUT_ROLE(
      "SG-BAT-005",
      CHILD,
      "childDirectorId names a worker without the role CHILD_DIRECTOR (儿童主任)",
      on(Child.class, Mutations::supervisorAsChildDirector),
      "/responsibleIds/childDirectorId"),
  /** SG-BAT-006: the child's (unqualified) director named as its professional social worker. */
  CHILD_SOCIAL_WORKER_UNQUALIFIED(
      "SG-BAT-006",
      CHILD,
      "socialWorkerId names a worker without a qualification (助理社会工作师 or higher)",
      on(Child.class, Mutations::directorAsSocialWorker),
      "/responsibleIds/socialWorkerId"),
  /**
   * SG-BAT-003: a second file of the batch's first child (the same person under another id); every
   * field but the id is copied from that child.
   */
  CHILD_DUPLICATE_CITIZEN_ID(
      "SG-BAT-003",
      CHILD,
      "the same citizen ID on two child records (一人一档)",
      on(Child.class, Mutations::duplicateCitizenId),
      "/name",
      "/citizenId",
      "/birthDate",
      "/sex",
      "/divisionCode",
      "/ruralHousehold",
      "/categories",
      "/parents",
      "/guardian",
      "/guardianConsent",
      "/classification",
      "/carePlan",
      "/responsibleIds",
      "/visits");

  private final String ruleCode;
  private final Severity severity;
  private final RecordType recordType;
  private final String rule;
  private final Mutation mutation;
  private final List<String> changedFields;

  Defect(String ruleCode, RecordType recordType, String rule, Mutation mutation, String... fields) {
    this(ruleCode, Severity.ERROR, recordType, rule, mutation, fields);
  }

  Defect(
      String ruleCode,
      Severity severity,
      RecordType recordType,
      String rule,
      Mutation mutation,
      String... fields) {
    this.ruleCode = Objects.requireNonNull(ruleCode, "ruleCode");
    this.severity = severity;
    this.recordType = recordType;
    this.rule = rule;
    this.mutation = mutation;
    this.changedFields = List.of(fields);
  }

  private static <T extends ExchangeRecord> Mutation on(
      Class<T> type,
      java.util.function.BiFunction<T, MutationContext, @Nullable ExchangeRecord> mutation) {
    return Mutations.on(type, mutation);
  }

  /**
   * Returns the rule code a validator should report for this defect.
   *
   * @return the code of the validation module's catalogue, for example {@code SG-CID-004}; never
   *     null
   */
  public String ruleCode() {
    return ruleCode;
  }

  /**
   * Returns the rule the defect breaks, in words.
   *
   * @return a short English description, never null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the severity a validator should give the issue.
   *
   * @return the severity of the rule {@link #ruleCode()} in the {@code EXCHANGE} profile, never
   *     null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the type of record the defect applies to.
   *
   * @return the record type, never null
   */
  public RecordType recordType() {
    return recordType;
  }

  /**
   * Returns the JSON Pointers of the top-level or nested fields the defect changes.
   *
   * @return an unmodifiable list, never empty, for example {@code [/citizenId]}
   */
  public List<String> changedFields() {
    return changedFields;
  }

  /**
   * Tells whether the defect applies to a record in a batch.
   *
   * @param record the record; not null
   * @param context the reference date, division table and earlier records; not null
   * @return {@code true} when {@link #apply(ExchangeRecord, MutationContext)} would break it
   */
  public boolean appliesTo(ExchangeRecord record, MutationContext context) {
    return mutate(record, context) != null;
  }

  /**
   * Tells whether the defect applies to a lone record in the {@linkplain MutationContext#defaults()
   * default context}.
   *
   * @param record the record; not null
   * @return {@code true} when {@link #apply(ExchangeRecord)} would break it
   */
  public boolean appliesTo(ExchangeRecord record) {
    return appliesTo(record, MutationContext.defaults());
  }

  /**
   * Returns a copy of the record with this defect, in a batch.
   *
   * @param record the record; not null
   * @param context the reference date, division table and earlier records; not null
   * @return the broken copy, never null; it differs from {@code record} only in {@link
   *     #changedFields()}
   * @throws IllegalArgumentException when the defect does not apply to the record
   */
  public ExchangeRecord apply(ExchangeRecord record, MutationContext context) {
    ExchangeRecord mutated = mutate(record, context);
    if (mutated == null) {
      throw new IllegalArgumentException(
          "defect "
              + name()
              + " does not apply to "
              + record.recordType().code()
              + " "
              + record.id());
    }
    return mutated;
  }

  /**
   * Returns a copy of a lone record with this defect, in the {@linkplain MutationContext#defaults()
   * default context} (reference date {@code 2024-06-30}, no other records: the batch defects that
   * copy from an earlier record do not apply).
   *
   * @param record the record; not null
   * @return the broken copy, never null
   * @throws IllegalArgumentException when the defect does not apply to the record
   */
  public ExchangeRecord apply(ExchangeRecord record) {
    return apply(record, MutationContext.defaults());
  }

  /**
   * Returns a copy of the record with this defect, typed as the record.
   *
   * @param <T> the record's type
   * @param record the record; not null
   * @param context the reference date, division table and earlier records; not null
   * @return the broken copy, never null
   * @throws IllegalArgumentException when the defect does not apply to the record
   */
  @SuppressWarnings("unchecked")
  public <T extends ExchangeRecord> T applyTo(T record, MutationContext context) {
    return (T) apply(record, context);
  }

  private @Nullable ExchangeRecord mutate(ExchangeRecord record, MutationContext context) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(context, "context");
    return mutation.mutate(record, context);
  }

  /**
   * Returns the defects that apply to a record in a batch.
   *
   * @param record the record; not null
   * @param context the reference date, division table and earlier records; not null
   * @return the applicable defects in catalogue order; empty when none applies
   */
  public static List<Defect> applicableTo(ExchangeRecord record, MutationContext context) {
    List<Defect> result = new ArrayList<>();
    for (Defect defect : values()) {
      if (defect.recordType == record.recordType() && defect.appliesTo(record, context)) {
        result.add(defect);
      }
    }
    return result;
  }

  /**
   * Returns the defects whose expected rule code is the given one.
   *
   * @param ruleCode a rule code such as {@code SG-CID-004}; not null
   * @return the defects in catalogue order; empty when none expects that code
   */
  public static List<Defect> withRuleCode(String ruleCode) {
    Objects.requireNonNull(ruleCode, "ruleCode");
    List<Defect> result = new ArrayList<>();
    for (Defect defect : values()) {
      if (ruleCode.equals(defect.ruleCode)) {
        result.add(defect);
      }
    }
    return result;
  }
}
