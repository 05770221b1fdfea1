package org.shegong.core.code;

/**
 * Group of people a service is aimed at (服务对象类别), used in a service record's {@code targetGroups}.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum TargetGroup implements Coded {
  /** 独居老人: elderly people living alone. */
  ELDERLY_LIVING_ALONE("独居老人", "elderly living alone"),
  /** 空巢老人: empty-nest elderly. */
  EMPTY_NEST_ELDERLY("空巢老人", "empty-nest elderly"),
  /** 高龄老人: the oldest old. */
  OLDEST_OLD("高龄老人", "oldest old"),
  /** 失能老人: elderly people who have lost the ability to care for themselves. */
  DISABLED_ELDERLY("失能老人", "disabled elderly"),
  /** 儿童: children. */
  CHILDREN("儿童", "children"),
  /** 困境儿童: children in difficulty. */
  CHILDREN_IN_DIFFICULTY("困境儿童", "children in difficulty"),
  /** 留守儿童: left-behind children. */
  LEFT_BEHIND_CHILDREN("留守儿童", "left-behind children"),
  /** 留守妇女: left-behind women. */
  LEFT_BEHIND_WOMEN("留守妇女", "left-behind women"),
  /** 留守老人: left-behind elderly. */
  LEFT_BEHIND_ELDERLY("留守老人", "left-behind elderly"),
  /** 妇女: women. */
  WOMEN("妇女", "women"),
  /** 残疾人: people with disabilities. */
  PEOPLE_WITH_DISABILITIES("残疾人", "people with disabilities"),
  /** 困难群众: people in hardship. */
  PEOPLE_IN_HARDSHIP("困难群众", "people in hardship"),
  /** 社会救助对象: recipients of social assistance. */
  SOCIAL_ASSISTANCE_RECIPIENTS("社会救助对象", "social assistance recipients"),
  /** 其他: any other group. */
  OTHER("其他", "other");

  private final String labelZh;
  private final String labelEn;

  TargetGroup(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "ELDERLY_LIVING_ALONE"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static TargetGroup ofCode(String code) {
    return CodeSets.byCode(TargetGroup.class, code);
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
