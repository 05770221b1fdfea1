package org.shegong.core.framework;

/**
 * The kinds of {@link PlanDiscrepancy} between a service plan and its framework, each with its
 * stable rule code.
 *
 * <p>{@code SG-FWK-001} (malformed notation) is thrown, not reported here, and {@code SG-FWK-010}
 * (a plan names a framework that no registry knows) is reported by the validation module.
 *
 * @since 0.1.0
 */
public enum DiscrepancyKind {
  /** {@code SG-FWK-002}: the plan has a different number of slots than the framework. */
  SLOT_COUNT_MISMATCH("SG-FWK-002"),
  /** {@code SG-FWK-003}: a fixed, open slot does not have exactly its count of distinct items. */
  FIXED_COUNT_NOT_MET("SG-FWK-003"),
  /** {@code SG-FWK-004}: a closed slot misses some of its required members. */
  MISSING_MEMBERS("SG-FWK-004"),
  /** {@code SG-FWK-005}: a closed slot has items outside its member set. */
  UNEXPECTED_MEMBERS("SG-FWK-005"),
  /** {@code SG-FWK-006}: a variable slot has fewer distinct items than its declared minimum. */
  BELOW_MINIMUM("SG-FWK-006"),
  /** {@code SG-FWK-007}: the same item appears in two slots. */
  ITEM_IN_TWO_SLOTS("SG-FWK-007"),
  /** {@code SG-FWK-008}: an item is empty or only whitespace. */
  BLANK_ITEM("SG-FWK-008"),
  /** {@code SG-FWK-009}: an item is repeated within one slot. */
  REPEATED_ITEM("SG-FWK-009");

  private final String ruleCode;

  DiscrepancyKind(String ruleCode) {
    this.ruleCode = ruleCode;
  }

  /**
   * Returns the stable rule code of this kind.
   *
   * @return the code, for example {@code SG-FWK-004}; never null
   */
  public String ruleCode() {
    return ruleCode;
  }
}
