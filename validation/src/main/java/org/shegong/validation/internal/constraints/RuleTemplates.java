package org.shegong.validation.internal.constraints;

/**
 * The message template of each rule for users of the public constraints: a key of {@code
 * ValidationMessages.properties}.
 *
 * @since 0.1.0
 */
public final class RuleTemplates {

  private RuleTemplates() {}

  /**
   * Returns the message template of a rule.
   *
   * @param ruleCode the rule code; not null
   * @return for example <code>{org.shegong.validation.rules.SG-CID-004}</code>
   */
  public static String of(String ruleCode) {
    return "{org.shegong.validation.rules." + ruleCode + "}";
  }
}
