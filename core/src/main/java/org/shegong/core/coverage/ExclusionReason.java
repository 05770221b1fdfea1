package org.shegong.core.coverage;

import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * Why a station did not count toward a {@link Coverage}.
 *
 * <p>A station gets exactly one reason: the first of the following checks that fails, in the order
 * of the constants. The code of each constant is its UPPER_SNAKE name.
 *
 * @since 0.1.0
 */
public enum ExclusionReason implements Coded {
  /**
   * The station's level is absent or not the one counted: not a {@code TOWNSHIP_STATION} for
   * township coverage, not a {@code VILLAGE_ROOM} for village coverage.
   */
  WRONG_STATION_LEVEL("站点层级不符", "not a station of the level counted"),
  /**
   * The station's status is absent, {@code SUSPENDED} or {@code CLOSED}: only {@code ACTIVE}
   * counts.
   */
  NOT_ACTIVE("站点未运行", "station not active"),
  /** The station has no division code. */
  NO_DIVISION_CODE("缺少区划代码", "no division code"),
  /** The station's division code is malformed (not 6, 9 or 12 digits). */
  MALFORMED_DIVISION_CODE("区划代码格式错误", "malformed division code"),
  /**
   * The station's division code is of the wrong level: not a township code (9 digits, or 12 ending
   * {@code 000}) for township coverage, not a 12-digit village code for village coverage.
   */
  WRONG_DIVISION_LEVEL("区划代码层级不符", "division code of the wrong level"),
  /** The station's division code is not inside the region whose coverage is computed. */
  OUTSIDE_REGION("不在统计区域内", "outside the region"),
  /** The station's township is not in the division table used (township coverage only). */
  UNKNOWN_DIVISION("区划代码不在区划表中", "division code not in the division table"),
  /**
   * The station's township is a 类似乡级单位 (township digits 400–599) or an unclassified unit, which
   * does not count toward coverage (township coverage only).
   */
  NOT_A_TOWNSHIP_ADMINISTRATION("类似乡级单位，不计入覆盖率", "township-like unit, not counted"),
  /** The station's village is not among the villages the caller gave (village coverage only). */
  NOT_IN_VILLAGE_LIST("不在给定的村(居)名单中", "village not in the given list");

  private final String labelZh;
  private final String labelEn;

  ExclusionReason(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the reason with the given code (its UPPER_SNAKE name).
   *
   * @param code the code, for example {@code "NOT_ACTIVE"}; not null
   * @return the reason, never null
   * @throws org.shegong.core.code.UnknownCodeException when no reason has that code
   */
  public static ExclusionReason ofCode(String code) {
    return CodeSets.byCode(ExclusionReason.class, code);
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
