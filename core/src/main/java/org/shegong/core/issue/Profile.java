package org.shegong.core.issue;

import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * How strict validation is: data ready for exchange, or a record still under construction.
 *
 * @since 0.1.0
 */
public enum Profile implements Coded {
  /**
   * 交换: every field the exchange format marks required must be present, unknown fields are errors.
   */
  EXCHANGE("交换", "exchange"),
  /** 草稿: a record under construction may leave required fields out; unknown fields are warnings. */
  DRAFT("草稿", "draft");

  private final String labelZh;
  private final String labelEn;

  Profile(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the profile with the given code.
   *
   * @param code {@code EXCHANGE} or {@code DRAFT}; not null
   * @return the profile, never null
   * @throws org.shegong.core.code.UnknownCodeException when the code is neither
   */
  public static Profile ofCode(String code) {
    return CodeSets.byCode(Profile.class, code);
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
