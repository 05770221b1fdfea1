package org.shegong.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Severity;

/**
 * The severity an adopter gives a rule instead of the catalogue's: one of the three severities, or
 * off.
 *
 * <p>Set per rule code with {@link ValidationConfig.Builder#severity(String, SeverityOverride)};
 * the CLI takes them as {@code --severity SG-CHD-014=ERROR} or from a properties file.
 *
 * @since 0.1.0
 */
public enum SeverityOverride {
  /** The rule's issues are errors: the data is invalid. */
  ERROR(Severity.ERROR),
  /** The rule's issues are warnings. */
  WARNING(Severity.WARNING),
  /** The rule's issues are information only. */
  INFO(Severity.INFO),
  /** The rule is not checked: it reports nothing. */
  OFF(null);

  private final @Nullable Severity severity;

  SeverityOverride(@Nullable Severity severity) {
    this.severity = severity;
  }

  /**
   * Returns the severity issues get.
   *
   * @return the severity, or empty for {@link #OFF}
   */
  public Optional<Severity> severity() {
    return Optional.ofNullable(severity);
  }

  /**
   * Reads an override as written in a command line or a configuration file.
   *
   * @param text {@code ERROR}, {@code WARNING}, {@code INFO} or {@code OFF}, in any case,
   *     surrounding blanks ignored; not null
   * @return the override, never null
   * @throws IllegalArgumentException naming the allowed values when the text is none of them
   */
  public static SeverityOverride parse(String text) {
    String name = Objects.requireNonNull(text, "text").strip().toUpperCase(Locale.ROOT);
    for (SeverityOverride value : values()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "a severity is ERROR, WARNING, INFO or OFF, got '" + text.strip() + "'");
  }
}
