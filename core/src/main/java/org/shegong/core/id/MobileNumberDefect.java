package org.shegong.core.id;

import org.shegong.core.issue.Severity;

/**
 * The rule of a mainland mobile phone number and its stable code.
 *
 * @since 0.1.0
 */
public enum MobileNumberDefect implements IdentifierDefect {
  /** SG-TEL-001: 11 digits, the first 1 and the second 3–9. */
  WRONG_FORMAT(
      "SG-TEL-001",
      Severity.ERROR,
      "a mobile phone number must have 11 digits, starting with 1 followed by a digit from 3 to 9",
      "手机号码应为11位数字，以1开头，第2位为3–9");

  private final String ruleCode;
  private final Severity severity;
  private final String descriptionEn;
  private final String descriptionZh;

  MobileNumberDefect(
      String ruleCode, Severity severity, String descriptionEn, String descriptionZh) {
    this.ruleCode = ruleCode;
    this.severity = severity;
    this.descriptionEn = descriptionEn;
    this.descriptionZh = descriptionZh;
  }

  @Override
  public String ruleCode() {
    return ruleCode;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String descriptionEn() {
    return descriptionEn;
  }

  @Override
  public String descriptionZh() {
    return descriptionZh;
  }
}
