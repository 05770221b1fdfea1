package org.shegong.cli.internal;

import java.util.Locale;
import java.util.Map;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleCatalogue;
import org.shegong.core.issue.Severity;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.validation.SeverityOverride;

/**
 * Renders the rule catalogue as text (one language) or markdown (both, the form of {@code
 * docs/rules.md}).
 *
 * @since 0.1.0
 */
final class RulesDocument {

  /** The command that regenerates docs/rules.md, named in the file and by its test. */
  static final String UPDATE_COMMAND =
      "mvn -B -ntp -pl cli -am test -Dtest=RulesDocTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dshegong.updateDocs=true";

  private RulesDocument() {}

  private static final LocalizedTemplate OVERRIDDEN =
      LocalizedTemplate.of(
          "{effective}（已按配置调整，规则目录为{catalogue}）",
          "{effective} (set by" + " configuration; catalogue: {catalogue})");
  private static final LocalizedTemplate OFF = LocalizedTemplate.of("关闭", "OFF");

  /** The catalogue in one language, one block per rule, with the catalogue's severities. */
  static String text(RuleCatalogue catalogue, Locale locale) {
    return text(catalogue, locale, Map.of());
  }

  /**
   * The catalogue in one language, one block per rule, with the effective severity of the rules an
   * adopter's configuration overrides.
   */
  static String text(
      RuleCatalogue catalogue, Locale locale, Map<String, SeverityOverride> overrides) {
    boolean zh = Options.chinese(locale);
    StringBuilder out = new StringBuilder();
    for (Rule rule : catalogue.rules()) {
      SeverityOverride override = overrides.get(rule.code());
      String severity = severity(rule, zh);
      if (override != null) {
        String effective =
            override.severity().map(s -> label(s, zh)).orElse(OFF.format(locale, Map.of()));
        severity = OVERRIDDEN.format(locale, Map.of("effective", effective, "catalogue", severity));
      }
      out.append(rule.code())
          .append("  ")
          .append(severity)
          .append("  ")
          .append(layer(rule.layer(), zh))
          .append('\n');
      out.append("  ").append(zh ? rule.summaryZh() : rule.summaryEn()).append('\n');
      // both messages, the chosen language first: a catalogue is read to match either
      String first = zh ? rule.messageZh() : rule.messageEn();
      String second = zh ? rule.messageEn() : rule.messageZh();
      out.append("  ").append(zh ? "消息: " : "message: ").append(first).append('\n');
      out.append("  ").append(zh ? "消息(英文): " : "message (zh): ").append(second).append('\n');
      out.append("  ")
          .append(zh ? "示例: " : "example: ")
          .append(oneLine(rule.example()))
          .append("\n\n");
    }
    out.append(zh ? "共 " + catalogue.size() + " 条规则\n" : catalogue.size() + " rules\n");
    return out.toString();
  }

  private static String severity(Rule rule, boolean zh) {
    String text = label(rule.severity(), zh);
    if (!rule.appliesToDrafts()) {
      return text + (zh ? "（草稿不检查）" : " (not checked in DRAFT)");
    }
    return rule.draftSeverity()
        .map(d -> text + (zh ? "（草稿：" + d.labelZh() + "）" : " (DRAFT: " + d.code() + ")"))
        .orElse(text);
  }

  private static String label(Severity severity, boolean zh) {
    return zh ? severity.labelZh() : severity.code();
  }

  /** The catalogue as the markdown page docs/rules.md. */
  static String markdown(RuleCatalogue catalogue) {
    StringBuilder out = new StringBuilder();
    out.append("# Shegong rule catalogue (规则目录)\n\n")
        .append("<!-- Generated from RuleCatalogue.load() by `shegong rules --format markdown`.")
        .append(" Do not edit by hand; regenerate with:\n     ")
        .append(UPDATE_COMMAND)
        .append(" -->\n\n")
        .append("Every rule the Shegong validator and reader report, ")
        .append(catalogue.size())
        .append(" in all. A rule code never changes meaning once released. ")
        .append("Severity is the one in the `EXCHANGE` profile; *draft* is the severity in the ")
        .append("`DRAFT` profile when it differs (\"not checked\" when drafts are exempt). ")
        .append("Messages are templates: `{name}` is filled in per issue, with sensitive values ")
        .append("masked.\n\n")
        .append("| code | severity | draft | layer | what it checks (检查内容) |\n")
        .append("|---|---|---|---|---|\n");
    for (Rule rule : catalogue.rules()) {
      out.append("| [")
          .append(rule.code())
          .append("](#")
          .append(rule.code().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(rule.severity().code())
          .append(" | ")
          .append(draft(rule))
          .append(" | ")
          .append(layer(rule.layer(), false))
          .append(" | ")
          .append(cell(rule.summaryZh()))
          .append(" / ")
          .append(cell(rule.summaryEn()))
          .append(" |\n");
    }
    for (Rule rule : catalogue.rules()) {
      out.append("\n## ").append(rule.code()).append("\n\n");
      out.append("- severity (严重程度): ")
          .append(rule.severity().code())
          .append(" ")
          .append(rule.severity().labelZh())
          .append("; draft: ")
          .append(draft(rule))
          .append('\n');
      out.append("- layer (层级): ")
          .append(layer(rule.layer(), false))
          .append(" ")
          .append(layer(rule.layer(), true))
          .append('\n');
      out.append("- checks (检查内容): ")
          .append(rule.summaryZh())
          .append(" / ")
          .append(rule.summaryEn())
          .append('\n');
      out.append("- message (zh): ").append(code(rule.messageZh())).append('\n');
      out.append("- message (en): ").append(code(rule.messageEn())).append('\n');
      out.append("- example (示例): ").append(code(oneLine(rule.example()))).append('\n');
    }
    return out.toString();
  }

  private static String draft(Rule rule) {
    if (!rule.appliesToDrafts()) {
      return "not checked";
    }
    return rule.draftSeverity().map(Severity::code).orElse("–");
  }

  private static String layer(Layer layer, boolean zh) {
    switch (layer) {
      case SYNTAX:
        return zh ? "语法" : "syntax";
      case STRUCTURE:
        return zh ? "结构" : "structure";
      case FIELD:
        return zh ? "字段" : "field";
      case DOMAIN:
        return zh ? "业务" : "domain";
      default:
        return zh ? "批次" : "batch";
    }
  }

  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|");
  }

  private static String oneLine(String text) {
    return text.replace("\r", "").replace('\n', ' ');
  }

  /** Inline code that survives backticks in the text. */
  private static String code(String text) {
    String fence = text.contains("`") ? "``" : "`";
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }
}
