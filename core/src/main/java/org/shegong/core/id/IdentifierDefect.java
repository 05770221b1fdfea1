package org.shegong.core.id;

import org.shegong.core.issue.Severity;

/**
 * A rule that an identifier value breaks, ready to be reported as a validation issue.
 *
 * <p>Implemented by one enum per identifier family ({@link CitizenIdDefect}, {@link
 * CreditCodeDefect}, {@link MobileNumberDefect}). The rule code never changes meaning once
 * released. Descriptions state the rule and never contain the offending value.
 *
 * @since 0.1.0
 */
public interface IdentifierDefect {

  /**
   * Returns the stable code of the rule broken.
   *
   * @return the rule code, for example {@code SG-CID-004}; never null
   */
  String ruleCode();

  /**
   * Returns how serious the defect is.
   *
   * @return {@link Severity#ERROR} when the identifier is invalid because of it, {@link
   *     Severity#WARNING} when it is only worth reporting
   */
  Severity severity();

  /**
   * Returns the rule, stated in English.
   *
   * @return the description in English, never null
   */
  String descriptionEn();

  /**
   * Returns the rule, stated in Chinese.
   *
   * @return the description in Chinese, never null
   */
  String descriptionZh();
}
