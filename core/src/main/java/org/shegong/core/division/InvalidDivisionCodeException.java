package org.shegong.core.division;

import org.shegong.core.ShegongException;
import org.shegong.core.privacy.Scrubber;

/**
 * Thrown by a strict factory of {@link DivisionCode}, or by an accessor of an invalid lenient code,
 * when the text is not a division code.
 *
 * <p>Rule codes: {@value #NOT_A_DIVISION_CODE} for codes that must be 6, 9 or 12 digits (as in
 * exchange data), {@value #NOT_A_DIVISION_CODE_OF_ANY_LEVEL} for codes that may also be 2 or 4
 * digits. The message shows the offending text only when it is at most 12 characters long, so that
 * a citizen ID typed into a division-code field is never echoed.
 *
 * @since 0.1.0
 */
public final class InvalidDivisionCodeException extends ShegongException {

  /** The rule code of "a division code must be 6, 9 or 12 digits". */
  public static final String NOT_A_DIVISION_CODE = "SG-DIV-001";

  /** The rule code of "a division code of any level must be 2, 4, 6, 9 or 12 digits". */
  public static final String NOT_A_DIVISION_CODE_OF_ANY_LEVEL = "SG-DIV-002";

  private static final long serialVersionUID = 1L;

  private InvalidDivisionCodeException(String ruleCode, String message) {
    super(ruleCode, message);
  }

  static InvalidDivisionCodeException notADivisionCode(String text) {
    return new InvalidDivisionCodeException(
        NOT_A_DIVISION_CODE,
        NOT_A_DIVISION_CODE
            + " not a division code: must be 6, 9 or 12 digits, got "
            + describe(text));
  }

  static InvalidDivisionCodeException notADivisionCodeOfAnyLevel(String text) {
    return new InvalidDivisionCodeException(
        NOT_A_DIVISION_CODE_OF_ANY_LEVEL,
        NOT_A_DIVISION_CODE_OF_ANY_LEVEL
            + " not a division code: must be 2, 4, 6, 9 or 12 digits, got "
            + describe(text));
  }

  private static String describe(String text) {
    if (text.length() <= 12 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return "'" + text + "'";
    }
    if (text.length() <= 12) {
      return "'" + Scrubber.excerpt(text) + "'";
    }
    return text.length() + " characters (not shown)";
  }
}
