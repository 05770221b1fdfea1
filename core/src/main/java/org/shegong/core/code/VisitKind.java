package org.shegong.core.code;

/**
 * Kind of a follow-up visit to a child on file (走访方式).
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum VisitKind implements Coded {
  /** 入户走访: visit at the child's home. */
  HOME_VISIT("入户走访", "home visit"),
  /** 电话: phone call. */
  PHONE("电话", "phone call"),
  /** 到校: visit at the child's school. */
  SCHOOL("到校", "school visit"),
  /** 其他: any other kind of visit. */
  OTHER("其他", "other");

  private final String labelZh;
  private final String labelEn;

  VisitKind(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "HOME_VISIT"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static VisitKind ofCode(String code) {
    return CodeSets.byCode(VisitKind.class, code);
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
