package org.shegong.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.code.RiskTier;
import org.shegong.core.code.Sex;
import org.shegong.core.code.VisitKind;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.testing.sample.SampleData;

/**
 * Reads ledgers as townships keep them — written by a second engine (Apache POI, shared strings,
 * date cells, a merged title row) — and CSV files as Excel saves them.
 */
class LedgerReadingTest {

  @TempDir static Path temp;

  static Child sample;
  static Path ledger;
  static List<TabularRow> rows;

  @BeforeAll
  static void writeAndReadTheLedger() throws IOException {
    sample =
        SampleData.withSeed(5).records(60).stream()
            .filter(Child.class::isInstance)
            .map(Child.class::cast)
            .findFirst()
            .orElseThrow();
    ledger = temp.resolve("沙坡头区台账.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(ledger)) {
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      Sheet visits = workbook.createSheet("走访记录");
      row(visits, 0, "儿童编号", "走访日期", "走访人编号", "走访方式");
      row(visits, 1, "C-1", null, "W-000001", "入户走访");
      visits.getRow(1).createCell(1).setCellValue(LocalDate.of(2024, 6, 20));
      visits.getRow(1).getCell(1).setCellStyle(dateStyle);
      row(visits, 2, "C-404", "2024-06-21", "W-000001", "电话");
      workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明");
      Sheet children = workbook.createSheet("儿童");
      row(children, 0, "沙坡头区农村留守儿童基本情况登记表");
      children.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
      row(children, 1, "填报单位：文昌镇", null, null, null, "单位：人");
      row(
          children,
          2,
          "序号",
          "编号",
          "*姓名",
          "公民身份号码*",
          "出生日期",
          "性别",
          "现居住地区划代码",
          "是否农村户籍",
          "儿童类别",
          "父亲情况",
          "风险等级",
          "评估日期",
          "联系人",
          "备注");
      String id = sample.citizenId().orElseThrow().value();
      row(
          children,
          3,
          "1",
          " C-1 ",
          "王小明",
          "\u3000" + fullWidth(id) + " ",
          null,
          "男",
          sample.divisionCode().orElseThrow().value(),
          "是",
          "农村留守儿童、孤儿",
          "外出务工",
          "红",
          "2024/6/24",
          null,
          "随祖父母生活");
      children.getRow(3).createCell(4).setCellValue(LocalDate.of(2015, 3, 12));
      children.getRow(3).getCell(4).setCellStyle(dateStyle);
      row(children, 4, "2", "C-2", "李四", null, "2015年3月12日", "M", null, "否", "");
      children.getRow(4).createCell(3).setCellValue(110105201503120017.0);
      Row spaces = children.createRow(5);
      spaces.createCell(2).setCellValue("   ");
      children.createRow(6);
      children.createRow(9).createCell(1).setCellValue("");
      workbook.write(out);
    }
    try (TabularReader reader = TabularReader.open(ledger, TabularOptions.defaults())) {
      rows = new ArrayList<>();
      reader.forEach(rows::add);
    }
  }

