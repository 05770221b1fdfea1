package org.shegong.core.id;

import org.shegong.core.issue.Severity;

/**
 * The rules of a unified social credit code (统一社会信用代码, GB 32100-2015) and their stable codes.
 *
 * @since 0.1.0
 */
public enum CreditCodeDefect implements IdentifierDefect {
  /**
   * SG-USC-001: 18 characters from {@code 0-9 A-H J-N P-R T U W-Y}, with digits in positions 3–8.
   */
  WRONG_FORMAT(
      "SG-USC-001",
      Severity.ERROR,
      "a unified social credit code must have 18 characters from 0-9 and the capital letters"
          + " except I, O, S, V and Z, with digits in positions 3–8",
      "统一社会信用代码应为18位，由数字和除I、O、S、V、Z以外的大写字母组成，第3–8位为数字"),
  /** SG-USC-002: the 18th character must be the GB 32100 check character. */
  WRONG_CHECK_CHARACTER(
      "SG-USC-002",
      Severity.ERROR,
      "the 18th character must be the GB 32100 check character of the first 17 characters",
      "第18位校验码应为前17位按 GB 32100 计算所得的校验码"),
  /**
   * SG-USC-003: the organisation code in positions 9–17 must have a valid GB 11714 check character;
   * checked only on request ({@link CreditCode#ofStrict(String)}).
   */
  WRONG_ORGANIZATION_CODE_CHECK(
      "SG-USC-003",
      Severity.ERROR,
      "the organisation code in positions 9–17 must end with its GB 11714 check character",
      "第9–17位组织机构代码的校验码应符合 GB 11714");

  private final String ruleCode;
  private final Severity severity;
  private final String descriptionEn;
  private final String descriptionZh;

  CreditCodeDefect(String ruleCode, Severity severity, String descriptionEn, String descriptionZh) {
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
