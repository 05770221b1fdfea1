package org.shegong.core.id;

import java.util.Objects;
import org.shegong.core.ShegongException;

/**
 * Thrown by a strict identifier factory ({@code of}) when the value breaks a rule, and by a derived
 * accessor called on an invalid identifier.
 *
 * <p>The message starts with the rule code, states the rule and shows the value masked only, for
 * example {@code SG-CID-004 the 18th character must be … (value 110105********0021)}.
 *
 * @since 0.1.0
 */
public final class InvalidIdentifierException extends ShegongException {

  private static final long serialVersionUID = 1L;

  private final transient IdentifierDefect defect;
  private final String maskedValue;

  /**
   * Creates the exception.
   *
   * @param defect the rule broken; not null
   * @param maskedValue the offending value, already masked (never pass a raw sensitive value); not
   *     null
   */
  public InvalidIdentifierException(IdentifierDefect defect, String maskedValue) {
    super(
        defect.ruleCode(),
        defect.ruleCode()
            + " "
            + defect.descriptionEn()
            + " (value "
            + Objects.requireNonNull(maskedValue, "maskedValue")
            + ")");
    this.defect = defect;
    this.maskedValue = maskedValue;
  }

  /**
   * Returns the rule broken.
   *
   * @return the defect, never null (may be null only after Java deserialization of the exception)
   */
  public IdentifierDefect defect() {
    return defect;
  }

  /**
   * Returns the offending value, masked.
   *
   * @return the masked value, never null
   */
  public String maskedValue() {
    return maskedValue;
  }
}
