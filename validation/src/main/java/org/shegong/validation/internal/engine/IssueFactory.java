package org.shegong.validation.internal.engine;

import jakarta.validation.ConstraintViolation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleCatalogue;
import org.shegong.core.issue.Severity;
import org.shegong.validation.ValidationConfig;

/**
 * The one place where a {@link Finding} becomes an {@link Issue}: the rule's severity in the
 * profile, its message in the locale, the JSON Pointer.
 *
 * <p>Violations of the model's constraints carry their finding as Hibernate Validator's dynamic
 * payload; violations of standard constraints ({@code @PastOrPresent}, {@code @Range}) carry the
 * rule code as their message template and are turned into a finding here, with the arguments {@code
 * value}, {@code min} and {@code max}. Every finding gets {@code field} (from the pointer) and
 * {@code asOf} when it does not name them itself. The severity is the configuration's effective
 * severity of the rule: its override, else its severity in the profile; a rule turned off gives no
 * issue.
 *
 * @since 0.1.0
 */
public final class IssueFactory {

  private final RuleCatalogue rules;
  private final Profile profile;
  private final Locale locale;
  private final String asOf;
  private final Map<String, Optional<Severity>> severities = new HashMap<>();

  /**
   * Creates the factory of a validator.
   *
   * @param rules the rules findings refer to; not null
   * @param config the configuration: profile, locale, reference date and severity overrides; not
   *     null
   */
  public IssueFactory(RuleCatalogue rules, ValidationConfig config) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.profile = config.profile();
    this.locale = config.locale();
    this.asOf = config.asOf().toString();
    for (Rule rule : rules.rules()) {
      severities.put(rule.code(), config.effectiveSeverity(rule));
    }
  }

  private static String leafName(ConstraintViolation<?> violation) {
    String leaf = "";
    for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
      leaf = String.valueOf(node.getName());
    }
    return leaf;
  }

  /**
   * Returns the finding a constraint violation stands for.
   *
   * @param violation a violation produced by the model validator; not null
   * @return the finding, never null
   */
  public static Finding findingOf(ConstraintViolation<?> violation) {
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Object> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    @Nullable Finding finding = hibernate.getDynamicPayload(Finding.class);
    if (finding != null) {
      return finding;
    }
    // a standard constraint of the model mapping: its message template is the rule code
    finding = Finding.of(violation.getMessageTemplate());
    if (violation.getInvalidValue() != null) {
      finding =
          finding.with(
              "value",
              ModelConstraints.shownValue(leafName(violation), violation.getInvalidValue()));
    }
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    for (String bound : new String[] {"min", "max"}) {
      Object value = attributes.get(bound);
      if (value != null) {
        finding = finding.with(bound, value);
      }
    }
    return finding;
  }

  /**
   * Starts the issue of a finding, unless its rule does not apply in the profile.
   *
   * @param finding the finding; not null
   * @param pointer the JSON Pointer to the offending value; not null
   * @return an issue builder with severity, code, message and path, or empty when the rule is not
   *     raised in this profile
   */
  public Optional<Issue.Builder> issue(Finding finding, String pointer) {
    Rule rule =
        rules
            .find(finding.ruleCode())
            .orElseThrow(
                () -> new IllegalStateException("no rule with code " + finding.ruleCode()));
    Optional<Severity> severity =
        Objects.requireNonNull(severities.get(rule.code()), "a severity for every rule");
    if (severity.isEmpty()) {
      // turned off by the configuration, or not raised in this profile
      return Optional.empty();
    }
    Map<String, Object> arguments = new HashMap<>(finding.arguments().size() + 2);
    for (Map.Entry<String, Object> argument : finding.arguments().entrySet()) {
      Object value = argument.getValue();
      arguments.put(argument.getKey(), value instanceof Localized text ? text.text(locale) : value);
    }
    arguments.putIfAbsent("field", FieldLabels.name(JsonPointers.fieldName(pointer), locale));
    arguments.putIfAbsent("asOf", asOf);
    return Optional.of(rule.issue(profile, locale, pointer, arguments).severity(severity.get()));
  }
}
