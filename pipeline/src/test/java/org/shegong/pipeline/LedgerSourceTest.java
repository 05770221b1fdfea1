package org.shegong.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Visit;
import org.shegong.serialization.ExchangeWriter;
import org.shegong.serialization.WriteOptions;
import org.shegong.tabular.TabularOptions;
import org.shegong.tabular.TabularWriter;
import org.shegong.testing.sample.SampleData;
import org.shegong.validation.ValidationConfig;

/**
 * A ledger is one more source: the same records in a workbook get the same issues as in NDJSON,
 * located by sheet and cell, identically on any number of threads.
 */
class LedgerSourceTest {

  @TempDir static Path dir;
  static Path ndjson;
  static Path workbook;

  @BeforeAll
  static void writeTheSameRecordsTwice() {
    List<ExchangeRecord> records = new ArrayList<>(SampleData.withSeed(9).records(600));
    // defects: a record twice (a duplicate id) and a reference to a station nobody has
    records.add(records.get(40));
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i) instanceof ServiceRecord service) {
        records.set(i, ServiceRecord.builder().from(service).stationId("ST-999999").build());
        break;
      }
    }
    // visits: one by a worker nobody has (an issue known only at the end of the file) and, on
    // later children, visits in the future (issues on a cell of the 走访记录 sheet)
    int changed = 0;
    for (int i = 0; i < records.size() && changed < 3; i++) {
      if (records.get(i) instanceof Child child && !child.visits().isEmpty()) {
        List<Visit> visits = new ArrayList<>(child.visits());
        Visit.Builder visit = Visit.builder().from(visits.get(0));
        visits.set(
            0,
            changed == 0
                ? visit.workerId("W-999999").build()
                : visit.on(SampleData.DEFAULT_AS_OF.plusDays(30)).build());
        records.set(i, Child.builder().from(child).visits(visits).build());
        changed++;
      }
    }
    ndjson = dir.resolve("batch.ndjson");
    workbook = dir.resolve("台账.xlsx");
    try (ExchangeWriter writer = ExchangeWriter.open(ndjson, WriteOptions.full());
        TabularWriter ledger = TabularWriter.open(workbook, TabularOptions.defaults())) {
      for (ExchangeRecord record : records) {
        writer.write(record);
        ledger.write(record);
      }
    }
  }

  @Test
  void aWorkbookGetsTheIssuesOfItsNdjsonWithTheirCells() {
    PipelineResult fromNdjson = pipeline(1).validate(Source.file(ndjson));
    PipelineResult fromWorkbook = pipeline(2).validate(Source.file(workbook));

    assertThat(fromNdjson.issues()).isNotEmpty();
    assertThat(counts(fromWorkbook.issues())).isEqualTo(counts(fromNdjson.issues()));
    assertThat(fromWorkbook.summary().records()).isEqualTo(fromNdjson.summary().records());
    assertThat(fromWorkbook.summary().validRecords())
        .isEqualTo(fromNdjson.summary().validRecords());
    assertThat(fromWorkbook.issues())
        .allSatisfy(
            issue -> {
              assertThat(issue.sheet()).isPresent();
              assertThat(issue.line()).isPresent();
            });
    Issue dangling =
        fromWorkbook.issues().stream()
            .filter(i -> i.path().equals("/stationId"))
            .findFirst()
            .orElseThrow();
    assertThat(dangling.sheet()).contains("服务记录");
    assertThat(dangling.cell()).hasValueSatisfying(cell -> assertThat(cell).startsWith("B"));
    assertThat(dangling.column()).contains(2L);
  }

  @Test
  void theReportOfAWorkbookIsTheSameOnAnyNumberOfThreads() {
    List<Issue> one = pipeline(1).validate(Source.file(workbook)).issues();

    for (int threads : new int[] {2, 4}) {
      assertThat(pipeline(threads).validate(Source.workbook(workbook)).issues())
          .containsExactlyElementsOf(one);
    }
  }

  @Test
  void theIssuesOfAWorkbookAreInTheOrderOfItsRecordsWhicheverSheetTheirCellIsOn() {
    List<Issue> issues = pipeline(2).validate(Source.file(workbook)).issues();

    assertThat(issues)
        .anySatisfy(i -> assertThat(i.sheet()).contains("走访记录"))
        .anySatisfy(i -> assertThat(i.path()).isEqualTo("/visits/0/workerId"))
        .anySatisfy(i -> assertThat(i.sheet()).contains("服务记录"));
    List<Long> order = issues.stream().map(i -> i.recordIndex().orElse(-1L)).toList();
    assertThat(order).isSorted();
  }

  private static Pipeline pipeline(int threads) {
    return Pipeline.of(
        PipelineConfig.builder()
            .validation(ValidationConfig.builder().asOf(SampleData.DEFAULT_AS_OF).build())
            .threads(threads)
            .build());
  }

  /** The issues by rule, path and record id: what does not depend on where the record was. */
  private static Map<String, Integer> counts(List<Issue> issues) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Issue issue : issues) {
      counts.merge(
          issue.code() + " " + issue.path() + " " + issue.recordId().orElse("-"), 1, Integer::sum);
    }
    return counts;
  }
}
