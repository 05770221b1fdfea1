package org.shegong.testing.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.DemandStatus;
import org.shegong.core.code.LinkageParty;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.ServiceMethod;
import org.shegong.core.code.StationLevel;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.model.Agency;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Demand;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Guardian;
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
import org.shegong.core.qualification.QualificationPolicy;
import org.shegong.testing.mutation.MutationContext;

/**
 * The mutations behind {@code Defect}: each returns a copy of a record that differs in the one
 * thing that breaks its rule, or null when the record is not suitable.
 *
 * @since 0.1.0
 */
public final class Mutations {

  /** A station id that no sample batch contains. */
  public static final String MISSING_STATION_ID = "ST-MISSING";

  /** An agency id that no sample batch contains. */
  public static final String MISSING_AGENCY_ID = "AG-MISSING";

  /** A framework notation that is not in the built-in registry. */
  public static final String UNKNOWN_FRAMEWORK = "1+1+6+X";

  private static final int SERVICE_DOMAIN_SLOT = 2;

  private Mutations() {}

  /**
   * Lifts a mutation of one record type to any record: other types are not suitable.
   *
   * @param <T> the record type
   * @param type the record class
   * @param mutation the mutation, returning null when not suitable
   * @return the mutation of any record
   */
  public static <T extends ExchangeRecord> Mutation on(
      Class<T> type, BiFunction<T, MutationContext, @Nullable ExchangeRecord> mutation) {
    return (record, context) -> {
      if (!type.isInstance(record)) {
        return null;
      }
      ExchangeRecord mutated = mutation.apply(type.cast(record), context);
      return mutated == null || mutated.equals(record) ? null : mutated;
    };
  }

  // ---------------------------------------------------------------- identifiers

  /**
   * Replaces the check character of a valid citizen ID with another one.
   *
   * @param id the identifier, may be null
   * @param asOf the reference date
   * @return the broken identifier, or null when {@code id} is absent or not a valid 18-character ID
   */
  public static @Nullable CitizenId wrongCheckCharacter(Optional<CitizenId> id, LocalDate asOf) {
    if (id.isEmpty() || !id.get().isValid() || id.get().wasLegacy()) {
      return null;
    }
    String value = id.get().value();
    char right = value.charAt(17);
    char wrong = right == '0' ? '1' : right == 'X' ? '0' : (char) (right - 1);
    return CitizenId.lenient(value.substring(0, 17) + wrong, asOf);
  }

  /**
   * Rewrites a valid citizen ID with other first 17 characters and the right check character.
   *
   * @param id the identifier
   * @param first17 the new first 17 digits
   * @param asOf the reference date
   * @return the rewritten identifier
   */
  public static CitizenId recheck(CitizenId id, String first17, LocalDate asOf) {
    return CitizenId.lenient(first17 + CitizenId.checkCharacter(first17), asOf);
  }

  private static boolean validId(Optional<CitizenId> id) {
    return id.isPresent() && id.get().isValid() && !id.get().wasLegacy();
  }

