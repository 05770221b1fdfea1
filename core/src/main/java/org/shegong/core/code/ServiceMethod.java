package org.shegong.core.code;

/**
 * Method by which a service was delivered (服务方式).
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum ServiceMethod implements Coded {
  /** 个案: casework with one person or family. */
  CASEWORK("个案", "casework"),
  /** 小组: groupwork. */
  GROUPWORK("小组", "groupwork"),
  /** 社区活动: community activity. */
  COMMUNITY_ACTIVITY("社区活动", "community activity"),
  /** 讲座: lecture. */
  LECTURE("讲座", "lecture"),
  /** 培训: training. */
  TRAINING("培训", "training"),
  /** 入户探访: home visit. */
  HOME_VISIT("入户探访", "home visit"),
  /** 危机介入: crisis intervention. */
  CRISIS_INTERVENTION("危机介入", "crisis intervention"),
  /** 转介: referral to another service. */
  REFERRAL("转介", "referral");

  private final String labelZh;
  private final String labelEn;

  ServiceMethod(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "CASEWORK"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static ServiceMethod ofCode(String code) {
    return CodeSets.byCode(ServiceMethod.class, code);
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
