package org.shegong.core.code;

/**
 * Channel through which a demand of the 需求清单 was collected (需求收集渠道).
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum DemandChannel implements Coded {
  /** 市长热线/服务热线: mayor's or service hotline. */
  HOTLINE("市长热线/服务热线", "hotline"),
  /** 上门走访: door-to-door visit. */
  HOME_VISIT("上门走访", "home visit"),
  /** 微心愿: micro-wish. */
  MICRO_WISH("微心愿", "micro-wish"),
  /** 书记茶摊: the Party secretary's tea stall. */
  SECRETARY_TEA_STALL("书记茶摊", "secretary's tea stall"),
  /** 问卷调查: questionnaire survey. */
  SURVEY("问卷调查", "survey"),
  /** 线上: online channel. */
  ONLINE("线上", "online"),
  /** 其他: any other channel. */
  OTHER("其他", "other");

  private final String labelZh;
  private final String labelEn;

  DemandChannel(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "SECRETARY_TEA_STALL"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static DemandChannel ofCode(String code) {
    return CodeSets.byCode(DemandChannel.class, code);
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
