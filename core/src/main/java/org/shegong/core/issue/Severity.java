package org.shegong.core.issue;

import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * How serious an issue is. Only {@link #ERROR} makes data invalid.
 *
 * @since 0.1.0
 */
public enum Severity implements Coded {
  /** 错误: the data breaks a rule and must not be exchanged as it is. */
  ERROR("错误", "error"),
  /** 警告: the data is acceptable but suspicious or incomplete. */
  WARNING("警告", "warning"),
  /** 提示: information only. */
  INFO("提示", "information");

  private final String labelZh;
  private final String labelEn;

  Severity(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the severity with the given code.
   *
   * @param code {@code ERROR}, {@code WARNING} or {@code INFO}; not null
   * @return the severity, never null
   * @throws org.shegong.core.code.UnknownCodeException when the code is none of those
   */
  public static Severity ofCode(String code) {
    return CodeSets.byCode(Severity.class, code);
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
