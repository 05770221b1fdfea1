package org.shegong.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.RecordType;
import org.shegong.tabular.internal.CodeLabels;
import org.shegong.tabular.internal.Columns;
import org.shegong.tabular.internal.Columns.Column;
import org.shegong.tabular.internal.Columns.Kind;

/**
 * Writes an empty ledger for people to fill in: a 说明 sheet, one sheet per chosen record type with
 * its header row, and for children the 走访记录 sheet.
 *
 * <p>Required columns are marked {@code *} (the reader drops the mark); identifier and code columns
 * are formatted as text, so that Excel cannot turn a citizen ID into a number; every code column
 * (and every 是/否 column) offers a drop-down list of its Chinese labels (a list data validation over
 * a hidden 代码表 sheet, since Excel limits a list typed into the validation to 255 characters).
 * Single-valued code columns reject other values; multi-valued ones (儿童类别, …) only warn, since a
 * cell lists several labels separated by {@code 、}.
 *
 * @since 0.2.0
 */
public final class Templates {

  /** The name of the sheet that explains the template. */
  public static final String README_SHEET = "说明";

  /** The name of the hidden sheet that holds the drop-down lists. */
  public static final String LISTS_SHEET = "代码表";

  /** The last row a template's validations and text formats cover. */
  private static final int LAST_ROW = 10_000;

  private Templates() {}

