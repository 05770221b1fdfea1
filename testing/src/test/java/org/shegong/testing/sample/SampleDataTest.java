package org.shegong.testing.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.core.child.TierPolicy;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.DemandStatus;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.StationLevel;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.framework.FrameworkRegistry;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.model.Agency;
import org.shegong.core.model.Child;
import org.shegong.core.model.Demand;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Parent;
import org.shegong.core.model.Project;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Visit;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.VolunteerTeam;
import org.shegong.core.model.Worker;
import org.shegong.core.qualification.QualificationPolicy;
import org.shegong.core.qualification.RegistrationStatus;

class SampleDataTest {

  private static final LocalDate AS_OF = SampleData.DEFAULT_AS_OF;
  private static final DivisionTable TABLE = DivisionTable.bundled();
  private static final List<ExchangeRecord> SAMPLE = SampleData.withSeed(42).records(5000);

  @Test
  void sameSeedGivesEqualRecords() {
    assertThat(SampleData.withSeed(42).records(5000)).isEqualTo(SAMPLE);
  }

  @Test
  void differentSeedsGiveDifferentRecords() {
    assertThat(SampleData.withSeed(43).records(200)).isNotEqualTo(SAMPLE.subList(0, 200));
  }

  @Test
  void aShorterSampleIsAPrefixOfALongerOne() {
    assertThat(SampleData.withSeed(42).stream(1234).toList()).isEqualTo(SAMPLE.subList(0, 1234));
  }

  @Test
  void theReferenceDateChangesTheRecords() {
    SampleData later = SampleData.withSeed(42).asOf(LocalDate.of(2030, 1, 15));
    assertThat(later.asOf()).isEqualTo(LocalDate.of(2030, 1, 15));
    assertThat(later.records(100)).isNotEqualTo(SAMPLE.subList(0, 100));
  }

