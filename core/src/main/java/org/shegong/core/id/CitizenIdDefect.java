package org.shegong.core.id;

import org.shegong.core.issue.Severity;

/**
 * The rules of a citizen ID number (公民身份号码, GB 11643-1999) and their stable codes.
 *
 * @since 0.1.0
 */
public enum CitizenIdDefect implements IdentifierDefect {
  /** SG-CID-001: 18 characters (17 digits and a digit or X), or 15 digits for a legacy number. */
  WRONG_FORMAT(
      "SG-CID-001",
      Severity.ERROR,
      "a citizen ID number must have 18 characters (17 digits, then a digit or X),"
          + " or 15 digits for a legacy number",
      "公民身份号码应为18位（17位数字加1位数字或X），或15位数字的旧号码"),
  /** SG-CID-002: the first two digits must be a province-level code. */
  UNKNOWN_PROVINCE(
      "SG-CID-002",
      Severity.ERROR,
      "the address code must start with a province-level code"
          + " (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82)",
      "地址码前两位应为省级行政区划代码（11–15、21–23、31–37、41–46、50–54、61–65、71、81、82）"),
  /** SG-CID-003: the birth date must be a real calendar date. */
  INVALID_BIRTH_DATE(
      "SG-CID-003",
      Severity.ERROR,
      "the birth date must be a real calendar date",
      "出生日期码应为真实存在的日期"),
  /** SG-CID-004: the 18th character must be the ISO 7064 MOD 11-2 check character. */
  WRONG_CHECK_CHARACTER(
      "SG-CID-004",
      Severity.ERROR,
      "the 18th character must be the ISO 7064 MOD 11-2 check character of the first 17 digits",
      "第18位校验码应为前17位数字按 ISO 7064 MOD 11-2 计算所得的校验码"),
  /** SG-CID-005: the birth date must not be after the reference date. */
  BIRTH_DATE_IN_FUTURE(
      "SG-CID-005",
      Severity.ERROR,
      "the birth date must not be after the reference date",
      "出生日期不得晚于参照日期"),
  /** SG-CID-006 (warning): a legacy 15-digit number, converted to 18 characters. */
  LEGACY_15_DIGIT(
      "SG-CID-006",
      Severity.WARNING,
      "legacy 15-digit number: converted to 18 characters by inserting 19 before the year"
          + " and appending the check character",
      "15位旧号码：已在年份前补“19”并计算校验码，升级为18位");

  private final String ruleCode;
  private final Severity severity;
  private final String descriptionEn;
  private final String descriptionZh;

  CitizenIdDefect(String ruleCode, Severity severity, String descriptionEn, String descriptionZh) {
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
