package org.shegong.core.id;

/**
 * The kind of institution (机构类别) encoded in positions 1–2 of a unified social credit code.
 *
 * <p>The meaning of position 2 depends on the registration authority in position 1. This type names
 * the kinds registered by 民政 (civil affairs: {@code 51} 社会团体, {@code 52} 民办非企业单位, {@code 53} 基金会),
 * by 工商/市场监管 ({@code 91} 企业, {@code 92} 个体工商户, {@code 93} 农民专业合作社) and by 机构编制 ({@code 11} 机关,
 * {@code 12} 事业单位, {@code 13} 群众团体); every other combination, including the {@code 9} "other"
 * kinds, is {@link #OTHER}. {@link CreditCode#institutionKindCode()} gives the raw character.
 *
 * @since 0.1.0
 */
public enum InstitutionKind {
  /** 11 机关: a government organ. */
  GOVERNMENT_ORGAN('1', '1', "机关", "government organ"),
  /** 12 事业单位: a public institution. */
  PUBLIC_INSTITUTION('1', '2', "事业单位", "public institution"),
  /** 13 中央编办直接管理机构编制的群众团体: a mass organisation. */
  MASS_ORGANIZATION('1', '3', "群众团体", "mass organisation"),
  /** 51 社会团体: a social group (association). */
  SOCIAL_GROUP('5', '1', "社会团体", "social group"),
  /** 52 民办非企业单位 (社会服务机构): a social service agency, the usual form of a social-work agency. */
  SOCIAL_SERVICE_AGENCY('5', '2', "民办非企业单位", "social service agency"),
  /** 53 基金会: a foundation. */
  FOUNDATION('5', '3', "基金会", "foundation"),
  /** 91 企业: an enterprise. */
  ENTERPRISE('9', '1', "企业", "enterprise"),
  /** 92 个体工商户: an individual business. */
  INDIVIDUAL_BUSINESS('9', '2', "个体工商户", "individual business"),
  /** 93 农民专业合作社: a farmers' specialised cooperative. */
  FARMERS_COOPERATIVE('9', '3', "农民专业合作社", "farmers' cooperative"),
  /** Any other kind, including every "9 其他" kind; see the raw character. */
  OTHER(' ', ' ', "其他", "other");

  private final char authorityCode;
  private final char kindCode;
  private final String labelZh;
  private final String labelEn;

  InstitutionKind(char authorityCode, char kindCode, String labelZh, String labelEn) {
    this.authorityCode = authorityCode;
    this.kindCode = kindCode;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the kind for the first two characters of a credit code.
   *
   * @param authorityCode position 1, the registration authority
   * @param kindCode position 2, the institution kind
   * @return the kind, {@link #OTHER} when not named by this type; never null
   */
  public static InstitutionKind fromCodes(char authorityCode, char kindCode) {
    for (InstitutionKind kind : values()) {
      if (kind.authorityCode == authorityCode && kind.kindCode == kindCode) {
        return kind;
      }
    }
    return OTHER;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label in Chinese, never null
   */
  public String labelZh() {
    return labelZh;
  }

  /**
   * Returns the English label.
   *
   * @return the label in English, never null
   */
  public String labelEn() {
    return labelEn;
  }
}
