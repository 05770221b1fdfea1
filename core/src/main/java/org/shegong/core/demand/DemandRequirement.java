package org.shegong.core.demand;

import org.shegong.core.issue.Severity;

/**
 * A requirement that a demand of the 需求清单 must meet in its status, with its stable rule code.
 *
 * <p>{@link DemandWorkflow#unmetRequirements(org.shegong.core.model.Demand)} lists the ones a
 * demand breaks. The ranges of the numbers (urgency and difficulty 1–3, satisfaction 1–5) are field
 * rules of the validation module, not requirements of a status, and are not listed here.
 * Descriptions state the rule and never contain data.
 *
 * @since 0.1.0
 */
public enum DemandRequirement {
  /**
   * {@code SG-DEM-001}: a {@code DONE} demand names at least one service record that met it (a
   * non-blank entry of {@code serviceRecordIds}).
   */
  SERVICE_RECORD_WHEN_DONE(
      "SG-DEM-001",
      "已办结的需求须关联至少一条服务记录（serviceRecordIds）",
      "a DONE demand must name at least one service record (serviceRecordIds)"),
  /**
   * {@code SG-DEM-002}: a {@code REJECTED} demand states why, in a non-blank {@code
   * rejectionReason}.
   */
  REASON_WHEN_REJECTED(
      "SG-DEM-002",
      "不予受理的需求须填写不予受理原因（rejectionReason）",
      "a REJECTED demand must state a rejectionReason"),
  /**
   * {@code SG-DEM-003}: satisfaction is feedback on a service delivered, so a demand carries a
   * {@code satisfaction} only once it is {@code DONE} (not while open, not when rejected).
   */
  SATISFACTION_ONLY_WHEN_DONE(
      "SG-DEM-003",
      "只有已办结的需求才能填写满意度（satisfaction）",
      "only a DONE demand may carry a satisfaction rating");

  private final String ruleCode;
  private final String descriptionZh;
  private final String descriptionEn;

  DemandRequirement(String ruleCode, String descriptionZh, String descriptionEn) {
    this.ruleCode = ruleCode;
    this.descriptionZh = descriptionZh;
    this.descriptionEn = descriptionEn;
  }

  /**
   * Returns the stable code of the rule.
   *
   * @return the rule code, for example {@code SG-DEM-001}; never null
   */
  public String ruleCode() {
    return ruleCode;
  }

  /**
   * Returns how serious a demand that breaks the requirement is.
   *
   * @return {@link Severity#ERROR} for every requirement of this version
   */
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * Returns the requirement, stated in Chinese.
   *
   * @return the description in Chinese, never null
   */
  public String descriptionZh() {
    return descriptionZh;
  }

  /**
   * Returns the requirement, stated in English.
   *
   * @return the description in English, never null
   */
  public String descriptionEn() {
    return descriptionEn;
  }
}
