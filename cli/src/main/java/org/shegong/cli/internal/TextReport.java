package org.shegong.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Severity;
import org.shegong.core.message.MessageTemplate;
import org.shegong.core.privacy.Scrubber;
import org.shegong.pipeline.PipelineSummary;

/**
 * The text form of a {@code validate} report: issues grouped by file and record, then one summary
 * line, in Chinese or English. Every line about an issue passes through {@link
 * Scrubber#scrub(String)} (issues scrub themselves; this guards the headings built here).
 *
 * @since 0.1.0
 */
final class TextReport implements ReportWriter {

  private final PrintWriter out;
  private final boolean zh;
  private @Nullable String currentFile;
  private boolean anyFile;
  private @Nullable String currentGroup;

  TextReport(PrintWriter out, Locale locale) {
    this.out = out;
    this.zh = Options.chinese(locale);
  }

  @Override
  public void begin(PipelineSummary summary, String reportVersion) {}

  /** Writes an issue under its file and record headings, printing those when they change. */
  @Override
  public void issue(Issue issue) {
    String file = issue.file().orElse(null);
    if (!anyFile || !Objects.equals(file, currentFile)) {
      anyFile = true;
      currentFile = file;
      currentGroup = null;
      out.println(file == null ? (zh ? "（无文件）" : "(no file)") : Scrubber.scrub(file));
    }
    String group = groupHeading(issue, zh);
    if (!group.equals(currentGroup)) {
      currentGroup = group;
      out.println("  " + Scrubber.scrub(group));
    }
    out.println("    " + Scrubber.scrub(issueLine(issue, zh)));
  }

  @Override
  public void end() {
    out.flush();
  }

  /** "line 18 · child C-0017" / "第 18 行 · child C-0017". */
  static String groupHeading(Issue issue, boolean zh) {
    StringBuilder heading = new StringBuilder();
    issue.sheet().ifPresent(sheet -> heading.append(sheet).append(" · "));
    if (issue.line().isPresent()) {
      long line = issue.line().get();
      heading.append(zh ? "第 " + line + " 行" : "line " + line);
    } else {
      heading.append(zh ? "整个文件" : "file");
    }
    String type = issue.recordType().orElse(null);
    String id = issue.recordId().orElse(null);
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

  /**
   * Where in a spreadsheet: 「儿童!D17」 for a cell of a workbook, 「儿童」 for a row or header of a sheet,
   * 「第 4 列」 / "column 4" for a column of a CSV file; empty for NDJSON, whose syntax messages state
   * their column themselves.
   */
  static String location(Issue issue, boolean zh) {
    String sheet = issue.sheet().orElse(null);
    String cell = issue.cell().orElse(null);
    if (sheet != null) {
      return "「" + sheet + (cell == null ? "" : "!" + cell) + "」";
    }
    if (cell != null) {
      return "「" + cell + "」";
    }
    boolean csv =
        issue.file().map(f -> f.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")).orElse(false);
    if (csv && issue.column().isPresent()) {
      long column = issue.column().get();
      return zh ? "第 " + column + " 列" : "column " + column;
    }
    return "";
  }

  /** "ERROR SG-CID-004 「儿童!D17」 /citizenId message" with a localized severity. */
  static String issueLine(Issue issue, boolean zh) {
    Severity severity = issue.severity();
    String label = zh ? severity.labelZh() : severity.code();
    String path = issue.path();
    StringBuilder line = new StringBuilder();
    line.append(pad(label, zh ? 4 : 8)).append(issue.code());
    String location = location(issue, zh);
    if (!location.isEmpty()) {
      line.append("  ").append(location);
    }
    if (!path.isEmpty()) {
      line.append("  ").append(path);
    }
    line.append("  ").append(issue.message());
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
    return SUMMARY_EN.format(
        Map.of(
            "verdict", errors == 0 ? "VALID" : "INVALID",
            "files", files,
            "records", records,
            "validRecords", validRecords,
            "errors", errors,
            "warnings", warnings,
            "seconds", String.format(Locale.ROOT, "%.2f", seconds),
            "perSecond", perSecond));
  }

  /** The English summary, with plurals ("1 warning", "2 warnings"). */
  private static final MessageTemplate SUMMARY_EN =
      MessageTemplate.of(
          "{verdict}: {files, plural, one {# file} other {# files}},"
              + " {records, plural, one {# record} other {# records}}"
              + " ({validRecords} without errors),"
              + " {errors, plural, one {# error} other {# errors}},"
              + " {warnings, plural, one {# warning} other {# warnings}};"
              + " {seconds} s, {perSecond} records/s");

  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.append(' ').toString();
  }
}
