package org.shegong.validation.internal.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.shegong.core.issue.Rule;
import org.shegong.core.message.LocalizedTemplate;

/**
 * A message argument with a Chinese and an English text, resolved when the issue is built in the
 * configured locale.
 *
 * @param zh the Chinese text; not null
 * @param en the English text; not null
 * @since 0.1.0
 */
public record Localized(String zh, String en) {

  /**
   * Checks the texts.
   *
   * @param zh the Chinese text; not null
   * @param en the English text; not null
   */
  public Localized {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /**
   * Writes a message of both languages as an argument.
   *
   * @param template the message; not null
   * @param arguments a value for every placeholder, already masked where sensitive; not null
   * @return the texts, never null
   */
  public static Localized of(LocalizedTemplate template, Map<String, ?> arguments) {
    return new Localized(template.formatZh(arguments), template.formatEn(arguments));
  }

  /**
   * Returns the text for a locale.
   *
   * @param locale the locale; not null
   * @return the Chinese text for any {@code zh} locale, else the English text
   */
  public String text(Locale locale) {
    return Rule.isChinese(locale) ? zh : en;
  }

  @Override
  public String toString() {
    return en;
  }
}
