package org.shegong.serialization;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Rule;

/**
 * How an {@link ExchangeReader} reads: the profile (which decides the severity of unknown fields
 * and whether a missing required list is reported), the locale of messages, the file name put into
 * issues and the limits.
 *
 * <p>Defaults: profile {@code EXCHANGE}, locale zh-CN, no file name (the path's file name when
 * opened on a path), {@linkplain Limits#defaults() default limits}. Immutable and thread-safe.
 *
 * @param profile the profile; not null
 * @param locale the message locale: any {@code zh} locale for Chinese, anything else for English;
 *     not null
 * @param fileName the file name put into issues, or empty when none was given; not null
 * @param limits the limits; not null
 * @since 0.1.0
 */
public record ReadOptions(
    Profile profile, Locale locale, Optional<String> fileName, Limits limits) {

  private static final ReadOptions DEFAULTS =
      new ReadOptions(Profile.EXCHANGE, Rule.DEFAULT_LOCALE, Optional.empty(), Limits.defaults());

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException when a component is null
   */
  public ReadOptions {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(limits, "limits");
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
    return new ReadOptions(
        profile, locale, Optional.of(Objects.requireNonNull(fileName, "fileName")), limits);
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
}
