package org.shegong.tabular;

import java.util.List;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;

/**
 * The rules of {@code shegong-tabular}: problems that only a spreadsheet can have — an identifier
 * that Excel stored as a number, a CSV file in another encoding, a header that is not one, a visit
 * row without its child.
 *
 * <p>Everything a spreadsheet shares with NDJSON is reported by the exchange format's own rules: an
 * unknown column is SG-STR-004 (unknown field), an unknown code label SG-STR-003, a malformed date
 * SG-STR-006, a required empty cell SG-STR-001, each with the cell named. These rules are
 * contributed to {@link org.shegong.core.issue.RuleCatalogue#load()} through a {@link
 * org.shegong.core.issue.RuleProvider}.
 *
 * @since 0.2.0
 */
public final class TabularRules {

  /** SG-TAB-001: an identifier stored as a number, which cost it digits. */
  public static final Rule NUMBER_LOST_DIGITS =
      Rule.builder()
          .code("SG-TAB-001")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("证件号码、编号等标识列必须以文本保存，不得存为数字")
          .summaryEn("Identifiers are stored as text, never as numbers")
          .messageZh("“{label}”列的单元格存的是数字（{shape}），Excel 只保留 15 位有效数字，号码已丢失位数；请将该列设置为文本格式后重新录入")
          .messageEn(
              "the cell of column '{label}' holds a number ({shape}); Excel keeps 15 significant"
                  + " digits, so the identifier has lost digits: format the column as text and"
                  + " enter it again")
          .example("公民身份号码 typed into a number cell: 1.10105E+17")
          .build();

  /** SG-TAB-002: a CSV file read as UTF-8 is not UTF-8. */
  public static final Rule WRONG_ENCODING =
      Rule.builder()
          .code("SG-TAB-002")
          .layer(Layer.SYNTAX)
          .severity(Severity.ERROR)
          .summaryZh("CSV 文件必须按其实际编码读取（默认 UTF-8）")
          .summaryEn("A CSV file is read in its own encoding (UTF-8 by default)")
          .messageZh(
              "第{line}行起不是有效的 {encoding} 文本，看起来是 Excel 在中文 Windows 上保存的 GB18030（GBK）"
                  + "编码；请用 --encoding GB18030（TabularOptions.withEncoding）重新读取")
          .messageEn(
              "not valid {encoding} text from line {line}: it looks like GB18030 (GBK), as Excel saves"
                  + " CSV on Chinese Windows; read it again with --encoding GB18030"
                  + " (TabularOptions.withEncoding)")
          .example("儿童.csv saved by Excel as \"CSV (逗号分隔)\"")
          .build();

  /** SG-TAB-003: the same column twice in a header. */
  public static final Rule DUPLICATE_COLUMN =
      Rule.builder()
          .code("SG-TAB-003")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("表头中同一列不得出现两次")
          .summaryEn("No column appears twice in a header")
          .messageZh("“{label}”与第{first}列是同一列，重复出现；该列不读取")
          .messageEn("'{label}' is the same column as column {first}; it is not read")
          .example("姓名 | 性别 | 姓名")
          .build();

  /** SG-TAB-004: a row with cells beyond the header. */
  public static final Rule CELLS_BEYOND_HEADER =
      Rule.builder()
          .code("SG-TAB-004")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("数据行的单元格不得超出表头的列")
          .summaryEn("A row has no cells beyond the columns of the header")
          .messageZh("该行第{column}列有内容，但表头只有{columns}列；该单元格不读取")
          .messageEn(
              "the row has content in column {column} but the header has {columns} columns;"
                  + " the cell is not read")
          .example("a value typed to the right of the last header column")
          .build();

  /** SG-TAB-005: a visit row whose child is not in the workbook. */
  public static final Rule VISIT_WITHOUT_CHILD =
      Rule.builder()
          .code("SG-TAB-005")
          .layer(Layer.BATCH)
          .severity(Severity.ERROR)
          .summaryZh("走访记录中的儿童编号必须是本工作簿儿童表中的儿童")
          .summaryEn("A visit row names a child of the workbook's child sheet")
          .messageZh("走访记录的儿童编号在本工作簿的儿童表中找不到；该走访记录未读取")
          .messageEn("the visit's child id matches no child of the workbook; the visit is not read")
          .example("走访记录: 儿童编号 C-9999 without a row C-9999 in 儿童")
          .build();

