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
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.ServiceRecord;
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
