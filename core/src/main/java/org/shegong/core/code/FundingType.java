package org.shegong.core.code;

/**
 * How a project is funded (项目资金来源).
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum FundingType implements Coded {
  /** 政府购买服务: government purchase of services. */
  GOVERNMENT_PURCHASE("政府购买服务", "government purchase of services"),
  /** 公益创投: venture philanthropy. */
  VENTURE_PHILANTHROPY("公益创投", "venture philanthropy"),
  /** 慈善资金: charity funds. */
  CHARITY("慈善资金", "charity funds"),
  /** 其他: any other funding. */
  OTHER("其他", "other");

  private final String labelZh;
  private final String labelEn;

  FundingType(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "GOVERNMENT_PURCHASE"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static FundingType ofCode(String code) {
    return CodeSets.byCode(FundingType.class, code);
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