  @Test
  void rejectsANegativeNumberOfRecords() {
    assertThatThrownBy(() -> SampleData.withSeed(1).records(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SampleData.withSeed(1).stream(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void containsARealisticMixOfEveryV1RecordType() {
    Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    SAMPLE.forEach(r -> counts.merge(r.recordType(), 1, Integer::sum));
    assertThat(counts)
        .containsOnlyKeys(
            RecordType.AGENCY,
            RecordType.STATION,
            RecordType.WORKER,
            RecordType.CHILD,
            RecordType.SERVICE_RECORD,
            RecordType.DEMAND,
            RecordType.PROJECT);
    assertThat(counts.get(RecordType.CHILD)).isGreaterThan(counts.get(RecordType.WORKER));
    // one agency and one project per county block; the sample may end inside a block
    assertThat(counts.get(RecordType.AGENCY))
        .isBetween(counts.get(RecordType.PROJECT), counts.get(RecordType.PROJECT) + 1);
  }

  @Test
  void volunteersAreAddedBetweenTheSameOtherRecords() {
    SampleData plain = SampleData.withSeed(42);
    SampleData withVolunteers = plain.withVolunteers();
    List<ExchangeRecord> records = withVolunteers.records(5000);

    assertThat(withVolunteers.volunteers()).isTrue();
    assertThat(plain.volunteers()).isFalse();
    assertThat(withVolunteers).isNotEqualTo(plain).isEqualTo(plain.withVolunteers());
    assertThat(withVolunteers.asOf(LocalDate.of(2025, 1, 1)).volunteers()).isTrue();
    assertThat(withVolunteers.toString()).endsWith(", volunteers]");
    List<ExchangeRecord> others =
        records.stream().filter(r -> !r.recordType().extension()).toList();
    assertThat(others).isEqualTo(SAMPLE.subList(0, others.size()));
    Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    records.forEach(r -> counts.merge(r.recordType(), 1, Integer::sum));
    assertThat(counts.get(RecordType.VOLUNTEER_TEAM)).isPositive();
    assertThat(counts.get(RecordType.VOLUNTEER))
        .isBetween(
            2 * counts.get(RecordType.VOLUNTEER_TEAM), 5 * counts.get(RecordType.VOLUNTEER_TEAM));
    for (ExchangeRecord record : records) {
      if (record instanceof Volunteer v) {
        assertThat(v.name()).isPresent();
        assertThat(MobileNumber.of(v.phone().orElseThrow().value()).isValid()).isTrue();
        assertThat(v.serviceHours().orElseThrow()).isBetween(0, 400);
      } else if (record instanceof VolunteerTeam t) {
        assertThat(t.memberIds()).hasSizeBetween(2, 5).contains(t.leaderId().orElseThrow());
      }
    }
  }

  @Test
  void aVolunteersTeamIsTheTeamThatFollowsItsMembersAndListsIt() {
    List<ExchangeRecord> records = SampleData.withSeed(7).withVolunteers().records(3000);
    int volunteers = 0;
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i) instanceof Volunteer v) {
        volunteers++;
        VolunteerTeam team =
            (VolunteerTeam)
                records.subList(i, records.size()).stream()
                    .filter(VolunteerTeam.class::isInstance)
                    .findFirst()
                    .orElseThrow();
        assertThat(v.teamId()).as(v.id()).contains(team.id());
        assertThat(team.memberIds()).as(v.id()).contains(v.id());
      }
    }
    assertThat(volunteers).isPositive();
  }

  @Test
  void volunteerReferencesPointToEarlierRecords() {
    Set<String> seen = new HashSet<>();
    for (ExchangeRecord record : SampleData.withSeed(7).withVolunteers().records(3000)) {
      assertThat(seen).as("%s refers earlier", record.id()).containsAll(references(record));
      seen.add(record.id());
    }
  }

  @Test
  void idsAreUniquePerTypeAndReferencesPointToEarlierRecords() {
    Map<RecordType, Set<String>> seen = new EnumMap<>(RecordType.class);
    for (ExchangeRecord record : SAMPLE) {
      for (String reference : references(record)) {
        RecordType target = typeOfId(reference);
        assertThat(seen.getOrDefault(target, Set.of()))
            .as("%s %s refers to %s", record.recordType(), record.id(), reference)
            .contains(reference);
      }
      assertThat(seen.computeIfAbsent(record.recordType(), t -> new HashSet<>()).add(record.id()))
          .as("duplicate id %s", record.id())
          .isTrue();
    }
  }

  @Test
  void everyIdentifierIsValidAtTheReferenceDate() {
    for (ExchangeRecord record : SAMPLE) {
      if (record instanceof Agency a) {
        CreditCode code = CreditCode.lenientStrict(a.creditCode().orElseThrow().value());
        assertThat(code.isValid()).as(a.id()).isTrue();
        assertThat(code.isCivilAffairsRegistration()).isTrue();
        assertThat(code.divisionCode()).isEqualTo(a.divisionCode().orElseThrow().value());
        assertThat(code.value().substring(0, 2)).isIn("51", "52", "53");
      } else if (record instanceof Worker w) {
        CitizenId id = CitizenId.of(w.citizenId().orElseThrow().value(), AS_OF);
        assertThat(id.ageOn(AS_OF)).isBetween(24, 59);
        assertThat(MobileNumber.of(w.phone().orElseThrow().value()).isValid()).isTrue();
        assertThat(TABLE.contains(id.addressCode())).as("address %s", id.addressCode()).isTrue();
      } else if (record instanceof Child c) {
        CitizenId id = CitizenId.of(c.citizenId().orElseThrow().value(), AS_OF);
        assertThat(id.ageOn(AS_OF)).isBetween(1, 17);
        assertThat(c.birthDate()).contains(id.birthDate());
        assertThat(c.sex()).contains(id.sex());
        assertThat(MobileNumber.of(c.guardian().orElseThrow().phone().orElseThrow().value()))
            .isNotNull();
      }
    }
  }

  @Test
  void childrenHaveDistinctCitizenIds() {
    List<String> ids =
        SampleData.withSeed(7).stream(200_000)
            .filter(Child.class::isInstance)
            .map(r -> ((Child) r).citizenId().orElseThrow().value())
            .toList();
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
  }

  @Test
  void divisionCodesExistAtTheLevelTheirRecordNeeds() {
    for (ExchangeRecord record : SAMPLE) {
      if (record instanceof Station s) {
        var code = s.divisionCode().orElseThrow();
        switch (s.level().orElseThrow()) {
          case COUNTY_GUIDANCE_CENTER -> {
            assertThat(code.level()).isEqualTo(DivisionLevel.COUNTY);
            assertThat(TABLE.contains(code)).isTrue();
          }
          case TOWNSHIP_STATION -> {
            assertThat(code.level()).isEqualTo(DivisionLevel.TOWNSHIP);
            assertThat(TABLE.contains(code)).isTrue();
            assertThat(code.townshipKind().orElseThrow().countsAsTownshipAdministration())
                .as("%s is a 街道, 镇 or 乡", code)
                .isTrue();
          }
          case VILLAGE_ROOM -> assertThat(TABLE.isPlausibleVillage(code)).as(code.value()).isTrue();
          default -> throw new AssertionError("unexpected level " + s.level());
        }
      } else if (record instanceof Agency a) {
        assertThat(a.divisionCode().orElseThrow().level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(TABLE.contains(a.divisionCode().orElseThrow())).isTrue();
      } else if (record instanceof Child c) {
        assertThat(TABLE.isPlausibleVillage(c.divisionCode().orElseThrow())).isTrue();
      } else if (record instanceof Demand d) {
        assertThat(TABLE.isPlausibleVillage(d.divisionCode().orElseThrow())).isTrue();
      }
    }
  }

  @Test
  void townshipStationsFollowAConformingOnePlusOnePlusFivePlusXPlan() {
    var framework = FrameworkRegistry.builtIn().find("1+1+5+X").orElseThrow();
    long stations =
        SAMPLE.stream()
            .filter(
                r ->
                    r instanceof Station s
                        && s.level().orElseThrow() == StationLevel.TOWNSHIP_STATION)
            .map(Station.class::cast)
            .peek(
                s -> {
                  assertThat(s.servicePlan().orElseThrow().framework()).contains("1+1+5+X");
                  assertThat(framework.check(s.servicePlan().orElseThrow().slots())).isEmpty();
                })
            .count();
    assertThat(stations).isPositive();
  }

  @Test
  void qualificationsAreRegisteredAndNotDue() {
    QualificationPolicy policy = QualificationPolicy.defaults();
    long qualified = 0;
    for (ExchangeRecord record : SAMPLE) {
      if (record instanceof Worker w && w.qualification().isPresent()) {
        qualified++;
        var q = w.qualification().orElseThrow();
        var assessment =
            policy.assessRegistration(
                q.level().orElseThrow(), q.obtainedOn().orElseThrow(), q.registeredUntil(), AS_OF);
        assertThat(assessment.status()).isEqualTo(RegistrationStatus.VALID);
        assertThat(q.continuingEducationHours().orElseThrow())
            .isGreaterThanOrEqualTo(
                policy.requiredContinuingEducationHours(q.level().orElseThrow()));
        assertThat(w.roles()).isNotEmpty();
      }
    }
    assertThat(qualified).isPositive();
  }

  @Test
  void childCategoriesMatchAgeAndParents() {
    Map<ChildCategory, Integer> seen = new EnumMap<>(ChildCategory.class);
    for (ExchangeRecord record : SAMPLE) {
      if (!(record instanceof Child c)) {
        continue;
      }
      int age = Period.between(c.birthDate().orElseThrow(), AS_OF).getYears();
      List<ParentSituation> situations =
          c.parents().stream().map(Parent::situation).map(Optional::orElseThrow).toList();
      c.categories().forEach(k -> seen.merge(k, 1, Integer::sum));
      if (c.categories().contains(ChildCategory.LEFT_BEHIND)) {
        assertThat(age).isLessThan(16);
        assertThat(c.ruralHousehold()).contains(true);
        assertThat(situations).contains(ParentSituation.MIGRANT_WORKER);
        assertThat(situations)
            .allMatch(
                s ->
                    s == ParentSituation.MIGRANT_WORKER
                        || s == ParentSituation.NO_GUARDIAN_CAPACITY);
      }
      if (c.categories().contains(ChildCategory.ORPHAN)) {
        assertThat(situations).containsOnly(ParentSituation.DECEASED);
      }
      if (c.categories().contains(ChildCategory.DE_FACTO_UNSUPPORTED)) {
        assertThat(situations).doesNotContain(ParentSituation.PRESENT);
      }
      if (age < 14) {
        assertThat(c.guardianConsent().orElseThrow().given()).contains(true);
        assertThat(c.guardianConsent().orElseThrow().on().orElseThrow()).isBeforeOrEqualTo(AS_OF);
      }
    }
    assertThat(seen).containsKeys(ChildCategory.values());
  }

  @Test
  void tiersHaveCarePlansResponsiblePeopleAndVisitsWithinTheirInterval() {
    Map<RiskTier, Integer> interval =
        Map.of(RiskTier.TIER_1, 7, RiskTier.TIER_2, 14, RiskTier.TIER_3, 30, RiskTier.TIER_4, 90);
    Set<RiskTier> tiers = new HashSet<>();
    for (ExchangeRecord record : SAMPLE) {
      if (!(record instanceof Child c)) {
        continue;
      }
      RiskTier tier = c.classification().orElseThrow().tier().orElseThrow();
      tiers.add(tier);
      var responsible = c.responsibleIds().orElseThrow();
      if (tier.requiresCarePlan()) {
        assertThat(c.carePlan()).isPresent();
        assertThat(responsible.childSupervisorId()).isPresent();
        assertThat(responsible.childDirectorId()).isPresent();
      }
      if (tier.requiresSocialWorker()) {
        assertThat(responsible.socialWorkerId()).isPresent();
      }
      var classification = c.classification().orElseThrow();
      assertThat(classification.nextReviewOn().orElseThrow())
          .isAfter(AS_OF)
          .isEqualTo(
              classification
                  .assessedOn()
                  .orElseThrow()
                  .plus(TierPolicy.defaults().reviewPeriodFor(tier)));
      LocalDate previous = null;
      for (Visit visit : c.visits()) {
        LocalDate on = visit.on().orElseThrow();
        assertThat(on).isBeforeOrEqualTo(AS_OF).isAfter(c.birthDate().orElseThrow());
        if (previous != null) {
          assertThat(ChronoUnit.DAYS.between(previous, on))
              .isBetween(1L, (long) interval.get(tier));
        }
        previous = on;
      }
      assertThat(ChronoUnit.DAYS.between(previous, AS_OF)).isLessThan(interval.get(tier));
    }
    assertThat(tiers).containsExactlyInAnyOrder(RiskTier.values());
  }

  @Test
  void demandsServiceRecordsAndProjectsAreConsistent() {
    Set<DemandStatus> statuses = new HashSet<>();
    for (ExchangeRecord record : SAMPLE) {
      if (record instanceof Demand d) {
        statuses.add(d.status().orElseThrow());
        assertThat(d.urgency().orElseThrow()).isBetween(1, 3);
        assertThat(d.difficulty().orElseThrow()).isBetween(1, 3);
        if (d.status().orElseThrow() == DemandStatus.DONE) {
          assertThat(d.serviceRecordIds()).isNotEmpty();
          assertThat(d.satisfaction().orElseThrow()).isBetween(1, 5);
        }
        if (d.status().orElseThrow() == DemandStatus.REJECTED) {
          assertThat(d.rejectionReason()).isPresent();
        }
      } else if (record instanceof ServiceRecord s) {
        assertThat(s.startedOn().orElseThrow()).isBefore(AS_OF);
        s.endedOn().ifPresent(end -> assertThat(end).isAfterOrEqualTo(s.startedOn().orElseThrow()));
        assertThat(s.caseStage().isPresent())
            .isEqualTo(s.method().orElseThrow() == org.shegong.core.code.ServiceMethod.CASEWORK);
        assertThat(s.sessions().orElseThrow()).isPositive();
        assertThat(s.participants().orElseThrow()).isNotNegative();
      } else if (record instanceof Project p) {
        assertThat(p.amount().orElseThrow().isPositive()).isTrue();
        assertThat(p.endsOn().orElseThrow()).isAfter(p.startsOn().orElseThrow());
        if (p.fiveSocialLinkage().orElseThrow()) {
          assertThat(p.linkageParties()).hasSize(5).doesNotHaveDuplicates();
        }
      }
    }
    assertThat(statuses).containsExactlyInAnyOrder(DemandStatus.values());
  }

  @Test
  void streamsAMillionRecordsLazily() {
    long start = System.nanoTime();
    // filter: a plain count() of a sized stream would not generate anything
    long count = SampleData.withSeed(99).stream(1_000_000).filter(r -> !r.id().isEmpty()).count();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "generated 1,000,000 records in %.2f s (%.0f records/s)%n", seconds, 1e6 / seconds);
    assertThat(count).isEqualTo(1_000_000);
  }

  @Test
  void doesNotHoldOnToRecordsItHasHandedOut() throws InterruptedException {
    java.util.Iterator<ExchangeRecord> records = SampleData.withSeed(8).stream(200_000).iterator();
    java.lang.ref.WeakReference<ExchangeRecord> first =
        new java.lang.ref.WeakReference<>(records.next());
    for (int i = 1; i < 200_000; i++) {
      records.next();
    }
    for (int attempt = 0; attempt < 20 && first.get() != null; attempt++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(first.get()).as("the first record is still referenced").isNull();
  }

  static List<String> references(ExchangeRecord record) {
    List<String> refs = new java.util.ArrayList<>();
    if (record instanceof Station s) {
      s.operatorAgencyId().ifPresent(refs::add);
    } else if (record instanceof Worker w) {
      w.agencyId().ifPresent(refs::add);
      w.stationId().ifPresent(refs::add);
    } else if (record instanceof Child c) {
      c.classification().flatMap(x -> x.assessorId()).ifPresent(refs::add);
      c.responsibleIds()
          .ifPresent(
              r -> {
                r.childSupervisorId().ifPresent(refs::add);
                r.childDirectorId().ifPresent(refs::add);
                r.socialWorkerId().ifPresent(refs::add);
              });
      c.visits().forEach(v -> v.workerId().ifPresent(refs::add));
    } else if (record instanceof ServiceRecord s) {
      s.stationId().ifPresent(refs::add);
      refs.addAll(s.workerIds());
      refs.addAll(s.recipientIds());
    } else if (record instanceof Demand d) {
      refs.addAll(d.serviceRecordIds());
    } else if (record instanceof Project p) {
      p.agencyId().ifPresent(refs::add);
    } else if (record instanceof Volunteer v) {
      v.stationId().ifPresent(refs::add);
    } else if (record instanceof VolunteerTeam t) {
      t.stationId().ifPresent(refs::add);
      t.leaderId().ifPresent(refs::add);
      refs.addAll(t.memberIds());
    }
    return refs;
  }

  private static final Map<String, RecordType> PREFIXES = new HashMap<>();

  static {
    for (RecordType type : RecordType.values()) {
      String id = SampleData.idOf(type, 1);
      PREFIXES.put(id.substring(0, id.indexOf('-') + 1), type);
    }
  }

  static RecordType typeOfId(String id) {
    return PREFIXES.get(id.substring(0, id.indexOf('-') + 1));
  }
}
