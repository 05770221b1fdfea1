package org.shegong.cli.internal;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shegong.core.issue.RuleCatalogue;
import org.shegong.validation.SeverityOverride;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shegong rules}: prints the rule catalogue.
 *
 * @since 0.1.0
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "List every validation rule (规则目录): code, severity, layer, what it checks, its messages"
          + " in Chinese and English, and an example of data that breaks it.",
      "The markdown form is the committed docs/rules.md. With --severity or --rules-config the"
          + " text form shows the effective severity of the rules they change."
    })
final class RulesCommand implements Callable<Integer> {

  /**
   * Output format of the catalogue.
   *
   * @since 0.1.0
   */
  enum RulesFormat {
    TEXT,
    MARKDOWN
  }

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "text|markdown",
      description = "text (default) or markdown (bilingual, as docs/rules.md).",
      defaultValue = "text")
  private RulesFormat format;

  @Mixin private LocaleOption language = new LocaleOption();

  @Mixin private SeverityOptions severities = new SeverityOptions();

  @Override
  public Integer call() {
    RuleCatalogue catalogue = RuleCatalogue.load();
    Map<String, SeverityOverride> overrides =
        severities.overrides(spec.commandLine(), language.locale);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == RulesFormat.MARKDOWN
            ? RulesDocument.markdown(catalogue)
            : RulesDocument.text(catalogue, language.locale, overrides));
    out.flush();
    return ShegongCommand.OK;
  }
}
