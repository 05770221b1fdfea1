package org.shegong.core.code;

/**
 * Situation of a child's parent (父母情况), as recorded in a child's file.
 *
 * <p>The situations are those named by the definitions of 孤儿, 事实无人抚养儿童 (民发〔2019〕62号) and 农村留守儿童
 * (国发〔2016〕13号). This type only names them; eligibility is decided elsewhere.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum ParentSituation implements Coded {
  /** 健在: present, none of the situations below. */
  PRESENT("健在", "present", false),
  /** 死亡: deceased. */
  DECEASED("死亡", "deceased", false),
  /** 宣告失踪: declared missing by a court. */
  MISSING("宣告失踪", "declared missing", false),
  /** 重残: severe disability. */
  SEVERE_DISABILITY("重残", "severe disability", false),
  /** 重病: serious illness. */
  SERIOUS_ILLNESS("重病", "serious illness", false),
  /** 服刑在押: imprisoned or in custody; counts for 事实无人抚养 after 6 months. */
  IMPRISONED("服刑在押", "imprisoned", true),
  /** 强制隔离戒毒: in compulsory drug rehabilitation; counts for 事实无人抚养 after 6 months. */
  COMPULSORY_DETOX("强制隔离戒毒", "compulsory drug rehabilitation", true),
  /** 被执行其他限制人身自由的措施: other restriction of liberty; counts after 6 months. */
  OTHER_RESTRICTION("被执行其他限制人身自由的措施", "other restriction of personal liberty", true),
  /** 失联: lost contact, without contact or support; counts for 事实无人抚养 after 6 months. */
  LOST_CONTACT("失联", "lost contact", true),
  /** 被撤销监护资格: guardianship revoked by a court. */
  GUARDIANSHIP_REVOKED("被撤销监护资格", "guardianship revoked", false),
  /** 被遣送(驱逐)出境: deported or expelled from China. */
  DEPORTED("被遣送(驱逐)出境", "deported", false),
  /** 外出务工: migrant worker, away from home for work. */
  MIGRANT_WORKER("外出务工", "migrant worker", false),
  /** 无监护能力: without capacity to act as guardian. */
  NO_GUARDIAN_CAPACITY("无监护能力", "no capacity to act as guardian", false);

  private final String labelZh;
  private final String labelEn;
  private final boolean requiresSixMonths;

  ParentSituation(String labelZh, String labelEn, boolean requiresSixMonths) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.requiresSixMonths = requiresSixMonths;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "MIGRANT_WORKER"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static ParentSituation ofCode(String code) {
    return CodeSets.byCode(ParentSituation.class, code);
  }

  /**
   * Tells whether 民发〔2019〕62号 requires this situation to have lasted at least 6 months.
   *
   * <p>Descriptive data only: true for {@link #IMPRISONED}, {@link #COMPULSORY_DETOX}, {@link
   * #OTHER_RESTRICTION} and {@link #LOST_CONTACT}. Whether a child qualifies is decided elsewhere.
   *
   * @return {@code true} when the situation counts only after 6 months
   */
  public boolean requiresSixMonths() {
    return requiresSixMonths;
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