  @Test
  void readsARowBelowTheTitleRowsWithLabelsCodesDatesAndVisits() {
    Child child = records().get(0);

    assertThat(child.id()).isEqualTo("C-1");
    assertThat(child.name()).contains("王小明");
    assertThat(child.citizenId()).isEqualTo(sample.citizenId());
    assertThat(child.birthDate()).contains(LocalDate.of(2015, 3, 12));
    assertThat(child.sex()).contains(Sex.MALE);
    assertThat(child.ruralHousehold()).contains(true);
    assertThat(child.categories()).containsExactly(ChildCategory.LEFT_BEHIND, ChildCategory.ORPHAN);
    assertThat(child.parents())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.situation()).contains(ParentSituation.MIGRANT_WORKER);
            });
    assertThat(child.classification().orElseThrow().tier()).contains(RiskTier.TIER_1);
    assertThat(child.classification().orElseThrow().assessedOn())
        .contains(LocalDate.of(2024, 6, 24));
    assertThat(child.visits())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.on()).contains(LocalDate.of(2024, 6, 20));
              assertThat(v.kind()).contains(VisitKind.HOME_VISIT);
            });
    TabularRow first = recordRows().get(0);
    assertThat(first.sheet()).contains("儿童");
    assertThat(first.line()).isEqualTo(4);
    assertThat(first.issues()).isEmpty();
  }

  @Test
  void anIdStoredAsANumberIsItsOwnErrorNamingTheCell() {
    TabularRow second = recordRows().get(1);

    assertThat(second.line()).isEqualTo(5);
    assertThat(second.issues())
        .filteredOn(i -> i.code().equals("SG-TAB-001"))
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.sheet()).contains("儿童");
              assertThat(issue.cell()).contains("D5");
              assertThat(issue.column()).contains(4L);
              assertThat(issue.line()).contains(5L);
              assertThat(issue.path()).isEqualTo("/citizenId");
              assertThat(issue.message()).contains("15 位有效数字", "文本格式");
              assertThat(issue.message()).doesNotContain("110105201503120017", "1.10105");
            });
    assertThat(records().get(1).citizenId()).isEmpty();
    assertThat(records().get(1).birthDate()).contains(LocalDate.of(2015, 3, 12));
  }

  @Test
  void anUnknownCodeLabelIsTheExchangeRuleWithTheCellAndTheLabels() {
    Issue unknown =
        recordRows().get(1).issues().stream()
            .filter(i -> i.code().equals("SG-STR-003"))
            .findFirst()
            .orElseThrow();

    assertThat(unknown.cell()).contains("F5");
    assertThat(unknown.path()).isEqualTo("/sex");
    assertThat(unknown.message()).contains("男（1）", "女（2）");
  }

  @Test
  void emptyAndBlankRowsAreSkippedAndTheOtherSheetsReported() {
    assertThat(recordRows()).hasSize(2);
    List<Issue> fileIssues = new ArrayList<>();
    rows.stream().filter(r -> !r.isRecord()).forEach(r -> fileIssues.addAll(r.issues()));

    assertThat(fileIssues)
        .extracting(Issue::code)
        .containsExactlyInAnyOrder("SG-TAB-006", "SG-STR-004", "SG-TAB-005");
    assertThat(fileIssues)
        .filteredOn(i -> i.code().equals("SG-TAB-006"))
        .singleElement()
        .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
    assertThat(fileIssues)
        .filteredOn(i -> i.code().equals("SG-STR-004"))
        .singleElement()
        .satisfies(i -> assertThat(i.cell()).contains("M3"));
    assertThat(fileIssues)
        .filteredOn(i -> i.code().equals("SG-TAB-005"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.sheet()).contains("走访记录");
              assertThat(i.cell()).contains("A3");
            });
  }

  /** An issue found after reading (a validation rule's), at a path of the record. */
  private static Issue laterIssue(String path) {
    return Issue.builder()
        .severity(Severity.ERROR)
        .code("SG-CHD-001")
        .path(path)
        .message("m")
        .build();
  }

  @Test
  void validationIssuesFoundLaterAreGivenTheirCell() {
    TabularRow first = recordRows().get(0);
    Issue later = laterIssue("/classification/assessedOn");

    assertThat(first.locate(later).cell()).contains("L4");
    assertThat(first.locate(later.withPath("/visits/0/workerId")).cell()).contains("C2");
  }

  @Test
  void anObjectThatNoCellOfTheRowHoldsIsLocatedOnItsLeftmostColumn() {
    // the second child has neither 风险等级 (K) nor 评估日期 (L): /classification names K, in
    // every run (the header's columns are searched in their order, not in a hash order)
    TabularRow second = recordRows().get(1);
    Issue later = laterIssue("/classification");

    assertThat(second.locate(later).cell()).contains("K5");
  }

  @Test
  void aGb18030CsvReadAsUtf8NamesTheEncodingOption() throws IOException {
    Charset gb = Charset.forName("GB18030");
    Path csv = temp.resolve("儿童-沙坡头区-2024Q2.csv");
    Files.write(csv, "编号,姓名,性别,儿童类别\r\nC-1,王小明,男,孤儿\r\n".getBytes(gb));

    List<TabularRow> asUtf8 = read(csv, TabularOptions.defaults());
    List<TabularRow> asGb = read(csv, TabularOptions.defaults().withEncoding(gb));

    assertThat(asUtf8)
        .flatExtracting(TabularRow::issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo("SG-TAB-002");
              assertThat(i.message()).contains("--encoding GB18030");
            });
    assertThat(asGb).flatExtracting(TabularRow::issues).isEmpty();
    assertThat(((Child) asGb.get(0).record().orElseThrow()).name()).contains("王小明");
  }

  @Test
  void aUtf8CsvWithBomAndAnIdThatExcelShowedInScientificNotation() throws IOException {
    Path csv = temp.resolve("child.csv");
    Files.writeString(
        csv, "\uFEFF编号,姓名,公民身份号码,儿童类别\r\nC-1,王小明,1.10105E+17,\r\n", StandardCharsets.UTF_8);

    List<TabularRow> read = read(csv, TabularOptions.defaults());

    assertThat(read).hasSize(1);
    assertThat(read.get(0).line()).isEqualTo(2);
    assertThat(read.get(0).issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo("SG-TAB-001");
              assertThat(i.column()).contains(3L);
              assertThat(i.cell()).isEmpty();
              assertThat(i.sheet()).isEmpty();
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"张伟", "ZHANGWEI", "Zhang Wei"})
  void aNameTypedIntoACodeColumnIsNotEchoed(String name) throws IOException {
    Path csv = temp.resolve("child.csv");
    Files.writeString(csv, "编号,姓名,性别\r\nC-1,王小明," + name + "\r\n", StandardCharsets.UTF_8);

    assertThat(read(csv, TabularOptions.defaults()))
        .flatExtracting(TabularRow::issues)
        .filteredOn(i -> i.code().equals("SG-STR-003"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.path()).isEqualTo("/sex");
              assertThat(i.message()).doesNotContain(name).contains("男（1）");
            });
  }

  @Test
  void aCsvWhoseNameDoesNotTellItsTypeAsksForTheOption() throws IOException {
    Path csv = temp.resolve("export.csv");
    Files.writeString(csv, "编号,姓名,儿童类别\r\nC-1,王小明,\r\n", StandardCharsets.UTF_8);

    assertThat(read(csv, TabularOptions.defaults()))
        .flatExtracting(TabularRow::issues)
        .extracting(Issue::code)
        .containsExactly("SG-TAB-008");
    assertThat(
            read(
                csv,
                TabularOptions.defaults().withRecordType(org.shegong.core.model.RecordType.CHILD)))
        .flatExtracting(TabularRow::issues)
        .isEmpty();
  }

  private static List<TabularRow> read(Path file, TabularOptions options) {
    List<TabularRow> read = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(file, options)) {
      reader.forEach(read::add);
    }
    return read;
  }

  private static List<TabularRow> recordRows() {
    return rows.stream().filter(TabularRow::isRecord).toList();
  }

  private static List<Child> records() {
    List<Child> children = new ArrayList<>();
    for (TabularRow row : recordRows()) {
      ExchangeRecord record = row.record().orElseThrow();
      children.add((Child) record);
    }
    return children;
  }

  private static void row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        row.createCell(i).setCellValue(values[i]);
      }
    }
  }

  private static String fullWidth(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return out.toString();
  }
}
