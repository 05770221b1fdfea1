package org.shegong.core.child;

/**
 * Where a {@link ChildAge} was computed from.
 *
 * @since 0.1.0
 */
public enum AgeSource {
  /** From the child's recorded birth date (出生日期). */
  BIRTH_DATE("出生日期", "birth date"),
  /** From the birth date encoded in the child's citizen ID (公民身份号码), as no birth date is given. */
  CITIZEN_ID("公民身份号码", "citizen ID"),
  /** From nothing: neither a birth date nor a usable citizen ID; the age is unknown. */
  NONE("无", "none");

  private final String labelZh;
  private final String labelEn;

  AgeSource(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, never null
   */
  public String labelZh() {
    return labelZh;
  }

  /**
   * Returns the English label.
   *
   * @return the label, never null
   */
  public String labelEn() {
    return labelEn;
  }
}
