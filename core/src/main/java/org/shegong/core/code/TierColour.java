package org.shegong.core.code;

/**
 * Colour of a risk tier in the four-tier classification of children (四级分类颜色).
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name.
 *
 * @since 0.1.0
 */
public enum TierColour implements Coded {
  /** 红: red, for {@link RiskTier#TIER_1}. */
  RED("红", "red"),
  /** 黄: yellow, for {@link RiskTier#TIER_2}. */
  YELLOW("黄", "yellow"),
  /** 蓝: blue, for {@link RiskTier#TIER_3}. */
  BLUE("蓝", "blue"),
  /** 绿: green, for {@link RiskTier#TIER_4}. */
  GREEN("绿", "green");

  private final String labelZh;
  private final String labelEn;

  TierColour(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "RED"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static TierColour ofCode(String code) {
    return CodeSets.byCode(TierColour.class, code);
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
