package org.shegong.core.code;

/**
 * Relation of a parent to a child (父母关系).
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum ParentRelation implements Coded {
  /** 父亲: father. */
  FATHER("父亲", "father"),
  /** 母亲: mother. */
  MOTHER("母亲", "mother");

  private final String labelZh;
  private final String labelEn;

  ParentRelation(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "MOTHER"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static ParentRelation ofCode(String code) {
    return CodeSets.byCode(ParentRelation.class, code);
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