  /** SG-TAB-006: a sheet that is not a record sheet (INFO). */
  public static final Rule SHEET_SKIPPED =
      Rule.builder()
          .code("SG-TAB-006")
          .layer(Layer.STRUCTURE)
          .severity(Severity.INFO)
          .summaryZh("名称不是记录类型的工作表（如“说明”）不读取")
          .summaryEn("A sheet not named after a record type (说明, …) is not read")
          .messageZh("工作表“{sheet}”不是记录表（记录表以记录类型命名，如“儿童”），已跳过")
          .messageEn(
              "sheet '{sheet}' is not a record sheet (those are named after a record type,"
                  + " such as 儿童) and is skipped")
          .example("a sheet named 说明 or 统计")
          .build();

  /** SG-TAB-007: no header row found. */
  public static final Rule NO_HEADER =
      Rule.builder()
          .code("SG-TAB-007")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("记录表必须有表头行（至少两个已知列名）")
          .summaryEn("A record sheet has a header row (at least two known column labels)")
          .messageZh("前{rows}行中没有表头行（至少含两个{recordType}的已知列名）；该表未读取")
          .messageEn(
              "none of the first {rows} rows is a header (at least two known column labels of"
                  + " {recordType}); the sheet is not read")
          .example("a 儿童 sheet whose header says Name, Gender")
          .build();

  /** SG-TAB-008: a CSV file whose record type is not known. */
  public static final Rule UNKNOWN_CSV_RECORD_TYPE =
      Rule.builder()
          .code("SG-TAB-008")
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .summaryZh("CSV 文件的记录类型必须由文件名或选项给出")
          .summaryEn("The record type of a CSV file is given by its name or an option")
          .messageZh("无法从文件名“{file}”判断记录类型（如 儿童.csv、child.csv）；请用 --record-type 指定")
          .messageEn(
              "the file name '{file}' does not tell the record type (儿童.csv, child.csv, …);"
                  + " give it with --record-type")
          .example("export.csv")
          .build();

  /** SG-TAB-009: the file is not a readable xlsx workbook. */
  public static final Rule NOT_A_WORKBOOK =
      Rule.builder()
          .code("SG-TAB-009")
          .layer(Layer.SYNTAX)
          .severity(Severity.ERROR)
          .summaryZh("工作簿必须是可读的 .xlsx 文件")
          .summaryEn("A workbook is a readable .xlsx file")
          .messageZh("不是可读的 .xlsx 工作簿（{reason}）；旧的 .xls 文件请在 Excel 中另存为 .xlsx")
          .messageEn(
              "not a readable .xlsx workbook ({reason}); save an old .xls file as .xlsx in"
                  + " Excel")
          .example("an .xls file renamed to .xlsx")
          .build();

  /** SG-TAB-010: a CSV file that is not well-formed CSV. */
  public static final Rule MALFORMED_CSV =
      Rule.builder()
          .code("SG-TAB-010")
          .layer(Layer.SYNTAX)
          .severity(Severity.ERROR)
          .summaryZh("CSV 文件必须是合法的 CSV（引号成对）")
          .summaryEn("A CSV file is well-formed CSV (quotes paired)")
          .messageZh("第{line}行起不是合法的 CSV（例如引号不成对）；其后的内容未读取")
          .messageEn(
              "not well-formed CSV from row {line} (an unpaired quote, say); the rest is not"
                  + " read")
          .example("姓名,\"张三")
          .build();

  private static final List<Rule> ALL =
      List.of(
          NUMBER_LOST_DIGITS,
          WRONG_ENCODING,
          DUPLICATE_COLUMN,
          CELLS_BEYOND_HEADER,
          VISIT_WITHOUT_CHILD,
          SHEET_SKIPPED,
          NO_HEADER,
          UNKNOWN_CSV_RECORD_TYPE,
          NOT_A_WORKBOOK,
          MALFORMED_CSV);

  private TabularRules() {}

  /**
   * Returns every rule of this module, in code order.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Rule> all() {
    return ALL;
  }
}
