package org.shegong.core.code;

/**
 * Level or kind of a station or other service post (站点层级).
 *
 * <p>The first three form the station network: 县级社会工作指导中心 → 乡镇(街道)社工站 → 村(居)社工室. The others are
 * service posts outside that chain.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum StationLevel implements Coded {
  /** 县级社会工作指导中心: county social-work guidance centre. */
  COUNTY_GUIDANCE_CENTER(
      "县级社会工作指导中心", "county social work guidance center", RequiredDivisionLevel.COUNTY),
  /** 乡镇(街道)社工站: township (sub-district) social-work station. */
  TOWNSHIP_STATION("乡镇(街道)社工站", "township social work station", RequiredDivisionLevel.TOWNSHIP),
  /** 村(居)社工室: village (community) social-work room. */
  VILLAGE_ROOM("村(居)社工室", "village social work room", RequiredDivisionLevel.VILLAGE),
  /** 未成年人保护工作站: minor protection station. */
  MINOR_PROTECTION_STATION("未成年人保护工作站", "minor protection station", RequiredDivisionLevel.ANY),
  /** 儿童之家: children's home. */
  CHILDRENS_HOME("儿童之家", "children's home", RequiredDivisionLevel.ANY),
  /** 驻校社工站: school social-work station. */
  SCHOOL_STATION("驻校社工站", "school social work station", RequiredDivisionLevel.ANY);

  private final String labelZh;
  private final String labelEn;
  private final RequiredDivisionLevel requiredDivisionLevel;

  StationLevel(String labelZh, String labelEn, RequiredDivisionLevel requiredDivisionLevel) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.requiredDivisionLevel = requiredDivisionLevel;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "TOWNSHIP_STATION"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static StationLevel ofCode(String code) {
    return CodeSets.byCode(StationLevel.class, code);
  }

  /**
   * Returns the level of division code that a station of this level must have.
   *
   * <p>Per the exchange format: {@link #COUNTY_GUIDANCE_CENTER} a county code (6 digits), {@link
   * #TOWNSHIP_STATION} a township code (9 digits, or 12 ending in {@code 000}), {@link
   * #VILLAGE_ROOM} a village or community code (12 digits). The format fixes no level for {@link
   * #MINOR_PROTECTION_STATION}, {@link #CHILDRENS_HOME} and {@link #SCHOOL_STATION}, so they return
   * the permissive {@link RequiredDivisionLevel#ANY}.
   *
   * @return the required level, never null
   */
  public RequiredDivisionLevel requiredDivisionLevel() {
    return requiredDivisionLevel;
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
