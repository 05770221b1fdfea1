package org.shegong.core.code;

/**
 * A party of the five-party linkage (五社联动).
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum LinkageParty implements Coded {
  /** 社区: the community. */
  COMMUNITY("社区", "community"),
  /** 社会组织: social organisations. */
  SOCIAL_ORGANIZATION("社会组织", "social organisation"),
  /** 社会工作者: social workers. */
  SOCIAL_WORKER("社会工作者", "social worker"),
  /** 社区志愿者: community volunteers. */
  COMMUNITY_VOLUNTEER("社区志愿者", "community volunteer"),
  /** 社会慈善资源: charitable resources. */
  CHARITABLE_RESOURCE("社会慈善资源", "charitable resources");

  private final String labelZh;
  private final String labelEn;

  LinkageParty(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "COMMUNITY"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static LinkageParty ofCode(String code) {
    return CodeSets.byCode(LinkageParty.class, code);
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
