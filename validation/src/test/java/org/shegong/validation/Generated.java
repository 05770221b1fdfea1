package org.shegong.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.StationLevel;
import org.shegong.core.framework.FrameworkSlot;
import org.shegong.core.framework.ServiceFramework;
import org.shegong.core.framework.SlotCount;
import org.shegong.core.id.CitizenId;
import org.shegong.core.model.Agency;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Demand;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Project;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.Worker;
import org.shegong.testing.sample.SampleData;

/**
 * The records of the validation tests, taken from the testing module's seeded sample (never made by
 * hand here, so a new record field is added to one generator): the first {@value #RECORDS} records
 * of seed {@value #SEED} with volunteers, valid at {@link #AS_OF}, and the first record of each
 * kind a test needs. Tests change the fields they are about with the model's {@code with…} methods.
 */
final class Generated {

  static final long SEED = 1;
  static final int RECORDS = 85;
  static final LocalDate AS_OF = SampleData.DEFAULT_AS_OF;

  private static final List<ExchangeRecord> ALL =
      List.copyOf(SampleData.withSeed(SEED).withVolunteers().records(RECORDS));

  private Generated() {}

  /** Every record of the sample, in stream order (references point backwards). */
  static List<ExchangeRecord> all() {
    return ALL;
  }

  /** The first record of a type that satisfies a condition. */
  static <T extends ExchangeRecord> T first(Class<T> type, Predicate<? super T> condition) {
    for (ExchangeRecord record : ALL) {
      if (type.isInstance(record) && condition.test(type.cast(record))) {
        return type.cast(record);
      }
    }
    throw new IllegalStateException("the sample of seed " + SEED + " has no such " + type);
  }

  static Agency agency() {
    return first(Agency.class, a -> a.creditCode().isPresent());
  }

  /** A township station with a 1+1+5+X plan. */
  static Station station() {
    return first(
        Station.class,
        s ->
            s.level().filter(StationLevel.TOWNSHIP_STATION::equals).isPresent()
                && s.servicePlan()
                    .flatMap(ServicePlan::framework)
                    .filter("1+1+5+X"::equals)
                    .isPresent());
  }

  static ServicePlan plan() {
    return station().servicePlan().orElseThrow();
  }

  /** A registered social worker (社会工作师) with a citizen ID and a phone. */
  static Worker worker() {
    return first(
        Worker.class,
        w ->
            w.citizenId().isPresent()
                && w.phone().isPresent()
                && w.qualification()
                    .filter(
                        q -> q.level().filter(QualificationLevel.SOCIAL_WORKER::equals).isPresent())
                    .filter(q -> q.registeredUntil().isPresent())
                    .isPresent());
  }

  /** A tier-2 left-behind child, under 14, with a guardian's phone and visits. */
  static Child child() {
    return first(
        Child.class,
        c ->
            c.categories().equals(List.of(ChildCategory.LEFT_BEHIND))
                && c.classification()
                    .flatMap(Classification::tier)
                    .filter(RiskTier.TIER_2::equals)
                    .isPresent()
                && c.guardian().flatMap(g -> g.phone()).isPresent()
                && c.birthDate().filter(b -> b.isAfter(AS_OF.minusYears(14))).isPresent()
                && !c.visits().isEmpty());
  }

  /** A service record with a case stage (casework). */
  static ServiceRecord serviceRecord() {
    return first(ServiceRecord.class, r -> r.caseStage().isPresent());
  }

  /** A done demand with a satisfaction rating. */
  static Demand demand() {
    return first(
        Demand.class,
        d ->
            d.status().filter(org.shegong.core.code.DemandStatus.DONE::equals).isPresent()
                && d.satisfaction().isPresent());
  }

  /** A project that declares five-party linkage. */
  static Project project() {
    return first(
        Project.class, p -> p.fiveSocialLinkage().orElse(false) && p.startsOn().isPresent());
  }

  static Volunteer volunteer() {
    return first(Volunteer.class, v -> v.serviceHours().isPresent());
  }

  static String childId() {
    return child().citizenId().orElseThrow().value();
  }

  static String workerId() {
    return worker().citizenId().orElseThrow().value();
  }

  static String creditCode() {
    return agency().creditCode().orElseThrow().value();
  }

  /** A valid citizen ID of an address code, birth date and three-digit sequence. */
  static String citizenId(String address, LocalDate birth, String sequence) {
    String first17 = address + birth.toString().replace("-", "") + sequence;
    return first17 + CitizenId.checkCharacter(first17);
  }

  /** The child's own address code, for IDs of the same child born on another day. */
  static String childAddress() {
    return childId().substring(0, 6);
  }

  static ValidationConfig config() {
    return ValidationConfig.builder().asOf(AS_OF).build();
  }

  static ShegongValidator validator() {
    return Holder.VALIDATOR;
  }

  /** The worker of the sample with an id. */
  static Worker workerWithId(String id) {
    return first(Worker.class, w -> w.id().equals(id));
  }

  /** The sample with the records of the same type and id replaced by the given ones. */
  static List<ExchangeRecord> samplesWith(ExchangeRecord... replacements) {
    List<ExchangeRecord> records = new ArrayList<>(ALL);
    List<ExchangeRecord> extra = new ArrayList<>();
    for (ExchangeRecord replacement : replacements) {
      boolean replaced = false;
      for (int i = 0; i < records.size(); i++) {
        ExchangeRecord r = records.get(i);
        if (r.recordType() == replacement.recordType() && r.id().equals(replacement.id())) {
          records.set(i, replacement);
          replaced = true;
          break;
        }
      }
      if (!replaced) {
        extra.add(replacement);
      }
    }
    records.addAll(extra);
    return records;
  }

  /** The sample plus the given records (which may repeat ids). */
  static List<ExchangeRecord> samplesPlus(ExchangeRecord... more) {
    List<ExchangeRecord> records = new ArrayList<>(ALL);
    records.addAll(Arrays.asList(more));
    return records;
  }

  /** A user framework "1+X" whose variable slot needs at least two items. */
  static ServiceFramework frameworkWithMinimum() {
    return ServiceFramework.builder()
        .code("1+X")
        .name("测试体系")
        .addSlots(FrameworkSlot.of(SlotCount.fixed(1), "平台", "platform"))
        .addSlots(
            FrameworkSlot.builder()
                .count(SlotCount.variable("X"))
                .label("特色服务")
                .labelEn("featured services")
                .minimum(2)
                .build())
        .build();
  }

  private static final class Holder {
    static final ShegongValidator VALIDATOR = ShegongValidator.create(config());
  }
}
