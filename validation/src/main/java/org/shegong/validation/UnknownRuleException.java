package org.shegong.validation;

import java.util.Objects;

/**
 * Thrown when a configuration names a rule code that no rule on the class or module path has, for
 * example in a severity override.
 *
 * @since 0.1.0
 */
public final class UnknownRuleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the exception for a code.
   *
   * @param code the code as given; not null (it is a rule code, not personal data)
   */
  public UnknownRuleException(String code) {
    super(
        "no rule has the code '"
            + Objects.requireNonNull(code, "code")
            + "' (shegong rules lists every rule)");
    this.code = code;
  }

  /**
   * Returns the code no rule has.
   *
   * @return the code as given, never null
   */
  public String code() {
    return code;
  }
}
