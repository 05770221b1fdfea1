package org.shegong.cli.internal;

import java.util.Locale;
import java.util.Map;
import org.shegong.core.message.LocalizedTemplate;
import picocli.CommandLine;

/**
 * The CLI's own usage errors and failures (exit status 2), in both languages, as templates of the
 * one message mechanism ({@link LocalizedTemplate}); the command's {@code --locale} (default zh-CN)
 * chooses.
 *
 * @since 0.1.0
 */
final class CliTexts {

  static final LocalizedTemplate PREFIX =
      LocalizedTemplate.of("shegong：{message}", "shegong: {message}");

  static final LocalizedTemplate TRY_HELP =
      LocalizedTemplate.of(
          "运行“{command} --help”查看用法。", "Try '{command} --help' for more information.");

  static final LocalizedTemplate INVALID_VALUE =
      LocalizedTemplate.of(
          "选项 {option} 的值无效：{reason}", "Invalid value for option '{option}': {reason}");

  static final LocalizedTemplate NOT_A_DATE =
      LocalizedTemplate.of(
          "“{value}”不是 yyyy-MM-dd 形式的日期（例如 2024-06-30）",
          "'{value}' is not a date of the form yyyy-MM-dd (for example 2024-06-30)");

  static final LocalizedTemplate DATE_RANGE =
      LocalizedTemplate.of(
          "日期“{value}”应在 1900 年至 2999 年之间", "the date '{value}' must be in the years 1900 to 2999");

  static final LocalizedTemplate MAX_ISSUES =
      LocalizedTemplate.of(
          "--max-issues 至少为 1，实为 {value}", "--max-issues must be at least 1, was {value}");

  static final LocalizedTemplate CANNOT_WRITE_OUTPUT =
      LocalizedTemplate.of(
          "{code} 无法写入标准输出（磁盘已满、管道已关闭或输出已关闭），输出不完整",
          "{code} cannot write to standard output (disk full, pipe or output closed); the output"
              + " is incomplete");

  static final LocalizedTemplate INTERNAL_FAILURE =
      LocalizedTemplate.of(
          "{code} Shegong 内部故障（{failure}），运行中止；设置 SHEGONG_DEBUG=1 可查看堆栈",
          "{code} internal failure of Shegong ({failure}); the run stopped; set SHEGONG_DEBUG=1"
              + " for the stack trace");

  static final LocalizedTemplate INCOMPLETE_REPORT =
      LocalizedTemplate.of(
          "{code} 报告不完整：{count} 处内部故障（见报告），退出状态 2",
          "{code} the report is incomplete: {count} internal failures (see the report), exit"
              + " status 2");

  static final LocalizedTemplate TRUNCATED =
      LocalizedTemplate.of(
          "报告已截断：达到 --max-issues {max}，另有 {omitted} 个问题未列出（计数仍包括它们）",
          "report truncated at --max-issues {max}: {omitted} more issues not listed (the counts"
              + " include them)");

  static final LocalizedTemplate NOT_A_LOCALE =
      LocalizedTemplate.of(
          "不支持语言“{value}”：请用 zh-CN 或 en", "'{value}' is not a supported locale; use zh-CN or en");

  static final LocalizedTemplate NEGATIVE_RECORDS =
      LocalizedTemplate.of(
          "--records 不能为负数，实为 {value}", "--records must not be negative, was {value}");

  static final LocalizedTemplate INVALID_RATE =
      LocalizedTemplate.of(
          "--invalid-rate 应在 0 到 1 之间，实为 {value}",
          "--invalid-rate must be between 0 and 1, was {value}");

  static final LocalizedTemplate AS_OF_RANGE =
      LocalizedTemplate.of(
          "--as-of 应在 1990 年至 2999 年之间，实为 {value}",
          "--as-of must be in the years 1990 to 2999, was {value}");

  static final LocalizedTemplate THREADS =
      LocalizedTemplate.of(
          "--threads 应在 1 到 1024 之间，实为 {value}", "--threads must be from 1 to 1024, was {value}");

  static final LocalizedTemplate NOT_A_FILE =
      LocalizedTemplate.of("不是文件：{file}", "not a file: {file}");

  static final LocalizedTemplate CANNOT_READ_FILE =
      LocalizedTemplate.of("无法读取文件 {file}", "cannot read the file {file}");

  static final LocalizedTemplate CANNOT_READ =
      LocalizedTemplate.of("无法读取 {file}：{reason}", "cannot read {file}: {reason}");

  static final LocalizedTemplate CANNOT_WRITE =
      LocalizedTemplate.of("无法写入 {file}：{reason}", "cannot write {file}: {reason}");

  static final LocalizedTemplate NO_VINTAGE =
      LocalizedTemplate.of(
          "{directory} 中的区划代码表没有版本：请用 --divisions-vintage 给出，或写入 {file}",
          "the division table in {directory} has no vintage: pass --divisions-vintage or put it in"
              + " {file}");

  static final LocalizedTemplate VINTAGE_WITHOUT_TABLE =
      LocalizedTemplate.of(
          "--divisions-vintage 须与 --divisions DIR 一起使用",
          "--divisions-vintage needs --divisions DIR");

  static final LocalizedTemplate STANDARD_OUTPUT = LocalizedTemplate.of("标准输出", "standard output");

  private CliTexts() {}

  /**
   * The locale a command line asks for with {@code --locale}, read from the raw arguments for the
   * errors found before the options are bound; zh-CN when none is given or it is not supported.
   */
  static Locale localeOf(String[] args) {
    String value = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--locale") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--locale=")) {
        value = args[i].substring("--locale=".length());
      }
    }
    if (value == null) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    try {
      return new Options.LocaleConverter().convert(value);
    } catch (CommandLine.TypeConversionException e) {
      return Locale.SIMPLIFIED_CHINESE;
    }
  }

  /**
   * A value an option's converter rejects, with its message in both languages; the handler of
   * parameter errors shows it in the command line's language.
   *
   * @since 0.1.0
   */
  static final class LocalizedConversionException extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;

    private final transient LocalizedTemplate template;
    private final String value;

    LocalizedConversionException(LocalizedTemplate template, String value) {
      super(template.format(Locale.ENGLISH, Map.of("value", value)));
      this.template = template;
      this.value = value;
    }

    /** The reason in a locale. */
    String reason(Locale locale) {
      return template.format(locale, Map.of("value", value));
    }
  }
}
