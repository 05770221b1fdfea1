package org.shegong.core.code;

/**
 * Stage of a casework process, per MZ/T 094-2017 (个案服务阶段).
 *
 * <p>Constants are declared in the standard's order: 接案 → 预估 → 计划 → 介入 → 评估 → 结案.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum CaseStage implements Coded {
  /** 接案: intake. */
  INTAKE("接案", "intake"),
  /** 预估: assessment of needs and problems. */
  ASSESSMENT("预估", "assessment"),
  /** 计划: planning the service. */
  PLANNING("计划", "planning"),
  /** 介入: intervention. */
  INTERVENTION("介入", "intervention"),
  /** 评估: evaluation of the outcome. */
  EVALUATION("评估", "evaluation"),
  /** 结案: case closed. */
  CLOSED("结案", "closed");

  private final String labelZh;
  private final String labelEn;

  CaseStage(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "INTAKE"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static CaseStage ofCode(String code) {
    return CodeSets.byCode(CaseStage.class, code);
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
