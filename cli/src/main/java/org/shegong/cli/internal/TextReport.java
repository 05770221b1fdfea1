package org.shegong.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Severity;

/**
 * The text form of a {@code validate} report: issues grouped by file and record, then one summary
 * line, in Chinese or English.
 *
 * @since 0.1.0
 */
final class TextReport {

  private TextReport() {}

  /** Writes the issues of the spool, grouped by file and by record. */
  static void write(PrintWriter out, IssueSpool spool, List<String> files, Locale locale)
      throws IOException {
    boolean zh = Options.chinese(locale);
    @Nullable String[] currentFile = {null};
    @Nullable String[] currentGroup = {null};
    spool.inFileOrder(
        files,
        issue -> {
          String file = text(issue, "file");
          if (!Objects.equals(file, currentFile[0])) {
            currentFile[0] = file;
            currentGroup[0] = null;
            out.println(file == null ? (zh ? "（无文件）" : "(no file)") : file);
          }
          String group = groupHeading(issue, zh);
          if (!group.equals(currentGroup[0])) {
            currentGroup[0] = group;
            out.println("  " + group);
          }
          out.println("    " + issueLine(issue, zh));
        });
  }

  /** "line 18 · child C-0017" / "第 18 行 · child C-0017". */
  static String groupHeading(ObjectNode issue, boolean zh) {
    StringBuilder heading = new StringBuilder();
    JsonNode line = issue.get("line");
    if (line != null) {
      heading.append(zh ? "第 " + line.asLong() + " 行" : "line " + line.asLong());
    } else {
      heading.append(zh ? "整个文件" : "file");
    }
    String type = text(issue, "recordType");
    String id = text(issue, "recordId");
    if (type != null || id != null) {
      heading.append(" · ");
      if (type != null) {
        heading.append(type);
      }
      if (id != null) {
        heading.append(type != null ? " " : "").append(id);
      }
    }
    return heading.toString();
  }

  /** "ERROR SG-CID-004 /citizenId message" with a localized severity. */
  static String issueLine(ObjectNode issue, boolean zh) {
    Severity severity = Severity.ofCode(issue.get("severity").asText());
    String label = zh ? severity.labelZh() : severity.code();
    String path = text(issue, "path");
    StringBuilder line = new StringBuilder();
    line.append(pad(label, zh ? 4 : 8)).append(text(issue, "code"));
    if (path != null && !path.isEmpty()) {
      line.append("  ").append(path);
    }
    JsonNode column = issue.get("column");
    if (column != null) {
      line.append(zh ? "（第 " + column.asLong() + " 列）" : " (column " + column.asLong() + ")");
    }
    line.append("  ").append(text(issue, "message"));
    return line.toString();
  }

  /** The summary line: files, records, errors, warnings, elapsed time, records per second. */
  static String summaryLine(
      Locale locale,
      int files,
      long records,
      long validRecords,
      long errors,
      long warnings,
      long startedNanos) {
    double seconds = Math.max(1e-9, (System.nanoTime() - startedNanos) / 1e9);
    long perSecond = Math.round(records / seconds);
    if (Options.chinese(locale)) {
      return String.format(
          Locale.ROOT,
          "%s：%d 个文件，%d 条记录（%d 条无错误），%d 个错误，%d 个警告；用时 %.2f 秒，每秒 %d 条",
          errors == 0 ? "通过" : "未通过",
          files,
          records,
          validRecords,
          errors,
          warnings,
          seconds,
          perSecond);
    }
    return String.format(
        Locale.ROOT,
        "%s: %d %s, %d records (%d without errors), %d errors, %d warnings; %.2f s, %d records/s",
        errors == 0 ? "VALID" : "INVALID",
        files,
        files == 1 ? "file" : "files",
        records,
        validRecords,
        errors,
        warnings,
        seconds,
        perSecond);
  }

  private static @Nullable String text(ObjectNode issue, String field) {
    JsonNode node = issue.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.append(' ').toString();
  }
}
