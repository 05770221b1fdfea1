package org.shegong.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.testing.sample.SampleData;

/**
 * NDJSON → workbook → NDJSON is lossless: every generated record of every type, visits included,
 * reads back equal to what was written, without an issue.
 */
class RoundTripTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 20240630})
  void everyRecordOfEveryTypeSurvivesAWorkbook(long seed) {
    List<ExchangeRecord> records = SampleData.withSeed(seed).withVolunteers().records(400);
    assertThat(records).extracting(ExchangeRecord::recordType).contains(RecordType.values());
    assertThat(records)
        .filteredOn(r -> r instanceof Child child && !child.visits().isEmpty())
        .isNotEmpty();
    Path file = temp.resolve("台账.xlsx");

    try (TabularWriter writer = TabularWriter.open(file, TabularOptions.defaults())) {
      records.forEach(writer::write);
    }
    List<ExchangeRecord> read = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
      for (TabularRow row : reader) {
        issues.addAll(row.issues());
        row.record().ifPresent(read::add);
      }
    }

    assertThat(issues).isEmpty();
    assertThat(read).containsExactlyElementsOf(byType(records));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 11})
  void everyRecordTypeSurvivesACsvFile(long seed) {
    List<ExchangeRecord> records = SampleData.withSeed(seed).withVolunteers().records(300);
    for (RecordType type : RecordType.values()) {
      List<ExchangeRecord> ofType = new ArrayList<>();
      for (ExchangeRecord record : records) {
        if (record.recordType() == type) {
          // a CSV file has no place for visits: they travel in a workbook's 走访记录 sheet
          ofType.add(record instanceof Child child ? withoutVisits(child) : record);
        }
      }
      Path file = temp.resolve(type.code() + "-" + seed + ".csv");
      try (TabularWriter writer = TabularWriter.open(file, TabularOptions.defaults())) {
        ofType.forEach(writer::write);
      }
      List<ExchangeRecord> read = new ArrayList<>();
      List<Issue> issues = new ArrayList<>();
      try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
        for (TabularRow row : reader) {
          issues.addAll(row.issues());
          row.record().ifPresent(read::add);
        }
      }
      assertThat(issues).as(type.code()).isEmpty();
      assertThat(read).as(type.code()).containsExactlyElementsOf(ofType);
    }
  }

  private static ExchangeRecord withoutVisits(Child child) {
    return Child.builder().from(child).visits(List.of()).build();
  }

  /** A workbook groups records by type, in the order of {@link RecordType}. */
  private static List<ExchangeRecord> byType(List<ExchangeRecord> records) {
    List<ExchangeRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(ExchangeRecord::recordType));
    return sorted;
  }
}
