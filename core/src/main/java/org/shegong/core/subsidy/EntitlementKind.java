package org.shegong.core.subsidy;

import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * Kind of an incentive payment under a {@link SubsidyPolicy}.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name.
 *
 * @since 0.1.0
 */
public enum EntitlementKind implements Coded {
  /** One-off award (一次性奖励) for obtaining a qualification level. */
  ONE_OFF("一次性奖励", "one-off award"),
  /** Monthly allowance (月度补贴, 岗位津贴) for holding a qualification level. */
  MONTHLY("月度补贴", "monthly allowance");

  private final String labelZh;
  private final String labelEn;

  EntitlementKind(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "MONTHLY"}; not null
   * @return the member, never null
   * @throws org.shegong.core.code.UnknownCodeException when no member has that code
   */
  public static EntitlementKind ofCode(String code) {
    return CodeSets.byCode(EntitlementKind.class, code);
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