  /**
   * Writes a template file.
   *
   * @param path the {@code .xlsx} file; not null; replaced if it exists
   * @param types the record types, in the order of their sheets; not null, not empty
   * @param divisionTable the vintage of the division table division codes are checked against,
   *     named on the 说明 sheet, for example {@code "2022"}; not null
   * @throws IllegalArgumentException when no record type is given
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Path path, List<RecordType> types, String divisionTable) {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(out, types, divisionTable);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a template to a stream.
   *
   * @param out the target; not null; not closed
   * @param types the record types, in the order of their sheets; not null, not empty
   * @param divisionTable the vintage of the division table, named on the 说明 sheet; not null
   * @throws IllegalArgumentException when no record type is given
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(OutputStream out, List<RecordType> types, String divisionTable) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(divisionTable, "divisionTable");
    Set<RecordType> chosen = new LinkedHashSet<>(Objects.requireNonNull(types, "types"));
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("a template has at least one record type");
    }
    try {
      Workbook workbook = new Workbook(new NonClosing(out), "Shegong", null);
      Worksheet readme = workbook.newWorksheet(README_SHEET);
      List<Worksheet> sheets = new ArrayList<>();
      Map<String, List<Column>> layout = new LinkedHashMap<>();
      for (RecordType type : chosen) {
        layout.put(Columns.sheetLabel(type), Columns.of(type));
        if (type == RecordType.CHILD) {
          layout.put(Columns.VISITS_SHEET, Columns.visits());
        }
      }
      for (String name : layout.keySet()) {
        sheets.add(workbook.newWorksheet(name));
      }
      Worksheet lists = workbook.newWorksheet(LISTS_SHEET);
      Map<String, Integer> listColumns = new LinkedHashMap<>();
      writeReadme(readme, chosen, divisionTable);
      int s = 0;
      for (Map.Entry<String, List<Column>> entry : layout.entrySet()) {
        writeSheet(sheets.get(s++), entry.getValue(), lists, listColumns);
      }
      lists.setVisibilityState(VisibilityState.HIDDEN);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeReadme(Worksheet sheet, Set<RecordType> types, String divisionTable) {
    int row = 0;
    sheet.value(row, 0, "社工台账模板（Shegong 台账格式第 1 版）");
    sheet.style(row, 0).bold().fontSize(14).set();
    row += 2;
    String[] notes = {
      "每个工作表对应一种记录，表名即记录类型；第 1 行为表头，请从第 2 行起每行填写一条记录。",
      "标 * 的列为必填列；其余列没有内容时留空。",
      "编号、公民身份号码、电话、区划代码和代码列已设为文本格式：请勿改为数字格式，" + "否则 Excel 只保留 15 位有效数字，18 位身份号码会丢失位数。",
      "代码列可从下拉列表选择中文名称；多值列（如儿童类别）用“、”分隔多个值。",
      "日期写作 2024-06-24、2024/6/24 或 2024年6月24日；是否列填“是”或“否”。",
      "区划代码按 " + divisionTable + " 年版行政区划代码表校验。",
      "儿童的走访记录填在“走访记录”表，以“儿童编号”对应儿童表的“编号”。",
      "校验：shegong validate 本文件.xlsx",
    };
    for (String note : notes) {
      sheet.value(row++, 0, note);
    }
    row++;
    sheet.value(row, 0, "工作表");
    sheet.value(row, 1, "记录类型");
    sheet.value(row, 2, "必填列");
    sheet.style(row, 0).bold().set();
    sheet.style(row, 1).bold().set();
    sheet.style(row, 2).bold().set();
    row++;
    for (RecordType type : types) {
      sheet.value(row, 0, Columns.sheetLabel(type));
      sheet.value(row, 1, type.labelZh() + "（" + type.code() + "）");
      sheet.value(row, 2, String.join("、", required(Columns.of(type))));
      row++;
      if (type == RecordType.CHILD) {
        sheet.value(row, 0, Columns.VISITS_SHEET);
        sheet.value(row, 1, "儿童的走访记录（visits）");
        sheet.value(row, 2, String.join("、", required(Columns.visits())));
        row++;
      }
    }
    sheet.width(0, 16);
    sheet.width(1, 30);
    sheet.width(2, 80);
  }

  private static List<String> required(List<Column> columns) {
    List<String> labels = new ArrayList<>();
    for (Column column : columns) {
      if (column.required()) {
        labels.add(column.label());
      }
    }
    return labels;
  }

  private static void writeSheet(
      Worksheet sheet, List<Column> columns, Worksheet lists, Map<String, Integer> listColumns) {
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      sheet.value(0, c, column.required() ? column.label() + "*" : column.label());
      sheet.style(0, c).bold().fillColor("DDEBF7").set();
      sheet.width(c, Math.max(10, Math.min(40, column.label().length() * 2.5 + 2)));
      if (column.text()) {
        sheet.style(c).format("@").set();
        sheet.range(1, c, LAST_ROW, c).style().format("@").set();
      }
      List<String> labels = dropDown(column);
      if (labels == null) {
        continue;
      }
      String key = column.kind() == Kind.BOOLEAN ? "是否" : String.valueOf(column.codeSet());
      Integer listColumn = listColumns.get(key);
      if (listColumn == null) {
        listColumn = listColumns.size();
        listColumns.put(key, listColumn);
        for (int i = 0; i < labels.size(); i++) {
          lists.value(i, listColumn, labels.get(i));
        }
      }
      boolean multi = column.kind() == Kind.CODES;
      sheet
          .range(1, c, LAST_ROW, c)
          .validateWithList(lists.range(0, listColumn, labels.size() - 1, listColumn))
          .allowBlank(true)
          .showDropdown(true)
          .errorStyle(multi ? DataValidationErrorStyle.INFORMATION : DataValidationErrorStyle.STOP)
          .showErrorMessage(true)
          .errorTitle(column.label())
          .error(multi ? "多个值用“、”分隔" : "请从下拉列表中选择");
    }
    sheet.freezePane(0, 1);
  }

  private static @Nullable List<String> dropDown(Column column) {
    if (column.kind() == Kind.BOOLEAN) {
      return List.of("是", "否");
    }
    Class<? extends Enum<?>> codeSet = column.codeSet();
    if ((column.kind() == Kind.CODE || column.kind() == Kind.CODES) && codeSet != null) {
      return CodeLabels.labels(codeSet);
    }
    return null;
  }

  /**
   * Lets the workbook writer finish without closing the caller's stream.
   *
   * @since 0.2.0
   */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
