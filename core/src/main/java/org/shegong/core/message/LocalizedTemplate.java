package org.shegong.core.message;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A message in Simplified Chinese and English: two {@link MessageTemplate}s.
 *
 * <p>Shegong writes every text for people in both languages, Chinese first (the default locale). A
 * locale whose language is {@code zh} selects the Chinese template, any other the English one.
 *
 * <pre>{@code
 * LocalizedTemplate gap = LocalizedTemplate.of(
 *     "两次走访相隔{days}天",
 *     "{days, plural, one {# day} other {# days}} between two visits");
 * gap.format(Locale.ENGLISH, Map.of("days", 1));   // "1 day between two visits"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LocalizedTemplate {

  private final MessageTemplate zh;
  private final MessageTemplate en;

  private LocalizedTemplate(MessageTemplate zh, MessageTemplate en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Compiles a message in both languages.
   *
   * <p>The two templates may use different placeholders (a Chinese text may name an ordinal the
   * English one does not); {@link #placeholders()} is their union and callers pass all of them.
   * Catalogue entries that must agree check {@link #samePlaceholders()}.
   *
   * @param zh the Chinese template; not null
   * @param en the English template; not null
   * @return the message, never null
   * @throws IllegalArgumentException when a template is malformed
   */
  public static LocalizedTemplate of(String zh, String en) {
    return new LocalizedTemplate(MessageTemplate.of(zh), MessageTemplate.of(en));
  }

  /**
   * Tells whether both templates use the same placeholders.
   *
   * @return {@code true} when the Chinese and English placeholders are the same names
   */
  public boolean samePlaceholders() {
    return zh.placeholders().equals(en.placeholders());
  }

  /**
   * Tells whether a locale selects the Chinese text.
   *
   * @param locale the locale; not null
   * @return {@code true} for any locale whose language is {@code zh}
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }

  /**
   * Returns the Chinese template.
   *
   * @return the template, never null
   */
  public MessageTemplate zh() {
    return zh;
  }

  /**
   * Returns the English template.
   *
   * @return the template, never null
   */
  public MessageTemplate en() {
    return en;
  }

  /**
   * Returns the placeholders either template uses.
   *
   * @return the names, sorted, never null
   */
  public Set<String> placeholders() {
    Set<String> names = new TreeSet<>(zh.placeholders());
    names.addAll(en.placeholders());
    return Collections.unmodifiableSet(names);
  }

  /**
   * Writes the message in a locale.
   *
   * @param locale Chinese ({@code zh}, any country) or anything else for English; not null
   * @param arguments a value for every placeholder, already masked where sensitive; a {@link
   *     LocalizedText} stands for its form in the message's language; not null
   * @return the message, never null
   * @throws IllegalArgumentException when an argument is missing or a plural's is not a whole
   *     number
   */
  public String format(Locale locale, Map<String, ?> arguments) {
    boolean chinese = isChinese(locale);
    return (chinese ? zh : en).format(inLanguage(arguments, chinese));
  }

  private static Map<String, ?> inLanguage(Map<String, ?> arguments, boolean chinese) {
    boolean any = false;
    for (Object value : arguments.values()) {
      any |= value instanceof LocalizedText;
    }
    if (!any) {
      return arguments;
    }
    Map<String, Object> resolved = new java.util.HashMap<>(arguments.size() * 2);
    arguments.forEach(
        (name, value) ->
            resolved.put(
                name,
                value instanceof LocalizedText text ? (chinese ? text.zh() : text.en()) : value));
    return resolved;
  }

  /**
   * Writes the message in Chinese.
   *
   * @param arguments a value for every placeholder, already masked where sensitive; not null
   * @return the message, never null
   */
  public String formatZh(Map<String, ?> arguments) {
    return zh.format(inLanguage(arguments, true));
  }

  /**
   * Writes the message in English.
   *
   * @param arguments a value for every placeholder, already masked where sensitive; not null
   * @return the message, never null
   */
  public String formatEn(Map<String, ?> arguments) {
    return en.format(inLanguage(arguments, false));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedTemplate o && zh.equals(o.zh) && en.equals(o.en);
  }

  @Override
  public int hashCode() {
    return 31 * zh.hashCode() + en.hashCode();
  }

  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
