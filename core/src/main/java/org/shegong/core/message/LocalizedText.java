package org.shegong.core.message;

import java.util.Locale;
import java.util.Objects;

/**
 * An argument of a message that itself has a Chinese and an English form, such as a description of
 * what is wrong with a value ({@code 3 位小数} / {@code 3 fraction digits}).
 *
 * <p>{@link LocalizedTemplate#format(Locale, java.util.Map)} puts the form of the message's
 * language where the argument stands, so one rule message can take a phrase in words without mixing
 * languages.
 *
 * @param zh the Chinese form; not null
 * @param en the English form; not null
 * @since 0.1.0
 */
public record LocalizedText(String zh, String en) {

  /**
   * Checks the forms.
   *
   * @param zh the Chinese form; not null
   * @param en the English form; not null
   */
  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /**
   * Returns the form for a locale: Chinese for {@code zh} (any country), English otherwise.
   *
   * @param locale the locale; not null
   * @return the text, never null
   */
  public String in(Locale locale) {
    return LocalizedTemplate.isChinese(locale) ? zh : en;
  }

  /** Returns the English form, so that a stray {@code toString()} reads as a phrase. */
  @Override
  public String toString() {
    return en;
  }
}
