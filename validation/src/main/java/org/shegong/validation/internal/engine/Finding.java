package org.shegong.validation.internal.engine;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.shegong.core.issue.Rule;

/**
 * One finding of a rule, before it becomes an {@link org.shegong.core.issue.Issue}: the rule code
 * and the message arguments (already masked where sensitive; {@link Localized} values are resolved
 * in the configured locale).
 *
 * <p>Constraint validators attach a finding to their violation as Hibernate Validator's dynamic
 * payload; batch rules create findings directly. Both reach {@link IssueFactory}, the one place
 * where a finding becomes an issue.
 *
 * @since 0.1.0
 */
public final class Finding {

  private final String ruleCode;
  private final Map<String, Object> arguments;

  private Finding(String ruleCode, Map<String, Object> arguments) {
    this.ruleCode = ruleCode;
    this.arguments = arguments;
  }

  /**
   * Starts a finding of a rule.
   *
   * @param ruleCode the rule code; not null
   * @return a finding without arguments, never null
   */
  public static Finding of(String ruleCode) {
    return new Finding(Objects.requireNonNull(ruleCode, "ruleCode"), Map.of());
  }

  /**
   * Starts a finding of a rule.
   *
   * @param rule the rule; not null
   * @return a finding without arguments, never null
   */
  public static Finding of(Rule rule) {
    return of(rule.code());
  }

  /**
   * Returns a copy with one more message argument.
   *
   * @param name the placeholder name; not null
   * @param value the value, masked where sensitive; not null
   * @return the new finding, never null
   */
  public Finding with(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(arguments);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
    return new Finding(ruleCode, Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the rule code.
   *
   * @return the code, never null
   */
  public String ruleCode() {
    return ruleCode;
  }

  /**
   * Returns the message arguments.
   *
   * @return an unmodifiable map, never null
   */
  public Map<String, Object> arguments() {
    return arguments;
  }

  @Override
  public String toString() {
    return ruleCode + arguments.keySet();
  }

  /**
   * A finding on a record at the JSON Pointer of the offending value.
   *
   * @param finding the finding; not null
   * @param pointer the JSON Pointer from the record, {@code ""} for the record itself; not null
   * @since 0.1.0
   */
  public record AtPointer(Finding finding, String pointer) {

    /** The order of a record's issues: by pointer, then by rule code. */
    public static final Comparator<AtPointer> ORDER =
        Comparator.comparing(AtPointer::pointer).thenComparing(at -> at.finding().ruleCode());

    /**
     * Checks the components.
     *
     * @param finding the finding; not null
     * @param pointer the JSON Pointer from the record; not null
     */
    public AtPointer {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(pointer, "pointer");
    }
  }
}
