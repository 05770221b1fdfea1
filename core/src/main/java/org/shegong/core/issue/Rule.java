package org.shegong.core.issue;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.shegong.core.message.LocalizedTemplate;

/**
 * A validation rule as the catalogue lists it: stable code, layer, severity, what it checks, and
 * its message in Chinese and English.
 *
 * <p>Messages are {@link org.shegong.core.message.MessageTemplate}s with named placeholders such as
 * {@code {field}} or {@code {expected}} and English plural forms such as {@code {days, plural, one
 * {# day} other {# days}}}; both languages must use the same placeholders. Arguments are inserted
 * as given, so callers pass sensitive values already masked.
 *
 * <pre>{@code
 * Rule rule = Rule.builder()
 *     .code("SG-CHD-001").layer(Layer.DOMAIN).severity(Severity.ERROR)
 *     .summaryZh("孤儿须未满18周岁").summaryEn("An orphan is under 18")
 *     .messageZh("年龄{age}岁，不能登记为孤儿").messageEn("aged {age}, cannot be recorded as an orphan")
 *     .example("{\"recordType\":\"child\",\"categories\":[\"ORPHAN\"],\"birthDate\":\"2000-01-01\"}")
 *     .build();
 * Issue issue = rule.issue(Profile.EXCHANGE, Locale.ENGLISH, "/categories/0", Map.of("age", 24)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Rule implements WithRule {

  private static final Pattern CODE = Pattern.compile("SG-[A-Z]{3}-[0-9]{3}");

  /** The default locale of messages: simplified Chinese. */
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  Rule() {}

  /**
   * Returns the stable rule code, for example {@code SG-CID-004}.
   *
   * @return the code: {@code SG-}, three capital letters naming the area, {@code -}, three digits
   */
  public abstract String code();

  /**
   * Returns the validation layer the rule belongs to.
   *
   * @return the layer, never null
   */
  public abstract Layer layer();

  /**
   * Returns the severity of the rule's issues in the {@link Profile#EXCHANGE} profile.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * Returns the severity in the {@link Profile#DRAFT} profile when it differs from {@link
   * #severity()}, for example a warning instead of an error for an unknown field.
   *
   * @return the draft severity, or empty when the same as {@link #severity()}
   */
  public abstract Optional<Severity> draftSeverity();

  /**
   * Tells whether the rule applies in the draft profile at all.
   *
   * <p>A rule that only makes sense for complete data (a required field, for example) returns
   * {@code false}; its issues are not raised in {@link Profile#DRAFT}.
   *
   * @return {@code true} by default
   */
  @Value.Default
  public boolean appliesToDrafts() {
    return true;
  }

  /**
   * Returns what the rule checks, in Chinese.
   *
   * @return a short sentence, never blank
   */
  public abstract String summaryZh();

  /**
   * Returns what the rule checks, in English.
   *
   * @return a short sentence, never blank
   */
  public abstract String summaryEn();

  /**
   * Returns the message template in Chinese.
   *
   * @return a template with {@code {name}} placeholders, never blank
   */
  public abstract String messageZh();

  /**
   * Returns the message template in English.
   *
   * @return a template with {@code {name}} placeholders, never blank
   */
  public abstract String messageEn();

  /**
   * Returns an example of data that breaks the rule, for the catalogue.
   *
   * @return a short example (usually a JSON fragment with made-up values), never null
   */
  public abstract String example();

  /**
   * Returns the compiled message templates; computed once per rule.
   *
   * @return the templates, never null
   */
  @Value.Lazy
  LocalizedTemplate templates() {
    return LocalizedTemplate.of(messageZh(), messageEn());
  }

  /**
   * Returns the rule's severity in a profile.
   *
   * @param profile the validation profile; not null
   * @return the severity of issues in that profile, never null
   */
  public final Severity severityIn(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return profile == Profile.DRAFT ? draftSeverity().orElse(severity()) : severity();
  }

  /**
   * Returns the placeholders used by the message templates.
   *
   * @return the placeholder names, sorted, never null
   */
  public final Set<String> placeholders() {
    return templates().placeholders();
  }

  /**
   * Returns the message in a locale with the placeholders replaced.
   *
   * @param locale Chinese ({@code zh}, any country) or anything else for English; not null
   * @param arguments a value for every placeholder, already masked where sensitive; not null
   * @return the message, never null
   * @throws IllegalArgumentException when an argument for a placeholder is missing
   */
  public final String message(Locale locale, Map<String, ?> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    try {
      return templates().format(locale, arguments);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rule " + code() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts an issue of this rule: code, severity for the profile and message are filled in.
   *
   * @param profile the validation profile, which decides the severity; not null
   * @param locale the message locale; not null
   * @param path the JSON Pointer to the offending value ({@code ""} for the whole record); not null
   * @param arguments a value for every placeholder, already masked where sensitive; not null
   * @return an issue builder to which a caller may add the location in a batch, never null
   */
  public final Issue.Builder issue(
      Profile profile, Locale locale, String path, Map<String, ?> arguments) {
    Issue.Builder builder = Issue.builder();
    builder
        .severity(severityIn(profile))
        .code(code())
        .message(message(locale, arguments))
        .path(path);
    return builder;
  }

  /**
   * Tells whether a locale selects the Chinese messages.
   *
   * @param locale the locale; not null
   * @return {@code true} for any locale whose language is {@code zh}
   */
  public static boolean isChinese(Locale locale) {
    return LocalizedTemplate.isChinese(locale);
  }

  /**
   * Starts a new rule definition.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void checkDefinition() {
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalStateException("a rule code has the form SG-ABC-123, got '" + code() + "'");
    }
    for (String text : new String[] {summaryZh(), summaryEn(), messageZh(), messageEn()}) {
      if (text.isBlank()) {
        throw new IllegalStateException("rule " + code() + " has a blank summary or message");
      }
    }
    LocalizedTemplate templates;
    try {
      templates = LocalizedTemplate.of(messageZh(), messageEn());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("rule " + code() + ": " + e.getMessage(), e);
    }
    if (!templates.samePlaceholders()) {
      throw new IllegalStateException(
          "rule "
              + code()
              + " uses different placeholders in Chinese "
              + templates.zh().placeholders()
              + " and English "
              + templates.en().placeholders());
    }
  }

  /**
   * Builds a {@link Rule}; obtained from {@link Rule#builder()}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRule.Builder {
    Builder() {}
  }
}
