package org.shegong.serialization;

import java.util.EnumMap;
import java.util.Map;
import org.shegong.core.model.Agency;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Project;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.Station;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.Worker;
import org.shegong.testing.sample.SampleData;

/**
 * One rich record of every record type, taken from the testing module's generator (the project's
 * one source of sample data): among the first records of seed {@value #SEED}, the one of each type
 * whose JSON is longest, so that most optional fields are present. The people are made up.
 */
final class Fixtures {

  /** The generator seed the fixtures come from. */
  static final long SEED = 20240630L;

  /** The richest generated record of each record type. */
  static final Map<RecordType, ExchangeRecord> BY_TYPE = richest();

  static final Agency AGENCY = (Agency) BY_TYPE.get(RecordType.AGENCY);
  static final Station STATION = (Station) BY_TYPE.get(RecordType.STATION);
  static final Worker WORKER = (Worker) BY_TYPE.get(RecordType.WORKER);
  static final Child CHILD = (Child) BY_TYPE.get(RecordType.CHILD);
  static final Project PROJECT = (Project) BY_TYPE.get(RecordType.PROJECT);
  static final Volunteer VOLUNTEER = (Volunteer) BY_TYPE.get(RecordType.VOLUNTEER);

  static final String CHILD_ID = CHILD.citizenId().orElseThrow().value();
  static final String CHILD_NAME = CHILD.name().orElseThrow();
  static final String GUARDIAN_NAME = CHILD.guardian().orElseThrow().name().orElseThrow();
  static final String GUARDIAN_PHONE = CHILD.guardian().orElseThrow().phone().orElseThrow().value();
  static final String WORKER_ID = WORKER.citizenId().orElseThrow().value();
  static final String WORKER_PHONE = WORKER.phone().orElseThrow().value();
  static final String VOLUNTEER_PHONE = VOLUNTEER.phone().orElseThrow().value();

  private Fixtures() {}

  /** Every fixture record written as an exchange file with a matching header. */
  static String validFileText() {
    java.io.StringWriter out = new java.io.StringWriter();
    try (ExchangeWriter writer = ExchangeWriter.open(out, WriteOptions.full())) {
      writer.writeHeader(ExchangeHeader.builder().recordCount(BY_TYPE.size()).build());
      BY_TYPE.values().forEach(writer::write);
    }
    return out.toString();
  }

  private static Map<RecordType, ExchangeRecord> richest() {
    Map<RecordType, ExchangeRecord> best = new EnumMap<>(RecordType.class);
    Map<RecordType, Integer> length = new EnumMap<>(RecordType.class);
    var mapper = ShegongModule.newMapper();
    for (ExchangeRecord record : SampleData.withSeed(SEED).withVolunteers().records(3000)) {
      if (!usable(record)) {
        continue;
      }
      int size = mapper.writeValueAsString(record).length();
      if (size > length.getOrDefault(record.recordType(), -1)) {
        length.put(record.recordType(), size);
        best.put(record.recordType(), record);
      }
    }
    if (best.size() != RecordType.values().length) {
      throw new IllegalStateException(
          "the generator made no record of some type: " + best.keySet());
    }
    return best;
  }

  /** The fixtures name the sensitive values they hold: those must be present. */
  private static boolean usable(ExchangeRecord record) {
    if (record instanceof Child child) {
      return child.citizenId().isPresent()
          && child.name().isPresent()
          && child.guardian().flatMap(g -> g.name()).isPresent()
          && child.guardian().flatMap(g -> g.phone()).isPresent();
    }
    if (record instanceof Worker worker) {
      return worker.citizenId().isPresent() && worker.phone().isPresent();
    }
    if (record instanceof Volunteer volunteer) {
      return volunteer.phone().isPresent();
    }
    return true;
  }
}
