package org.shegong.core.child;

/**
 * The outcome of an {@link Eligibility} assessment, and the effect of one {@link EligibilityReason}
 * on it.
 *
 * @since 0.1.0
 */
public enum EligibilityOutcome {
  /** 符合: the data show that the child meets the category's definition. */
  ELIGIBLE("符合", "eligible"),
  /** 不符合: the data show that the child does not meet the definition. */
  NOT_ELIGIBLE("不符合", "not eligible"),
  /** 无法判定: the data do not suffice to decide (missing or ambiguous data, or not derivable). */
  UNDETERMINABLE("无法判定", "undeterminable");

  private final String labelZh;
  private final String labelEn;

  EligibilityOutcome(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, never null
   */
  public String labelZh() {
    return labelZh;
  }

  /**
   * Returns the English label.
   *
   * @return the label, never null
   */
  public String labelEn() {
    return labelEn;
  }
}
