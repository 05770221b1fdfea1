package org.shegong.core.code;

/**
 * Level of the national social-worker qualification (社会工作者职业水平证书等级).
 *
 * <p>Constants are declared from the lowest grade to the highest. Rules on registration and
 * continuing education live elsewhere.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum QualificationLevel implements Coded {
  /** 助理社会工作师 (初级): assistant social worker, the junior grade. */
  ASSISTANT_SOCIAL_WORKER("助理社会工作师", "assistant social worker", "初级", "junior"),
  /** 社会工作师 (中级): social worker, the intermediate grade. */
  SOCIAL_WORKER("社会工作师", "social worker", "中级", "intermediate"),
  /** 高级社会工作师 (高级): senior social worker, the senior grade. */
  SENIOR_SOCIAL_WORKER("高级社会工作师", "senior social worker", "高级", "senior");

  private final String labelZh;
  private final String labelEn;
  private final String gradeLabelZh;
  private final String gradeLabelEn;

  QualificationLevel(String labelZh, String labelEn, String gradeLabelZh, String gradeLabelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.gradeLabelZh = gradeLabelZh;
    this.gradeLabelEn = gradeLabelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "SOCIAL_WORKER"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static QualificationLevel ofCode(String code) {
    return CodeSets.byCode(QualificationLevel.class, code);
  }

  /**
   * Returns the grade in Chinese: 初级, 中级 or 高级.
   *
   * @return the grade label in Chinese, never null
   */
  public String gradeLabelZh() {
    return gradeLabelZh;
  }

  /**
   * Returns the grade in English: junior, intermediate or senior.
   *
   * @return the grade label in English, never null
   */
  public String gradeLabelEn() {
    return gradeLabelEn;
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
