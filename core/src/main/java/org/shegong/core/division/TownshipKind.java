package org.shegong.core.division;

import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * The kind of a township-level unit, given by digits 7–9 of its code (统计用区划代码 coding rules).
 *
 * <p>Only {@link #SUB_DISTRICT}, {@link #TOWN} and {@link #TOWNSHIP} are real township-level
 * administrations; {@link #TOWNSHIP_LIKE} units (farms, development zones, reserves) are listed in
 * the table but have no 社工站 obligation and do not count toward coverage. The code of each constant
 * is its UPPER_SNAKE name.
 *
 * @since 0.1.0
 */
public enum TownshipKind implements Coded {
  /** 街道: sub-district, township digits 001–099. */
  SUB_DISTRICT("街道", "sub-district"),
  /** 镇: town, township digits 100–199. */
  TOWN("镇", "town"),
  /** 乡: township, including 民族乡 and 苏木, township digits 200–399. */
  TOWNSHIP("乡", "township"),
  /** 类似乡级单位: farm, development zone, reserve or similar, township digits 400–599. */
  TOWNSHIP_LIKE("类似乡级单位", "township-like unit"),
  /**
   * 未分类: township digits outside the coding rules, that is {@code 000} or 600–999. The 2022 table
   * has exactly one such row, {@code 350527000} 金门县, a placeholder for a county that is not
   * administered.
   */
  UNCLASSIFIED("未分类", "unclassified");

  private final String labelZh;
  private final String labelEn;

  TownshipKind(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the kind with the given code (its UPPER_SNAKE name).
   *
   * @param code the code, for example {@code "TOWN"}; not null
   * @return the kind, never null
   * @throws org.shegong.core.code.UnknownCodeException when no kind has that code
   */
  public static TownshipKind ofCode(String code) {
    return CodeSets.byCode(TownshipKind.class, code);
  }

  /**
   * Returns the kind given by the three township digits (positions 7–9 of a township code).
   *
   * @param townshipDigits the three digits as a number, 0–999
   * @return the kind, never null; {@link #UNCLASSIFIED} for 0 and for 600–999
   * @throws IllegalArgumentException when the number is outside 0–999
   */
  public static TownshipKind ofTownshipDigits(int townshipDigits) {
    if (townshipDigits < 0 || townshipDigits > 999) {
      throw new IllegalArgumentException("township digits must be 0-999: " + townshipDigits);
    }
    if (townshipDigits == 0) {
      return UNCLASSIFIED;
    } else if (townshipDigits < 100) {
      return SUB_DISTRICT;
    } else if (townshipDigits < 200) {
      return TOWN;
    } else if (townshipDigits < 400) {
      return TOWNSHIP;
    } else if (townshipDigits < 600) {
      return TOWNSHIP_LIKE;
    }
    return UNCLASSIFIED;
  }

  /**
   * Tells whether units of this kind are real township-level administrations (街道, 镇, 乡).
   *
   * @return {@code true} for {@link #SUB_DISTRICT}, {@link #TOWN} and {@link #TOWNSHIP}
   */
  public boolean countsAsTownshipAdministration() {
    return this == SUB_DISTRICT || this == TOWN || this == TOWNSHIP;
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
