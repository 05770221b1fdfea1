package org.shegong.core.code;

/**
 * Sex, as coded by GB/T 2261.1-2003 (人的性别代码).
 *
 * @since 0.1.0
 */
public enum Sex implements Coded {
  /** 未知的性别: not known. */
  UNKNOWN("0", "未知的性别", "unknown"),
  /** 男性: male. */
  MALE("1", "男", "male"),
  /** 女性: female. */
  FEMALE("2", "女", "female"),
  /** 未说明的性别: not stated. */
  UNSPECIFIED("9", "未说明的性别", "unspecified");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  Sex(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given GB/T 2261.1 code.
   *
   * @param code the national code, for example {@code "1"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when the code is not in GB/T 2261.1
   */
  public static Sex ofCode(String code) {
    return CodeSets.byCode(Sex.class, code);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  @Override
  public boolean national() {
    return true;
  }
}
