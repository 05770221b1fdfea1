package org.shegong.core.code;

/**
 * Stage of a groupwork process, per MZ/T 095-2017 (小组工作阶段).
 *
 * <p>Constants are declared in the standard's order: 筹备 → 形成 → 转折 → 成熟 → 结束.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum GroupStage implements Coded {
  /** 筹备: preparation. */
  PREPARATION("筹备", "preparation"),
  /** 形成: formation. */
  FORMATION("形成", "formation"),
  /** 转折: transition. */
  TRANSITION("转折", "transition"),
  /** 成熟: maturity. */
  MATURITY("成熟", "maturity"),
  /** 结束: termination. */
  TERMINATION("结束", "termination");

  private final String labelZh;
  private final String labelEn;

  GroupStage(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "PREPARATION"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static GroupStage ofCode(String code) {
    return CodeSets.byCode(GroupStage.class, code);
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
