package org.shegong.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.Project;

/**
 * Each SG-TAB rule fires on the ledger that breaks it and stays silent on the one that does not.
 */
class TabularRulesTest {

  private static final String HEADER = "编号,名称,资金类型,金额（元）,承接机构编号,开始日期,结束日期";
  private static final String GOOD = "P-1,关爱项目,政府购买服务,3000.1,AG-1,2024/1/1,2024年12月31日";

  @TempDir Path temp;

  @Test
  void aGoodRowHasNoIssueAndItsValuesAreRead() throws IOException {
    List<TabularRow> rows = csv("project.csv", HEADER + "\r\n" + GOOD + "\r\n");

    assertThat(issues(rows)).isEmpty();
    Project project = (Project) rows.get(0).record().orElseThrow();
    assertThat(project.amount().orElseThrow().toString()).contains("3000.10");
  }

  @Test
  void duplicateColumn() throws IOException {
    List<TabularRow> rows = csv("project.csv", HEADER + ",名称\r\n" + GOOD + ",另一个名称\r\n");

    assertThat(codes(rows)).containsExactly("SG-TAB-003");
    assertThat(issues(rows).get(0).column()).contains(8L);
  }

  @Test
  void cellsBeyondTheHeader() throws IOException {
    List<TabularRow> rows = csv("project.csv", HEADER + "\r\n" + GOOD + ",,多出的内容\r\n");

    assertThat(codes(rows)).containsExactly("SG-TAB-004");
    assertThat(issues(rows).get(0).line()).contains(2L);
    assertThat(issues(rows).get(0).column()).contains(9L);
  }

  @Test
  void noHeader() throws IOException {
    assertThat(codes(csv("project.csv", "Name,Funding\r\nP-1,x\r\n")))
        .containsExactly("SG-TAB-007");
  }

  @Test
  void malformedCsv() throws IOException {
    List<TabularRow> rows = csv("project.csv", HEADER + "\r\n" + GOOD + "\r\n\"P-2,未结束\r\n");

    assertThat(codes(rows)).containsExactly("SG-TAB-010");
    assertThat(rows.get(0).record()).isPresent();
  }

  @Test
  void notAWorkbook() throws IOException {
    Path file = temp.resolve("旧台账.xlsx");
    Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});

    List<TabularRow> rows = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
      reader.forEach(rows::add);
    }

    assertThat(codes(rows)).containsExactly("SG-TAB-009");
    assertThat(issues(rows).get(0).message()).contains(".xls");
  }

  @Test
  void excelsFictitiousLeapDayIsAnImpossibleDateAndOtherSerialsAreDates() throws IOException {
    Path file = temp.resolve("台账.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("项目");
      String[] header = HEADER.split(",");
      Row head = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        head.createCell(i).setCellValue(header[i]);
      }
      for (int r = 1; r <= 2; r++) {
        Row row = sheet.createRow(r);
        String[] good = GOOD.split(",");
        for (int i = 0; i < good.length; i++) {
          row.createCell(i).setCellValue(good[i]);
        }
        row.getCell(5).setCellValue(r == 1 ? 60 : 45292); // 1900-02-29 (fictitious), 2024-01-01
        row.getCell(3).setCellValue(3000.1);
      }
      workbook.write(out);
    }

    List<TabularRow> rows = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
      reader.forEach(rows::add);
    }

    assertThat(rows.get(0).issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo("SG-STR-006");
              assertThat(i.cell()).contains("F2");
            });
    assertThat(rows.get(1).issues()).isEmpty();
    Project second = (Project) rows.get(1).record().orElseThrow();
    assertThat(second.startsOn()).contains(java.time.LocalDate.of(2024, 1, 1));
    assertThat(second.amount().orElseThrow().toString()).contains("3000.10");
  }

  private List<TabularRow> csv(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<TabularRow> rows = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
      reader.forEach(rows::add);
    }
    return rows;
  }

  private static List<Issue> issues(List<TabularRow> rows) {
    List<Issue> issues = new ArrayList<>();
    rows.forEach(r -> issues.addAll(r.issues()));
    return issues;
  }

  private static List<String> codes(List<TabularRow> rows) {
    return issues(rows).stream().map(Issue::code).toList();
  }
}