  /**
   * Drops the last character of a worker's citizen ID.
   *
   * @param w the worker
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Worker workerIdWrongLength(Worker w, MutationContext c) {
    return validId(w.citizenId())
        ? w.withCitizenId(CitizenId.lenient(w.citizenId().get().value().substring(0, 17), c.asOf()))
        : null;
  }

  /**
   * Gives a worker's citizen ID the impossible birth month 13.
   *
   * @param w the worker
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Worker workerIdInvalidBirthDate(Worker w, MutationContext c) {
    if (!validId(w.citizenId())) {
      return null;
    }
    String v = w.citizenId().get().value();
    return w.withCitizenId(
        recheck(w.citizenId().get(), v.substring(0, 10) + "13" + v.substring(12, 17), c.asOf()));
  }

  /**
   * Moves the birth date in a worker's citizen ID to 30 days after the reference date.
   *
   * @param w the worker
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Worker workerIdBornAfterReferenceDate(Worker w, MutationContext c) {
    if (!validId(w.citizenId())) {
      return null;
    }
    CitizenId id = w.citizenId().get();
    String first17 =
        Identifiers.citizenIdFirst17(
            id.addressCode(), c.asOf().plusDays(30), Integer.parseInt(id.sequence()));
    return w.withCitizenId(recheck(id, first17, c.asOf()));
  }

  /**
   * Puts the non-existent province code 20 at the start of a worker's citizen ID.
   *
   * @param w the worker
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Worker workerIdUnknownProvince(Worker w, MutationContext c) {
    if (!validId(w.citizenId())) {
      return null;
    }
    String v = w.citizenId().get().value();
    return w.withCitizenId(recheck(w.citizenId().get(), "20" + v.substring(2, 17), c.asOf()));
  }

  /**
   * Replaces the check character of an agency's credit code with another allowed character.
   *
   * @param a the agency
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Agency creditCodeWrongCheck(Agency a, MutationContext c) {
    if (a.creditCode().isEmpty() || !a.creditCode().get().isValid()) {
      return null;
    }
    String v = a.creditCode().get().value();
    int right = CreditCode.ALPHABET.indexOf(v.charAt(17));
    char wrong = CreditCode.ALPHABET.charAt((right + 1) % CreditCode.ALPHABET.length());
    return a.withCreditCode(CreditCode.lenient(v.substring(0, 17) + wrong));
  }

  /**
   * Drops the last character of an agency's credit code.
   *
   * @param a the agency
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Agency creditCodeWrongLength(Agency a, MutationContext c) {
    if (a.creditCode().isEmpty() || !a.creditCode().get().isValid()) {
      return null;
    }
    return a.withCreditCode(CreditCode.lenient(a.creditCode().get().value().substring(0, 17)));
  }

  /**
   * Puts the forbidden letter Z into the organisation code of an agency's credit code.
   *
   * @param a the agency
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Agency creditCodeForbiddenCharacter(Agency a, MutationContext c) {
    if (a.creditCode().isEmpty() || !a.creditCode().get().isValid()) {
      return null;
    }
    String v = a.creditCode().get().value();
    return a.withCreditCode(CreditCode.lenient(v.substring(0, 9) + 'Z' + v.substring(10)));
  }

  /**
   * Drops the last digit of a worker's mobile number.
   *
   * @param w the worker
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Worker workerPhoneMalformed(Worker w, MutationContext c) {
    if (w.phone().isEmpty() || !w.phone().get().isValid()) {
      return null;
    }
    return w.withPhone(MobileNumber.lenient(w.phone().get().value().substring(0, 10)));
  }

  /**
   * Makes the second digit of the guardian's mobile number a 2, which no mobile number has.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child guardianPhoneMalformed(Child child, MutationContext c) {
    Optional<Guardian> guardian = child.guardian();
    if (guardian.isEmpty()
        || guardian.get().phone().isEmpty()
        || !guardian.get().phone().get().isValid()) {
      return null;
    }
    String v = guardian.get().phone().get().value();
    return child.withGuardian(
        guardian.get().withPhone(MobileNumber.lenient("12" + v.substring(2))));
  }

  // ---------------------------------------------------------------- division codes

  /**
   * Cuts an agency's 6-digit division code to 5 digits.
   *
   * @param a the agency
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Agency divisionMalformed(Agency a, MutationContext c) {
    if (a.divisionCode().isEmpty() || !a.divisionCode().get().isValid()) {
      return null;
    }
    return a.withDivisionCode(DivisionCode.lenient(a.divisionCode().get().value().substring(0, 5)));
  }

  /**
   * Moves a township station to a well-formed township code of its county that is not in the table.
   *
   * @param s the station
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Station unknownTownship(Station s, MutationContext c) {
    if (s.level().orElse(null) != StationLevel.TOWNSHIP_STATION
        || s.divisionCode().isEmpty()
        || !s.divisionCode().get().isValid()) {
      return null;
    }
    DivisionTable table = c.divisionTable();
    String county = s.divisionCode().get().value().substring(0, 6);
    for (int n = 399; n >= 100; n--) {
      String code = county + n;
      if (!table.contains(code)) {
        return s.withDivisionCode(DivisionCode.of(code));
      }
    }
    return null;
  }

  /**
   * Gives a village room its township's 9-digit code.
   *
   * @param s the station
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Station villageRoomAtTownship(Station s, MutationContext c) {
    if (s.level().orElse(null) != StationLevel.VILLAGE_ROOM
        || s.divisionCode().isEmpty()
        || !s.divisionCode().get().isValid()
        || s.divisionCode().get().value().length() != 12) {
      return null;
    }
    String township = s.divisionCode().get().value().substring(0, 9);
    return c.divisionTable().contains(township)
        ? s.withDivisionCode(DivisionCode.of(township))
        : null;
  }

  /**
   * Gives a township station its county's 6-digit code.
   *
   * @param s the station
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Station townshipStationAtCounty(Station s, MutationContext c) {
    if (s.level().orElse(null) != StationLevel.TOWNSHIP_STATION
        || s.divisionCode().isEmpty()
        || !s.divisionCode().get().isValid()) {
      return null;
    }
    String county = s.divisionCode().get().value().substring(0, 6);
    return c.divisionTable().contains(county) ? s.withDivisionCode(DivisionCode.of(county)) : null;
  }

  // ---------------------------------------------------------------- dates

  /**
   * Moves an agency's registration to 30 days after the reference date.
   *
   * @param a the agency
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Agency registeredInFuture(Agency a, MutationContext c) {
    return a.withRegisteredOn(c.asOf().plusDays(30));
  }

  /**
   * Moves a station's opening to 30 days after the reference date.
   *
   * @param s the station
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Station openedInFuture(Station s, MutationContext c) {
    return s.withOpenedOn(c.asOf().plusDays(30));
  }

  /**
   * Makes a service record end the day before it starts.
   *
   * @param s the service record
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable ServiceRecord serviceEndsBeforeStart(ServiceRecord s, MutationContext c) {
    return s.startedOn().map(start -> s.withEndedOn(start.minusDays(1))).orElse(null);
  }

  /**
   * Makes a project end the day before it starts.
   *
   * @param p the project
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Project projectEndsBeforeStart(Project p, MutationContext c) {
    return p.startsOn().map(start -> p.withEndsOn(start.minusDays(1))).orElse(null);
  }

  // ---------------------------------------------------------------- service plans

  private static Station withPlanSlots(Station s, List<List<String>> slots) {
    return s.withServicePlan(s.servicePlan().orElseThrow().withSlots(slots));
  }

  private static @Nullable List<List<String>> conformingSlots(Station s) {
    Optional<ServicePlan> plan = s.servicePlan();
    if (plan.isEmpty()
        || !plan.get().framework().equals(Optional.of(SampleGenerator.FRAMEWORK))
        || plan.get().slots().size() != 4) {
      return null;
    }
    return new ArrayList<>(plan.get().slots());
  }

  /**
   * Removes the last service domain from a 1+1+5+X plan.
   *
   * @param s the station
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Station planMissingDomain(Station s, MutationContext c) {
    List<List<String>> slots = conformingSlots(s);
    if (slots == null || slots.get(SERVICE_DOMAIN_SLOT).isEmpty()) {
      return null;
    }
    List<String> domains = slots.get(SERVICE_DOMAIN_SLOT);
    slots.set(SERVICE_DOMAIN_SLOT, domains.subList(0, domains.size() - 1));
    return withPlanSlots(s, slots);
  }

  /**
   * Adds the key project of a 1+1+5+X plan to its brand slot too.
   *
   * @param s the station
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Station planItemInTwoSlots(Station s, MutationContext c) {
    List<List<String>> slots = conformingSlots(s);
    if (slots == null || slots.get(1).size() != 1 || slots.get(3).contains(slots.get(1).get(0))) {
      return null;
    }
    List<String> brands = new ArrayList<>(slots.get(3));
    brands.add(slots.get(1).get(0));
    slots.set(3, brands);
    return withPlanSlots(s, slots);
  }

  /**
   * Adds a second key project to a 1+1+5+X plan.
   *
   * @param s the station
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Station planTwoKeyProjects(Station s, MutationContext c) {
    List<List<String>> slots = conformingSlots(s);
    if (slots == null || slots.get(1).size() != 1) {
      return null;
    }
    String second = "另一重点服务项目";
    if (slots.stream().anyMatch(slot -> slot.contains(second))) {
      return null;
    }
    slots.set(1, List.of(slots.get(1).get(0), second));
    return withPlanSlots(s, slots);
  }

  /**
   * Drops the last slot (X) of a 1+1+5+X plan.
   *
   * @param s the station
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Station planWrongSlotCount(Station s, MutationContext c) {
    List<List<String>> slots = conformingSlots(s);
    return slots == null ? null : withPlanSlots(s, slots.subList(0, 3));
  }

  /**
   * Names a framework that is not in the built-in registry.
   *
   * @param s the station
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Station unknownFramework(Station s, MutationContext c) {
    return s.servicePlan()
        .map(plan -> s.withServicePlan(plan.withFramework(UNKNOWN_FRAMEWORK)))
        .orElse(null);
  }

  // ---------------------------------------------------------------- qualifications

  /**
   * Lets a worker's registration end the day before the reference date, unless children may name
   * the worker as their professional social worker.
   *
   * @param w the worker
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Worker registrationExpired(Worker w, MutationContext c) {
    Optional<Qualification> q = w.qualification();
    // not a resident social worker: children name those as their professional social worker, and
    // an expired registration would break their slots too (SG-BAT-007)
    if (w.roles().contains(org.shegong.core.code.WorkerRole.RESIDENT_SOCIAL_WORKER)
        || q.isEmpty()
        || q.get().obtainedOn().isEmpty()
        || !q.get().obtainedOn().get().isBefore(c.asOf().minusDays(1))
        || q.get().registeredUntil().isEmpty()) {
      return null;
    }
    return w.withQualification(q.get().withRegisteredUntil(c.asOf().minusDays(1)));
  }

  /**
   * Records one hour less of continuing education than the level requires.
   *
   * @param w the worker
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Worker continuingEducationShort(Worker w, MutationContext c) {
    Optional<Qualification> q = w.qualification();
    if (q.isEmpty() || q.get().level().isEmpty()) {
      return null;
    }
    int required =
        QualificationPolicy.defaults().requiredContinuingEducationHours(q.get().level().get());
    return w.withQualification(q.get().withContinuingEducationHours(required - 1));
  }

  /**
   * Lists a worker's first role twice.
   *
   * @param w the worker
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Worker duplicateRole(Worker w, MutationContext c) {
    if (w.roles().isEmpty() || w.roles().size() != w.roles().stream().distinct().count()) {
      return null;
    }
    List<org.shegong.core.code.WorkerRole> roles = new ArrayList<>(w.roles());
    roles.add(roles.get(0));
    return w.withRoles(roles);
  }

  // ---------------------------------------------------------------- children

  private static Optional<RiskTier> tier(Child child) {
    return child.classification().flatMap(Classification::tier);
  }

  private static int age(Child child, LocalDate asOf) {
    return child.birthDate().map(b -> Period.between(b, asOf).getYears()).orElse(-1);
  }

  /**
   * Declares {@code LEFT_BEHIND}, with both parents migrant workers, for a rural child aged 16 or
   * 17 whose two parents were recorded present and whose categories do not depend on the parents.
   *
   * <p>The child's ID and birth date stay as they are, so the broken record cannot share a citizen
   * ID with another child of the batch.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child leftBehindAged16(Child child, MutationContext c) {
    int age = age(child, c.asOf());
    if (age < 16
        || age >= 18
        || !child.ruralHousehold().orElse(false)
        || child.categories().contains(ChildCategory.ORPHAN)
        || child.categories().contains(ChildCategory.DE_FACTO_UNSUPPORTED)
        || child.categories().contains(ChildCategory.LEFT_BEHIND)
        || child.parents().size() != 2
        || !child.parents().stream()
            .allMatch(p -> p.situation().orElse(null) == ParentSituation.PRESENT)) {
      return null;
    }
    List<ChildCategory> categories = new ArrayList<>(child.categories());
    categories.add(ChildCategory.LEFT_BEHIND);
    List<Parent> parents = new ArrayList<>(2);
    for (Parent parent : child.parents()) {
      parents.add(parent.withSituation(ParentSituation.MIGRANT_WORKER));
    }
    return child.withCategories(categories).withParents(parents);
  }

  /**
   * Moves a child's birth date one day away from the ID's, keeping the age at the reference date.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child birthDateMismatch(Child child, MutationContext c) {
    if (child.birthDate().isEmpty()) {
      return null;
    }
    LocalDate birth = child.birthDate().get();
    int age = age(child, c.asOf());
    LocalDate earlier = birth.minusDays(1);
    LocalDate moved =
        Period.between(earlier, c.asOf()).getYears() == age ? earlier : birth.plusDays(1);
    return moved.isAfter(c.asOf()) ? null : child.withBirthDate(moved);
  }

  /**
   * Declares {@code ORPHAN} for a child whose parents are both present.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child orphanWithParentsPresent(Child child, MutationContext c) {
    if (child.categories().contains(ChildCategory.ORPHAN)
        || child.parents().size() != 2
        || !child.parents().stream()
            .allMatch(p -> p.situation().orElse(null) == ParentSituation.PRESENT)) {
      return null;
    }
    List<ChildCategory> categories = new ArrayList<>(child.categories());
    categories.add(ChildCategory.ORPHAN);
    return child.withCategories(categories);
  }

  /**
   * Gives a left-behind child an urban household registration.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child leftBehindUrban(Child child, MutationContext c) {
    return child.categories().contains(ChildCategory.LEFT_BEHIND)
        ? child.withRuralHousehold(false)
        : null;
  }

  /**
   * Removes the care plan of a child in tiers 1–3.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child withoutCarePlan(Child child, MutationContext c) {
    return tier(child).map(RiskTier::requiresCarePlan).orElse(false) && child.carePlan().isPresent()
        ? child.withCarePlan(Optional.empty())
        : null;
  }

  /**
   * Removes the social worker responsible for a child in tiers 1–2.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child withoutSocialWorker(Child child, MutationContext c) {
    Optional<ResponsiblePeople> people = child.responsibleIds();
    return tier(child).map(RiskTier::requiresSocialWorker).orElse(false)
            && people.isPresent()
            && people.get().socialWorkerId().isPresent()
        ? child.withResponsibleIds(people.get().withSocialWorkerId(Optional.empty()))
        : null;
  }

  /**
   * Names the child's director as its child supervisor: a worker without the role {@code
   * CHILD_SUPERVISOR} in that slot.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child directorAsChildSupervisor(Child child, MutationContext c) {
    Optional<ResponsiblePeople> people = child.responsibleIds();
    return people.isPresent()
            && people.get().childSupervisorId().isPresent()
            && people.get().childDirectorId().isPresent()
        ? child.withResponsibleIds(
            people.get().withChildSupervisorId(people.get().childDirectorId()))
        : null;
  }

  /**
   * Names the child's supervisor as its child director: a worker without the role {@code
   * CHILD_DIRECTOR} in that slot.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child supervisorAsChildDirector(Child child, MutationContext c) {
    Optional<ResponsiblePeople> people = child.responsibleIds();
    return people.isPresent()
            && people.get().childSupervisorId().isPresent()
            && people.get().childDirectorId().isPresent()
        ? child.withResponsibleIds(
            people.get().withChildDirectorId(people.get().childSupervisorId()))
        : null;
  }

  /**
   * Names the child's director, who holds no qualification in the sample, as its professional
   * social worker.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child directorAsSocialWorker(Child child, MutationContext c) {
    Optional<ResponsiblePeople> people = child.responsibleIds();
    return people.isPresent()
            && people.get().socialWorkerId().isPresent()
            && people.get().childDirectorId().isPresent()
        ? child.withResponsibleIds(people.get().withSocialWorkerId(people.get().childDirectorId()))
        : null;
  }

  /**
   * Removes the child director responsible for a child in tiers 1–3.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child withoutChildDirector(Child child, MutationContext c) {
    Optional<ResponsiblePeople> people = child.responsibleIds();
    return tier(child).map(RiskTier::requiresCarePlan).orElse(false)
            && people.isPresent()
            && people.get().childDirectorId().isPresent()
        ? child.withResponsibleIds(people.get().withChildDirectorId(Optional.empty()))
        : null;
  }

  /**
   * Removes the child supervisor responsible for a child in tiers 1–3.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child withoutChildSupervisor(Child child, MutationContext c) {
    Optional<ResponsiblePeople> people = child.responsibleIds();
    return tier(child).map(RiskTier::requiresCarePlan).orElse(false)
            && people.isPresent()
            && people.get().childSupervisorId().isPresent()
        ? child.withResponsibleIds(people.get().withChildSupervisorId(Optional.empty()))
        : null;
  }

  /**
   * Moves every visit but the last back by the tier's default interval plus one day, so the gap
   * before the last visit is longer than the interval while the last visit stays on time.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child visitGapTooLong(Child child, MutationContext c) {
    List<Visit> visits = child.visits();
    if (tier(child).isEmpty()
        || visits.size() < 2
        || visits.stream().anyMatch(v -> v.on().isEmpty())) {
      return null;
    }
    int shift = SampleGenerator.visitInterval(tier(child).get()) + 1;
    List<Visit> moved = new ArrayList<>(visits.size());
    for (int i = 0; i < visits.size() - 1; i++) {
      LocalDate on = visits.get(i).on().get().minusDays(shift);
      if (child.birthDate().isPresent() && !on.isAfter(child.birthDate().get())) {
        return null;
      }
      moved.add(visits.get(i).withOn(on));
    }
    moved.add(visits.get(visits.size() - 1));
    return child.withVisits(moved);
  }

  /**
   * Moves every visit back by the tier's default interval plus one day, so the last visit is
   * overdue at the reference date while the gaps between visits stay as they were.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child visitsOverdue(Child child, MutationContext c) {
    if (tier(child).isEmpty()
        || child.visits().isEmpty()
        || child.visits().stream().anyMatch(v -> v.on().isEmpty())) {
      return null;
    }
    int shift = SampleGenerator.visitInterval(tier(child).get()) + 1;
    List<Visit> visits = new ArrayList<>(child.visits().size());
    for (Visit visit : child.visits()) {
      LocalDate on = visit.on().get().minusDays(shift);
      if (child.birthDate().isPresent() && !on.isAfter(child.birthDate().get())) {
        return null;
      }
      visits.add(visit.withOn(on));
    }
    return child.withVisits(visits);
  }

  /**
   * Sets the next review of a child's classification to the day before the reference date.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child reviewOverdue(Child child, MutationContext c) {
    Optional<Classification> classification = child.classification();
    LocalDate due = c.asOf().minusDays(1);
    if (classification.isEmpty()
        || classification.get().assessedOn().isEmpty()
        || !classification.get().assessedOn().get().isBefore(due)) {
      return null;
    }
    return child.withClassification(classification.get().withNextReviewOn(due));
  }

  /**
   * Removes the guardian's consent of a child under 14.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child withoutConsent(Child child, MutationContext c) {
    int age = age(child, c.asOf());
    return age >= 0 && age < 14 && child.guardianConsent().isPresent()
        ? child.withGuardianConsent(Optional.empty())
        : null;
  }

  /**
   * Makes a child a second file of the batch's first child: the same person under another id.
   *
   * @param child the child
   * @param c the context
   * @return the copy of the first child with this child's id, or null
   */
  public static @Nullable Child duplicateCitizenId(Child child, MutationContext c) {
    Optional<ExchangeRecord> first = c.firstOf(child.recordType());
    if (first.isEmpty()
        || first.get().id().equals(child.id())
        || ((Child) first.get()).citizenId().isEmpty()
        || ((Child) first.get()).citizenId().equals(child.citizenId())) {
      return null;
    }
    return Child.builder().from((Child) first.get()).id(child.id()).build();
  }

