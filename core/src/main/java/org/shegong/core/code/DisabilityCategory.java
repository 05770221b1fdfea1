package org.shegong.core.code;

/**
 * Category of disability (残疾类别), as coded by GB/T 2261.3-2003 (健康状况代码).
 *
 * <p>These are the disability codes ({@code 61} to {@code 69}) of that standard's health-status
 * code set. The disability grade (一级 to 四级) is not part of this code set.
 *
 * @since 0.1.0
 */
public enum DisabilityCategory implements Coded {
  /** 视力残疾: visual disability. */
  VISUAL("61", "视力残疾", "visual disability"),
  /** 听力残疾: hearing disability. */
  HEARING("62", "听力残疾", "hearing disability"),
  /** 言语残疾: speech disability. */
  SPEECH("63", "言语残疾", "speech disability"),
  /** 肢体残疾: physical disability. */
  PHYSICAL("64", "肢体残疾", "physical disability"),
  /** 智力残疾: intellectual disability. */
  INTELLECTUAL("65", "智力残疾", "intellectual disability"),
  /** 精神残疾: mental disability. */
  MENTAL("66", "精神残疾", "mental disability"),
  /** 多重残疾: multiple disabilities. */
  MULTIPLE("67", "多重残疾", "multiple disabilities"),
  /** 其他残疾: other disability. */
  OTHER("69", "其他残疾", "other disability");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  DisabilityCategory(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given GB/T 2261.3 code.
   *
   * @param code the national code, for example {@code "61"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when the code is not a disability code of GB/T 2261.3
   */
  public static DisabilityCategory ofCode(String code) {
    return CodeSets.byCode(DisabilityCategory.class, code);
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
