package org.shegong.core.code;

import java.util.List;
import java.util.Objects;
import org.shegong.core.ShegongException;
import org.shegong.core.privacy.Scrubber;

/**
 * Thrown by a strict lookup when a code is not a member of its code set.
 *
 * <p>The message names the code set, the unknown code and every allowed code. Rule code {@value
 * #RULE_CODE}. The unknown code comes from the input and may be anything (a name typed into the
 * wrong field): the message echoes it through {@link Scrubber#excerpt(String)}, in full only when
 * it is a short plain code; {@link #code()} still returns it as given, for the caller.
 *
 * @since 0.1.0
 */
public final class UnknownCodeException extends ShegongException {

  /** The rule code of "a code must belong to its code set". */
  public static final String RULE_CODE = "SG-STR-003";

  private static final long serialVersionUID = 1L;

  private final String codeSet;
  private final String code;
  private final List<String> allowedCodes;

  /**
   * Creates the exception.
   *
   * @param codeSet the simple name of the code set, for example {@code Sex}; not null
   * @param code the code that was not found; not null
   * @param allowedCodes every allowed code, in declaration order; not null
   */
  public UnknownCodeException(String codeSet, String code, List<String> allowedCodes) {
    super(
        RULE_CODE,
        "SG-STR-003 unknown code '"
            + Scrubber.excerpt(code)
            + "' for "
            + codeSet
            + "; allowed: "
            + String.join(", ", allowedCodes));
    this.codeSet = Objects.requireNonNull(codeSet, "codeSet");
    this.code = Objects.requireNonNull(code, "code");
    this.allowedCodes = List.copyOf(allowedCodes);
  }

  /**
   * Returns the simple name of the code set that was searched.
   *
   * @return the code set's name, never null
   */
  public String codeSet() {
    return codeSet;
  }

  /**
   * Returns the code that was not found.
   *
   * @return the unknown code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns every allowed code of the code set, in declaration order.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> allowedCodes() {
    return allowedCodes;
  }
}