  // ---------------------------------------------------------------- batch

  /**
   * Gives a record the id of the first record of its type in the batch.
   *
   * @param record the record (a demand or a project: records no other record refers to)
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable ExchangeRecord duplicateId(ExchangeRecord record, MutationContext c) {
    Optional<String> first = c.firstOf(record.recordType()).map(ExchangeRecord::id);
    if (first.isEmpty() || first.get().equals(record.id())) {
      return null;
    }
    if (record instanceof Demand d) {
      return d.withId(first.get());
    }
    if (record instanceof Project p) {
      return p.withId(first.get());
    }
    return null;
  }

  // ---------------------------------------------------------------- demands, projects, services

  /**
   * Removes the service records of a {@code DONE} demand.
   *
   * @param d the demand
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Demand doneWithoutServiceRecords(Demand d, MutationContext c) {
    return d.status().orElse(null) == DemandStatus.DONE && !d.serviceRecordIds().isEmpty()
        ? d.withServiceRecordIds(List.of())
        : null;
  }

  /**
   * Removes the reason of a {@code REJECTED} demand.
   *
   * @param d the demand
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Demand rejectedWithoutReason(Demand d, MutationContext c) {
    return d.status().orElse(null) == DemandStatus.REJECTED && d.rejectionReason().isPresent()
        ? d.withRejectionReason(Optional.empty())
        : null;
  }

  /**
   * Gives a satisfaction rating of 4 to a demand that is not {@code DONE}.
   *
   * @param d the demand
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Demand satisfactionBeforeDone(Demand d, MutationContext c) {
    return d.status().isPresent()
            && d.status().get() != DemandStatus.DONE
            && d.satisfaction().isEmpty()
        ? d.withSatisfaction(4)
        : null;
  }

  /**
   * Sets a demand's urgency to 4.
   *
   * @param d the demand
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Demand urgencyOutOfRange(Demand d, MutationContext c) {
    return d.withUrgency(4);
  }

  /**
   * Sets the satisfaction of a demand that has one to 6.
   *
   * @param d the demand
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Demand satisfactionOutOfRange(Demand d, MutationContext c) {
    return d.satisfaction().isPresent() ? d.withSatisfaction(6) : null;
  }

  /**
   * Drops the charitable-resource party of a project that declares 五社联动.
   *
   * @param p the project
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Project fourLinkageParties(Project p, MutationContext c) {
    if (!p.fiveSocialLinkage().orElse(false)
        || !p.linkageParties().contains(LinkageParty.CHARITABLE_RESOURCE)) {
      return null;
    }
    List<LinkageParty> parties = new ArrayList<>(p.linkageParties());
    parties.removeIf(party -> party == LinkageParty.CHARITABLE_RESOURCE);
    return p.withLinkageParties(parties);
  }

  /**
   * Sets a project's amount to zero.
   *
   * @param p the project
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Project amountZero(Project p, MutationContext c) {
    return p.withAmount(Money.ZERO);
  }

  /**
   * Gives a case stage to a service record that is not casework.
   *
   * @param s the service record
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable ServiceRecord caseStageWithoutCasework(
      ServiceRecord s, MutationContext c) {
    return s.method().isPresent()
            && s.method().get() != ServiceMethod.CASEWORK
            && s.caseStage().isEmpty()
        ? s.withCaseStage(org.shegong.core.code.CaseStage.INTAKE)
        : null;
  }

  /**
   * Sets a service record's participants to -1.
   *
   * @param s the service record
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable ServiceRecord negativeParticipants(ServiceRecord s, MutationContext c) {
    return s.withParticipants(-1);
  }

  /**
   * Sets a service record's sessions to 0.
   *
   * @param s the service record
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable ServiceRecord zeroSessions(ServiceRecord s, MutationContext c) {
    return s.withSessions(0);
  }

  /**
   * Points a service record at a station that is not in the batch.
   *
   * @param s the service record
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable ServiceRecord danglingStation(ServiceRecord s, MutationContext c) {
    return s.withStationId(MISSING_STATION_ID);
  }

  /**
   * Points a project at an agency that is not in the batch.
   *
   * @param p the project
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Project danglingAgency(Project p, MutationContext c) {
    return p.withAgencyId(MISSING_AGENCY_ID);
  }

  /**
   * Removes a volunteer's name.
   *
   * @param v the volunteer
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Volunteer volunteerMissingName(Volunteer v, MutationContext c) {
    return v.name().isPresent() ? v.withName(Optional.empty()) : null;
  }

  /**
   * Makes a volunteer's service hours negative.
   *
   * @param v the volunteer
   * @param c the context
   * @return the broken copy, never null
   */
  public static Volunteer volunteerNegativeServiceHours(Volunteer v, MutationContext c) {
    return v.withServiceHours(-1 - v.serviceHours().orElse(0));
  }

