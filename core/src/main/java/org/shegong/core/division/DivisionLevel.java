package org.shegong.core.division;

import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * The level of an administrative division, from province down to village (村委会/居委会).
 *
 * <p>The level of a {@link DivisionCode} follows from its length: 2 digits province, 4 city, 6
 * county, 9 township, 12 village — except that a 12-digit code ending in {@code 000} is the
 * township's own 12-digit form and therefore {@link #TOWNSHIP}. The code of each constant is its
 * UPPER_SNAKE name.
 *
 * @since 0.1.0
 */
public enum DivisionLevel implements Coded {
  /** 省级: province, autonomous region, municipality (2 digits). */
  PROVINCE("省级", "province", 2),
  /** 地级: prefecture-level city, prefecture, league, or a municipality's 市辖区 summary (4 digits). */
  CITY("地级", "prefecture", 4),
  /** 县级: county, district, county-level city, banner (6 digits, GB/T 2260). */
  COUNTY("县级", "county", 6),
  /** 乡级: sub-district, town, township and township-like units (9 digits). */
  TOWNSHIP("乡级", "township", 9),
  /** 村级: village or residents' committee (12 digits, not ending in {@code 000}). */
  VILLAGE("村级", "village", 12);

  private final String labelZh;
  private final String labelEn;
  private final int digits;

  DivisionLevel(String labelZh, String labelEn, int digits) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.digits = digits;
  }

  /**
   * Returns the level with the given code (its UPPER_SNAKE name).
   *
   * @param code the code, for example {@code "COUNTY"}; not null
   * @return the level, never null
   * @throws org.shegong.core.code.UnknownCodeException when no level has that code
   */
  public static DivisionLevel ofCode(String code) {
    return CodeSets.byCode(DivisionLevel.class, code);
  }

  /**
   * Returns the number of digits of this level's canonical code.
   *
   * @return 2, 4, 6, 9 or 12
   */
  public int digits() {
    return digits;
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
