package org.shegong.serialization;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Rule;

/**
 * How an {@link ExchangeReader} reads: the profile (which decides the severity of unknown fields),
 * the locale of messages, the file name put into issues and the limits.
 *
 * <p>Defaults: profile {@code EXCHANGE}, locale zh-CN, no file name (the path's file name when
 * opened on a path), {@linkplain Limits#defaults() default limits}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadOptions {

  private static final ReadOptions DEFAULTS =
      new ReadOptions(Profile.EXCHANGE, Rule.DEFAULT_LOCALE, null, Limits.defaults());

  private final Profile profile;
  private final Locale locale;
  private final String fileName;
  private final Limits limits;

  private ReadOptions(Profile profile, Locale locale, String fileName, Limits limits) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.fileName = fileName;
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns the default options.
   *
   * @return the defaults, never null
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another profile.
   *
   * @param profile {@code EXCHANGE} or {@code DRAFT}; not null
   * @return the new options, never null
   */
  public ReadOptions withProfile(Profile profile) {
    return new ReadOptions(profile, locale, fileName, limits);
  }

  /**
   * Returns a copy with another message locale.
   *
   * @param locale any {@code zh} locale for Chinese, anything else for English; not null
   * @return the new options, never null
   */
  public ReadOptions withLocale(Locale locale) {
    return new ReadOptions(profile, locale, fileName, limits);
  }

  /**
   * Returns a copy with a file name for issues.
   *
   * @param fileName the name to put into issues; not null
   * @return the new options, never null
   */
  public ReadOptions withFileName(String fileName) {
    return new ReadOptions(profile, locale, Objects.requireNonNull(fileName, "fileName"), limits);
  }

  /**
   * Returns a copy with other limits.
   *
   * @param limits the limits; not null
   * @return the new options, never null
   */
  public ReadOptions withLimits(Limits limits) {
    return new ReadOptions(profile, locale, fileName, limits);
  }

  /**
   * Returns the profile.
   *
   * @return the profile, never null
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns the message locale.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the file name put into issues.
   *
   * @return the file name, or empty when none was given
   */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /**
   * Returns the limits.
   *
   * @return the limits, never null
   */
  public Limits limits() {
    return limits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadOptions o
        && o.profile == profile
        && o.locale.equals(locale)
        && Objects.equals(o.fileName, fileName)
        && o.limits.equals(limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, locale, fileName, limits);
  }

  @Override
  public String toString() {
    return "ReadOptions[profile="
        + profile
        + ", locale="
        + locale
        + ", fileName="
        + fileName
        + ", limits="
        + limits
        + "]";
  }
}
