package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.tabular.TabularOptions;
import org.shegong.tabular.TabularReader;
import org.shegong.tabular.TabularRow;
import org.shegong.testing.sample.SampleData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** validate, convert, template and sample on ledgers (.xlsx, .csv). */
class LedgerCommandsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String AS_OF = SampleData.DEFAULT_AS_OF.toString();

  @TempDir Path temp;

  private static Path ledger() {
    return Cli.repoRoot().resolve("examples/data/ledger.xlsx");
  }

  @Test
  void validateNamesTheCellsOfTheBundledLedger() {
    Cli.Result text = Cli.run("validate", "--as-of", AS_OF, ledger().toString());

    assertThat(text.exitCode()).isEqualTo(1);
    assertThat(text.out())
        .contains("「儿童!D6」", "SG-TAB-001", "「儿童!F7」", "SG-STR-003", "「社会工作者!C4」")
        .contains("儿童 · 第 6 行");
  }

  @Test
  void validateWritesSheetCellLineAndColumnInJson() throws IOException {
    Cli.Result json =
        Cli.run("validate", "--format", "json", "--as-of", AS_OF, ledger().toString());

    JsonNode report = MAPPER.readTree(json.out());
    assertThat(report.get("reportVersion").asText()).isEqualTo("1.1");
    JsonNode lost = null;
    for (JsonNode issue : report.get("issues")) {
      if (issue.get("code").asText().equals("SG-TAB-001")
          && issue.path("sheet").asText().equals("儿童")) {
        lost = issue;
      }
    }
    assertThat(lost).isNotNull();
    assertThat(lost.get("cell").asText()).isEqualTo("D6");
    assertThat(lost.get("line").asInt()).isEqualTo(6);
    assertThat(lost.get("column").asInt()).isEqualTo(4);
    assertThat(lost.get("path").asText()).isEqualTo("/citizenId");
  }

  @Test
  void convertTurnsNdjsonIntoAWorkbookAndBackWithoutLoss() throws IOException {
    List<ExchangeRecord> records = SampleData.withSeed(3).withVolunteers().records(300);
    Path ndjson = Cli.write(temp.resolve("in.ndjson"), records);
    Path xlsx = temp.resolve("台账.xlsx");
    Path back = temp.resolve("back.ndjson");

    Cli.Result there = Cli.run("convert", ndjson.toString(), xlsx.toString());
    Cli.Result again = Cli.run("convert", xlsx.toString(), back.toString());

    assertThat(there.exitCode()).as(there.err()).isZero();
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("已转换 300 条记录");
    List<ExchangeRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(ExchangeRecord::recordType));
    assertThat(read(back)).containsExactlyElementsOf(sorted);
  }

  @Test
  void convertMasksAndACsvHoldsOneRecordType() throws IOException {
    List<ExchangeRecord> records = SampleData.withSeed(4).records(120);
    Path ndjson = Cli.write(temp.resolve("in.ndjson"), records);
    Path csv = temp.resolve("worker.csv");
    Path masked = temp.resolve("masked.xlsx");

    Cli.Result oneType =
        Cli.run("convert", "--record-type", "worker", ndjson.toString(), csv.toString());
    Cli.Result mixed = Cli.run("convert", ndjson.toString(), temp.resolve("x.csv").toString());
    Cli.Result mask = Cli.run("convert", "--masked", ndjson.toString(), masked.toString());

    assertThat(oneType.exitCode()).as(oneType.err()).isZero();
    assertThat(oneType.err()).contains("未写入");
    List<TabularRow> rows = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(csv, TabularOptions.defaults())) {
      reader.forEach(rows::add);
    }
    assertThat(rows).allSatisfy(r -> assertThat(r.issues()).isEmpty());
    assertThat(rows)
        .hasSize(
            (int) records.stream().filter(r -> r.recordType().code().equals("worker")).count());
    assertThat(mixed.exitCode()).isEqualTo(1);
    assertThat(mask.exitCode()).isZero();
    String citizenId =
        records.stream()
            .filter(r -> r instanceof org.shegong.core.model.Worker)
            .map(r -> ((org.shegong.core.model.Worker) r).citizenId().orElseThrow().value())
            .findFirst()
            .orElseThrow();
    Cli.Result back = Cli.run("convert", masked.toString(), temp.resolve("m.ndjson").toString());
    assertThat(Files.readString(temp.resolve("m.ndjson"))).doesNotContain(citizenId);
    assertThat(back.err()).doesNotContain(citizenId);
  }

  @Test
  void templateWritesTheChosenSheets() {
    Path out = temp.resolve("台账模板.xlsx");

    Cli.Result result =
        Cli.run("template", "--types", "child,worker,station", "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> sheets = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(out, TabularOptions.defaults())) {
      reader.forEach(r -> r.sheet().ifPresent(sheets::add));
    }
    assertThat(sheets).containsExactly("说明", "代码表");
    Cli.Result validated = Cli.run("validate", out.toString());
    assertThat(validated.out()).contains("SG-TAB-006");
  }

  @Test
  void sampleWritesLedgersThatValidateClean() {
    Path xlsx = temp.resolve("sample.xlsx");
    Path csv = temp.resolve("儿童.csv");

    Cli.Result workbook =
        Cli.run(
            "sample", "-n", "300", "--as-of", AS_OF, "--format", "xlsx", "--out", xlsx.toString());
    Cli.Result children =
        Cli.run(
            "sample", "-n", "300", "--as-of", AS_OF, "--format", "csv", "--out", csv.toString());

    assertThat(workbook.exitCode()).as(workbook.err()).isZero();
    assertThat(children.exitCode()).as(children.err()).isZero();
    Cli.Result validWorkbook = Cli.run("validate", "--as-of", AS_OF, xlsx.toString());
    assertThat(validWorkbook.exitCode()).as(validWorkbook.out()).isZero();
    assertThat(validWorkbook.out()).contains("300 条记录");
    // a CSV of children alone: their references to workers dangle, but every row reads
    Cli.Result validCsv = Cli.run("validate", "--as-of", AS_OF, "--format", "json", csv.toString());
    assertThat(validCsv.out())
        .contains("\"records\": 300")
        .doesNotContain("SG-STR-", "SG-TAB-", "SG-SYN-");
  }

  private static List<ExchangeRecord> read(Path ndjson) {
    List<ExchangeRecord> records = new ArrayList<>();
    try (ExchangeReader reader = ExchangeReader.open(ndjson, ReadOptions.defaults())) {
      for (ReadRecord read : reader) {
        assertThat(read.issues()).isEmpty();
        read.record().ifPresent(records::add);
      }
    }
    return records;
  }
}
