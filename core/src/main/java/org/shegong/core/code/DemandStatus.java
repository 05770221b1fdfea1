package org.shegong.core.code;

/**
 * Processing status of a demand of the 需求清单 (需求办理状态).
 *
 * <p>The usual path is {@code COLLECTED → ASSESSED → PLANNED → MATCHED → DONE}, or {@code
 * REJECTED}; this type only names the states, it does not decide which transitions are allowed.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum DemandStatus implements Coded {
  /** 已收集: collected. */
  COLLECTED("已收集", "collected"),
  /** 已评估: assessed (urgency and difficulty). */
  ASSESSED("已评估", "assessed"),
  /** 已计划: planned. */
  PLANNED("已计划", "planned"),
  /** 已匹配: matched to volunteers or resources. */
  MATCHED("已匹配", "matched"),
  /** 已办结: done. */
  DONE("已办结", "done"),
  /** 不予受理: rejected. */
  REJECTED("不予受理", "rejected");

  private final String labelZh;
  private final String labelEn;

  DemandStatus(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "COLLECTED"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static DemandStatus ofCode(String code) {
    return CodeSets.byCode(DemandStatus.class, code);
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