  /**
   * Drops the last digit of a volunteer's mobile number.
   *
   * @param v the volunteer
   * @param c the context
   * @return the broken copy, or null when the volunteer has no valid phone
   */
  public static @Nullable Volunteer volunteerPhoneMalformed(Volunteer v, MutationContext c) {
    if (v.phone().isEmpty() || !v.phone().get().isValid()) {
      return null;
    }
    return v.withPhone(MobileNumber.lenient(v.phone().get().value().substring(0, 10)));
  }

  /**
   * Points a volunteer team at a station that is not in the batch.
   *
   * @param t the volunteer team
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable VolunteerTeam teamDanglingStation(VolunteerTeam t, MutationContext c) {
    return t.withStationId(MISSING_STATION_ID);
  }

  /**
   * Removes an agency's name.
   *
   * @param a the agency
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Agency missingName(Agency a, MutationContext c) {
    return a.name().isPresent() ? a.withName(Optional.empty()) : null;
  }

  /**
   * Removes a worker's citizen ID.
   *
   * @param w the worker
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Worker missingCitizenId(Worker w, MutationContext c) {
    return w.citizenId().isPresent() ? w.withCitizenId(Optional.empty()) : null;
  }

  /**
   * Removes a child's classification.
   *
   * @param child the child
   * @param c the context
   * @return the broken copy, or null
   */
  public static @Nullable Child missingClassification(Child child, MutationContext c) {
    return child.classification().isPresent() ? child.withClassification(Optional.empty()) : null;
  }
}
