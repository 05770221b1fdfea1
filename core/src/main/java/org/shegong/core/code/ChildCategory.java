package org.shegong.core.code;

/**
 * Category of a child in need of protection (儿童类别), as defined by national policy documents.
 *
 * <p>A child can be in several categories. The three 困境儿童 sub-types of 国发〔2016〕36号 are {@link
 * #POVERTY}, {@link #DISABILITY} and {@link #GUARDIANSHIP} (see {@link #difficultySubtype()}). This
 * type only names the categories and their sources; eligibility is decided elsewhere.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum ChildCategory implements Coded {
  /** 孤儿: orphan (国办发〔2010〕54号). */
  ORPHAN("孤儿", "orphan", "国办发〔2010〕54号", false),
  /** 事实无人抚养儿童: de facto unsupported child (民发〔2019〕62号). */
  DE_FACTO_UNSUPPORTED("事实无人抚养儿童", "de facto unsupported child", "民发〔2019〕62号", false),
  /** 困境儿童(家庭贫困): child in difficulty because of family poverty (国发〔2016〕36号). */
  POVERTY("困境儿童(家庭贫困)", "child in difficulty: family poverty", "国发〔2016〕36号", true),
  /** 困境儿童(自身残疾): child in difficulty because of the child's own disability (国发〔2016〕36号). */
  DISABILITY("困境儿童(自身残疾)", "child in difficulty: own disability", "国发〔2016〕36号", true),
  /** 困境儿童(监护缺失或不当): child in difficulty because of missing or improper guardianship. */
  GUARDIANSHIP(
      "困境儿童(监护缺失或不当)",
      "child in difficulty: missing or improper guardianship",
      "国发〔2016〕36号",
      true),
  /** 农村留守儿童: rural left-behind child (国发〔2016〕13号). */
  LEFT_BEHIND("农村留守儿童", "rural left-behind child", "国发〔2016〕13号", false);

  private final String labelZh;
  private final String labelEn;
  private final String policyReference;
  private final boolean difficultySubtype;

  ChildCategory(String labelZh, String labelEn, String policyReference, boolean difficultySubtype) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.policyReference = policyReference;
    this.difficultySubtype = difficultySubtype;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "LEFT_BEHIND"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static ChildCategory ofCode(String code) {
    return CodeSets.byCode(ChildCategory.class, code);
  }

  /**
   * Returns the number of the policy document that defines this category.
   *
   * <p>For example {@code 国发〔2016〕36号} for the three 困境儿童 sub-types, {@code 国发〔2016〕13号} for {@link
   * #LEFT_BEHIND}, {@code 民发〔2019〕62号} for {@link #DE_FACTO_UNSUPPORTED}.
   *
   * @return the document number as written in Chinese official style, never null
   */
  public String policyReference() {
    return policyReference;
  }

  /**
   * Tells whether this category is one of the three 困境儿童 sub-types of 国发〔2016〕36号.
   *
   * @return {@code true} for {@link #POVERTY}, {@link #DISABILITY} and {@link #GUARDIANSHIP}
   */
  public boolean difficultySubtype() {
    return difficultySubtype;
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
