package org.shegong.core.code;

/**
 * Kind of a social organisation registered with the civil-affairs authority (社会组织类型).
 *
 * <p>The kind usually agrees with the second character of the organisation's 统一社会信用代码 ({@code 52}
 * 民办非企业单位, {@code 51} 社会团体, {@code 53} 基金会).
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum AgencyKind implements Coded {
  /** 社会服务机构(民办非企业单位): social service agency, the usual legal form of a 社工机构. */
  SOCIAL_SERVICE_AGENCY("社会服务机构(民办非企业单位)", "social service agency"),
  /** 社会团体: social group (association). */
  SOCIAL_GROUP("社会团体", "social group"),
  /** 基金会: foundation. */
  FOUNDATION("基金会", "foundation"),
  /** 其他: any other kind. */
  OTHER("其他", "other");

  private final String labelZh;
  private final String labelEn;

  AgencyKind(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "SOCIAL_SERVICE_AGENCY"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static AgencyKind ofCode(String code) {
    return CodeSets.byCode(AgencyKind.class, code);
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
