package org.shegong.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.testing.sample.SampleData;

/**
 * The bundled example ledger, {@code examples/data/ledger.xlsx}: a county's records as a township
 * keeps them (a title row above each header, saved by a second engine with shared strings) with a
 * few deliberate errors, two of them IDs stored as numbers. Regenerate it with {@code mvn -B -q -o
 * test -pl tabular -am -Dtest=ExampleLedgerTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dshegong.updateExamples=true}.
 */
class ExampleLedgerTest {

  static final Path BUNDLED = Path.of("../examples/data/ledger.xlsx");

  @TempDir Path temp;

  @Test
  void theBundledLedgerIsTheGeneratedOneAndHasItsDeliberateErrors() throws IOException {
    Path generated = temp.resolve("ledger.xlsx");
    generate(generated);
    if (Boolean.getBoolean("shegong.updateExamples")) {
      Files.copy(generated, BUNDLED, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    List<Issue> issues = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(BUNDLED, TabularOptions.defaults())) {
      reader.forEach(row -> issues.addAll(row.issues()));
    }

    assertThat(issues)
        .extracting(i -> i.code() + " " + i.sheet().orElse("") + "!" + i.cell().orElse(""))
        .contains(
            "SG-TAB-001 儿童!D6", "SG-TAB-001 社会工作者!C4", "SG-STR-003 儿童!F7", "SG-STR-006 儿童!E8");
  }

  /** Writes the county's records, then edits them as a clerk would. */
  static void generate(Path file) throws IOException {
    List<ExchangeRecord> records = new ArrayList<>();
    int children = 0;
    for (ExchangeRecord record : SampleData.withSeed(2024).records(200)) {
      if (record.recordType() == RecordType.CHILD) {
        if (children == 6) {
          continue;
        }
        children++;
      }
      if (record.recordType() == RecordType.SERVICE_RECORD
          || record.recordType() == RecordType.DEMAND
          || record.recordType() == RecordType.PROJECT) {
        continue;
      }
      records.add(record);
      if (children == 6 && record instanceof Child) {
        break;
      }
    }
    Path plain = file.resolveSibling("plain.xlsx");
    try (TabularWriter writer = TabularWriter.open(plain, TabularOptions.defaults())) {
      records.forEach(writer::write);
    }
    try (InputStream in = Files.newInputStream(plain);
        XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(file)) {
      title(workbook.getSheet("儿童"), "沙坡头区农村留守儿童基本情况登记表（2024年第二季度）");
      title(workbook.getSheet("社会工作者"), "沙坡头区社会工作者花名册");
      Sheet sheet = workbook.getSheet("儿童");
      // 序号 in column A, as ledgers number their rows
      for (Row row : sheet) {
        if (row.getRowNum() >= 2) {
          Cell first = row.getCell(0);
          row.shiftCellsRight(0, row.getLastCellNum(), 1);
          if (first != null) {
            row.createCell(0)
                .setCellValue(row.getRowNum() == 2 ? "序号" : "" + (row.getRowNum() - 2));
          }
        }
      }
      // row 6: the 公民身份号码 typed into a number cell; row 7: an unknown 性别 label; row 8: a
      // date that does not exist
      number(sheet.getRow(5).getCell(3));
      text(sheet.getRow(6), 5, "男孩");
      text(sheet.getRow(7), 4, "2013/2/30");
      number(workbook.getSheet("社会工作者").getRow(3).getCell(2));
      workbook.write(out);
    }
  }

  private static void title(Sheet sheet, String title) {
    sheet.shiftRows(0, sheet.getLastRowNum(), 2);
    sheet.createRow(0).createCell(0).setCellValue(title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
    sheet.createRow(1).createCell(0).setCellValue("填报单位：沙坡头区民政局　　填报日期：2024年6月30日");
  }

  /** Replaces a cell by a text cell (POI keeps the inline string of a cell it edits). */
  private static void text(Row row, int column, String value) {
    Cell old = row.getCell(column);
    if (old != null) {
      row.removeCell(old);
    }
    row.createCell(column).setCellValue(value);
  }

  private static void number(Cell cell) {
    String id = cell.getStringCellValue();
    Row row = cell.getRow();
    int column = cell.getColumnIndex();
    row.removeCell(cell);
    row.createCell(column).setCellValue(Double.parseDouble(id.replace('X', '0')));
  }
}
