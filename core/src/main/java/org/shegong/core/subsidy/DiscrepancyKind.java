package org.shegong.core.subsidy;

import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * Kind of a difference between recorded payments and what a {@link SubsidyPolicy} entitles.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name. Each kind reports
 * one rule with a stable {@linkplain #ruleCode() rule code}.
 *
 * @since 0.1.0
 */
public enum DiscrepancyKind implements Coded {
  /** SG-SUB-001: a payment for which the policy gives no entitlement. */
  NOT_ENTITLED("无权享受", "not entitled", "SG-SUB-001"),
  /** SG-SUB-002: a payment smaller than the entitlement. */
  UNDERPAID("少发", "underpaid", "SG-SUB-002"),
  /** SG-SUB-003: a payment larger than the entitlement. */
  OVERPAID("多发", "overpaid", "SG-SUB-003"),
  /** SG-SUB-004: a further payment for an entitlement already paid. */
  DUPLICATE("重复发放", "duplicate payment", "SG-SUB-004"),
  /** SG-SUB-005: an entitlement in the checked months with no payment. */
  MISSING("漏发", "missing payment", "SG-SUB-005");

  private final String labelZh;
  private final String labelEn;
  private final String ruleCode;

  DiscrepancyKind(String labelZh, String labelEn, String ruleCode) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.ruleCode = ruleCode;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "UNDERPAID"}; not null
   * @return the member, never null
   * @throws org.shegong.core.code.UnknownCodeException when no member has that code
   */
  public static DiscrepancyKind ofCode(String code) {
    return CodeSets.byCode(DiscrepancyKind.class, code);
  }

  /**
   * Returns the stable code of the rule this kind reports.
   *
   * @return {@code SG-SUB-001} to {@code SG-SUB-005}, never null
   */
  public String ruleCode() {
    return ruleCode;
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
