package org.shegong.cli.internal;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --locale zh-CN|en}: the language of a command's messages, of its text output and of its
 * usage errors; one option for every command that has one.
 *
 * @since 0.2.0
 */
final class LocaleOption {

  @Option(
      names = "--locale",
      paramLabel = "zh-CN|en",
      description = "Language of the messages, the text output and usage errors (default: zh-CN).",
      converter = Options.LocaleConverter.class,
      defaultValue = "zh-CN")
  Locale locale = Locale.SIMPLIFIED_CHINESE;
}
