package org.shegong.cli.internal;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.validation.SeverityOverride;
import org.shegong.validation.UnknownRuleException;
import org.shegong.validation.ValidationConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --severity CODE=LEVEL} (repeatable) and {@code --rules-config FILE}: an adopter's
 * severities per rule, as {@link ValidationConfig.Builder#severity} takes them.
 *
 * <p>The file is a small properties file, one {@code CODE=LEVEL} per line ({@code :} also
 * separates; blank lines and lines starting with {@code #} or {@code !} are comments). Overrides on
 * the command line win over those of the file. Any mistake — a malformed pair, an unknown level, a
 * code no rule has, a file that cannot be read — is a usage error (exit 2), described in the
 * command's language.
 *
 * @since 0.1.0
 */
final class SeverityOptions {

  private static final LocalizedTemplate BAD_PAIR =
      LocalizedTemplate.of(
          "{where}：应为 规则代码=严重程度（如 SG-CHD-014=ERROR），实为“{text}”",
          "{where}: expected CODE=LEVEL (for example SG-CHD-014=ERROR), got '{text}'");
  private static final LocalizedTemplate BAD_LEVEL =
      LocalizedTemplate.of(
          "{where}：严重程度应为 ERROR、WARNING、INFO 或 OFF，实为“{level}”",
          "{where}: a severity is ERROR, WARNING, INFO or OFF, got '{level}'");
  private static final LocalizedTemplate UNKNOWN_RULE =
      LocalizedTemplate.of(
          "{where}：没有代码为 {code} 的规则（shegong rules 列出全部规则）",
          "{where}: no rule has the code {code} (shegong rules lists every rule)");
  private static final LocalizedTemplate IN_FILE =
      LocalizedTemplate.of("--rules-config {file} 第{line}行", "--rules-config {file} line {line}");
  private static final LocalizedTemplate CANNOT_READ =
      LocalizedTemplate.of(
          "无法读取 --rules-config 文件 {file}：{reason}",
          "cannot read the --rules-config file {file}: {reason}");
  private static final LocalizedTemplate APPLIED =
      LocalizedTemplate.of(
          "按配置调整的严重程度：{overrides}", "severities set by configuration: {overrides}");
  private static final LocalizedTemplate OFF = LocalizedTemplate.of("关闭", "OFF");
  private static final LocalizedTemplate NOT_UTF8 =
      LocalizedTemplate.of("文件不是 UTF-8 编码", "the file is not UTF-8");

  @Option(
      names = "--severity",
      paramLabel = "CODE=LEVEL",
      description =
          "Give a rule another severity (调整规则严重程度): ERROR, WARNING, INFO or OFF, for"
              + " example --severity SG-CHD-014=ERROR. Repeatable; wins over --rules-config.")
  List<String> severities = new ArrayList<>();

  @Option(
      names = "--rules-config",
      paramLabel = "FILE",
      description =
          "A properties file of severities, one CODE=LEVEL per line (# starts a comment).")
  Path rulesConfig;

  /**
   * Returns the overrides of the file and the command line, the command line's last.
   *
   * @param commandLine the command, for usage errors; not null
   * @param locale the language of error messages; not null
   * @return the overrides by code, in the order given; empty when none
   * @throws CommandLine.ParameterException for any mistake, described in the locale
   */
  Map<String, SeverityOverride> overrides(CommandLine commandLine, Locale locale) {
    Map<String, SeverityOverride> overrides = new LinkedHashMap<>();
    if (rulesConfig != null) {
      List<String> lines = readFile(commandLine, locale);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
          continue;
        }
        String where = IN_FILE.format(locale, Map.of("file", rulesConfig, "line", i + 1));
        put(overrides, line, where, true, commandLine, locale);
      }
    }
    for (String pair : severities) {
      put(overrides, pair, "--severity", false, commandLine, locale);
    }
    return overrides;
  }

  /**
   * Adds the overrides to a configuration.
   *
   * @param config the configuration being built; not null
   * @param commandLine the command, for usage errors; not null
   * @param locale the language of error messages; not null
   * @return the same builder
   * @throws CommandLine.ParameterException for any mistake, described in the locale
   */
  ValidationConfig.Builder applyTo(
      ValidationConfig.Builder config, CommandLine commandLine, Locale locale) {
    return config.severityOverrides(overrides(commandLine, locale));
  }

  /**
   * Describes the overrides a report was made with, for the line before its summary.
   *
   * @param overrides the overrides by code; not null, not empty
   * @param locale the language; not null
   * @return for example {@code severities set by configuration: SG-CHD-014 ERROR, SG-WRK-001 OFF}
   */
  static String describe(Map<String, SeverityOverride> overrides, Locale locale) {
    StringJoiner list = new StringJoiner(Options.chinese(locale) ? "，" : ", ");
    new TreeMap<>(overrides)
        .forEach(
            (code, override) ->
                list.add(
                    code
                        + " "
                        + override
                            .severity()
                            .map(s -> Options.chinese(locale) ? s.labelZh() : s.code())
                            .orElse(OFF.format(locale, Map.of()))));
    return APPLIED.format(locale, Map.of("overrides", list.toString()));
  }

  private List<String> readFile(CommandLine commandLine, Locale locale) {
    try {
      return Files.readAllLines(rulesConfig, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw usage(
          commandLine,
          CANNOT_READ.format(
              locale, Map.of("file", rulesConfig, "reason", NOT_UTF8.format(locale, Map.of()))));
    } catch (IOException e) {
      String reason =
          Files.exists(rulesConfig) ? String.valueOf(e.getMessage()) : ShegongCommand.describe(e);
      throw usage(
          commandLine, CANNOT_READ.format(locale, Map.of("file", rulesConfig, "reason", reason)));
    }
  }

  private static void put(
      Map<String, SeverityOverride> overrides,
      String pair,
      String where,
      boolean colonToo,
      CommandLine commandLine,
      Locale locale) {
    int at = pair.indexOf('=');
    if (at < 0 && colonToo) {
      at = pair.indexOf(':');
    }
    if (at <= 0 || at == pair.length() - 1) {
      throw usage(commandLine, BAD_PAIR.format(locale, Map.of("where", where, "text", pair)));
    }
    String code = pair.substring(0, at).strip();
    String level = pair.substring(at + 1).strip();
    SeverityOverride severity;
    try {
      severity = SeverityOverride.parse(level);
    } catch (IllegalArgumentException e) {
      throw usage(commandLine, BAD_LEVEL.format(locale, Map.of("where", where, "level", level)));
    }
    try {
      // checks the code now, so that the message can say where it came from
      ValidationConfig.builder().severity(code, severity);
    } catch (UnknownRuleException e) {
      throw usage(commandLine, UNKNOWN_RULE.format(locale, Map.of("where", where, "code", code)));
    }
    overrides.remove(code);
    overrides.put(code, severity);
  }

  private static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
    return new CommandLine.ParameterException(commandLine, message);
  }
}
