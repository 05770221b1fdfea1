package org.shegong.core.code;

/**
 * Operating status of a station (社工站运行状态).
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name, as spelled in the
 * exchange format.
 *
 * @since 0.1.0
 */
public enum StationStatus implements Coded {
  /** 运行中: open and delivering services. */
  ACTIVE("运行中", "active"),
  /** 暂停运行: temporarily not operating. */
  SUSPENDED("暂停运行", "suspended"),
  /** 已撤销: closed for good. */
  CLOSED("已撤销", "closed");

  private final String labelZh;
  private final String labelEn;

  StationStatus(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "ACTIVE"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when no member has that code
   */
  public static StationStatus ofCode(String code) {
    return CodeSets.byCode(StationStatus.class, code);
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
