package org.shegong.core.coverage;

import org.shegong.core.ShegongException;

/**
 * Thrown by {@link CoverageCalculator} when a caller asks for coverage of something that cannot
 * have one: a region that is not in the division table or is of the wrong level, or a village list
 * with entries that are not villages of the region.
 *
 * <p>Rule codes: {@value #REGION_NOT_COVERABLE} for the region, {@value #NOT_A_VILLAGE_OF_REGION}
 * for the village list. Division codes are not sensitive, but a text longer than 12 characters
 * (which could be a citizen ID typed into the wrong field) is never echoed.
 *
 * @since 0.1.0
 */
public final class CoverageException extends ShegongException {

  /**
   * The rule code of "the region of a coverage is a division of the table, of a level that has the
   * units counted": province, city or county for townships; province to township for villages.
   */
  public static final String REGION_NOT_COVERABLE = "SG-COV-001";

  /**
   * The rule code of "every village of a village coverage is a plausible 12-digit village code
   * inside the region".
   */
  public static final String NOT_A_VILLAGE_OF_REGION = "SG-COV-002";

  private static final long serialVersionUID = 1L;

  CoverageException(String ruleCode, String message) {
    super(ruleCode, message);
  }

  /** Describes a code for a message without echoing long texts. */
  static String describe(String text) {
    if (text.length() <= 12) {
      return "'" + text + "'";
    }
    return text.length() + " characters (not shown)";
  }
}
