package org.shegong.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.model.RecordType;

/**
 * A template read back by a second engine, Apache POI: its sheets, header rows with the required
 * mark, text-formatted identifier and code columns, and drop-down lists of Chinese labels.
 */
class TemplatesTest {

  @TempDir static Path temp;
  static XSSFWorkbook workbook;

  @BeforeAll
  static void writeTheTemplate() throws IOException {
    Path file = temp.resolve("台账模板.xlsx");
    Templates.write(file, List.of(RecordType.CHILD, RecordType.WORKER, RecordType.STATION), "2022");
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
  }

  @Test
  void hasTheReadmeOneSheetPerTypeTheVisitsAndTheHiddenLists() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));

    assertThat(names).containsExactly("说明", "儿童", "走访记录", "社会工作者", "社工站", "代码表");
    assertThat(workbook.isSheetHidden(workbook.getSheetIndex("代码表"))).isTrue();
    String readme = text(workbook.getSheet("说明"));
    assertThat(readme).contains("2022", "15 位有效数字", "公民身份号码", "走访记录");
  }

  @Test
  void marksRequiredColumnsAndFormatsIdentifiersAndCodesAsText() {
    Sheet children = workbook.getSheet("儿童");
    Row header = children.getRow(0);
    List<String> labels = new ArrayList<>();
    header.forEach(cell -> labels.add(cell.getStringCellValue()));

    assertThat(labels).contains("编号*", "姓名*", "公民身份号码*", "儿童类别*", "性别", "父亲情况");
    int citizenId = labels.indexOf("公民身份号码*");
    int sex = labels.indexOf("性别");
    int birthDate = labels.indexOf("出生日期");
    assertThat(children.getColumnStyle(citizenId).getDataFormatString()).isEqualTo("@");
    assertThat(children.getColumnStyle(sex).getDataFormatString()).isEqualTo("@");
    assertThat(children.getColumnStyle(birthDate).getDataFormatString()).isNotEqualTo("@");
  }

  @Test
  void everyCodeColumnHasADropDownOfItsChineseLabels() {
    Sheet children = workbook.getSheet("儿童");
    List<String> labels = new ArrayList<>();
    children.getRow(0).forEach(cell -> labels.add(cell.getStringCellValue()));
    int sex = labels.indexOf("性别");
    int tier = labels.indexOf("风险等级");
    Sheet lists = workbook.getSheet("代码表");

    DataValidation sexList = validationOf(children, sex);
    DataValidation tierList = validationOf(children, tier);

    assertThat(sexList.getValidationConstraint().getValidationType())
        .isEqualTo(DataValidationConstraint.ValidationType.LIST);
    assertThat(sexList.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
    assertThat(listed(lists, sexList)).containsExactly("未知的性别", "男", "女", "未说明的性别");
    assertThat(listed(lists, tierList)).containsExactly("高风险", "中风险", "低风险", "健康成长");
    for (String code : List.of("儿童类别", "父亲情况", "母亲情况", "是否农村户籍")) {
      assertThat(validationOf(children, labels.indexOf(code.equals("儿童类别") ? "儿童类别*" : code)))
          .as(code)
          .isNotNull();
    }
    List<String> workerLabels = new ArrayList<>();
    workbook.getSheet("社会工作者").getRow(0).forEach(c -> workerLabels.add(c.getStringCellValue()));
    DataValidation level = validationOf(workbook.getSheet("社会工作者"), workerLabels.indexOf("职业资格等级"));
    assertThat(listed(lists, level)).contains("助理社会工作师", "社会工作师", "高级社会工作师");
  }

  @Test
  void theTemplateReadsAsALedgerWithoutRecords() {
    Path file = temp.resolve("台账模板.xlsx");
    List<TabularRow> rows = new ArrayList<>();
    try (TabularReader reader = TabularReader.open(file, TabularOptions.defaults())) {
      reader.forEach(rows::add);
    }

    assertThat(rows).noneMatch(TabularRow::isRecord);
    assertThat(rows)
        .flatExtracting(TabularRow::issues)
        .extracting(i -> i.code())
        .containsOnly("SG-TAB-006");
  }

  private static DataValidation validationOf(Sheet sheet, int column) {
    for (DataValidation validation : sheet.getDataValidations()) {
      for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
        if (range.getFirstColumn() == column && range.getFirstRow() == 1) {
          return validation;
        }
      }
    }
    throw new AssertionError("no data validation on column " + column);
  }

  /** The labels a list validation offers: the cells of the 代码表 range its formula names. */
  private static List<String> listed(Sheet lists, DataValidation validation) {
    String formula = validation.getValidationConstraint().getFormula1();
    assertThat(formula).startsWith("'代码表'!");
    CellRangeAddress range = CellRangeAddress.valueOf(formula.substring(formula.indexOf('!') + 1));
    List<String> labels = new ArrayList<>();
    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
      labels.add(lists.getRow(r).getCell(range.getFirstColumn()).getStringCellValue());
    }
    return labels;
  }

  private static String text(Sheet sheet) {
    StringBuilder text = new StringBuilder();
    sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
    return text.toString();
  }
}
