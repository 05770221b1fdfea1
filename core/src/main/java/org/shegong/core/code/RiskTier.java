package org.shegong.core.code;

/**
 * Risk tier of a child on file, in the four-tier classification (四级分类建档).
 *
 * <p>Constants are declared from the highest risk ({@link #TIER_1}, red) to none ({@link #TIER_4},
 * green). Tiers 1–3 require a care plan; tiers 1–2 also a professional social worker among the
 * responsible people. Visit intervals and review periods are a replaceable policy and are not part
 * of this type.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum RiskTier implements Coded {
  /** 高风险 (red): high risk, immediate intervention. */
  TIER_1("高风险", "high risk", TierColour.RED),
  /** 中风险 (yellow): medium risk, regular intervention. */
  TIER_2("中风险", "medium risk", TierColour.YELLOW),
  /** 低风险 (blue): low risk, keep watching. */
  TIER_3("低风险", "low risk", TierColour.BLUE),
  /** 健康成长 (green): growing up healthily, no current risk. */
  TIER_4("健康成长", "healthy growth", TierColour.GREEN);

  private final String labelZh;
  private final String labelEn;
  private final TierColour colour;

  RiskTier(String labelZh, String labelEn, TierColour colour) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.colour = colour;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "TIER_1"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static RiskTier ofCode(String code) {
    return CodeSets.byCode(RiskTier.class, code);
  }

  /**
   * Returns the tier's colour.
   *
   * @return red, yellow, blue or green for tiers 1 to 4, never null
   */
  public TierColour colour() {
    return colour;
  }

  /**
   * Returns the tier's number.
   *
   * @return 1 (highest risk) to 4 (no current risk)
   */
  public int level() {
    return ordinal() + 1;
  }

  /**
   * Tells whether a child in this tier must have a care plan (个案帮扶计划) and named responsible people.
   *
   * @return {@code true} for tiers 1 to 3
   */
  public boolean requiresCarePlan() {
    return this != TIER_4;
  }

  /**
   * Tells whether a professional social worker must be among the child's responsible people.
   *
   * @return {@code true} for tiers 1 and 2
   */
  public boolean requiresSocialWorker() {
    return this == TIER_1 || this == TIER_2;
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
