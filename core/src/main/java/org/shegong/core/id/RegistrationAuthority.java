package org.shegong.core.id;

import java.util.Optional;
import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * The registration authority (登记管理部门) encoded in position 1 of a unified social credit code.
 *
 * <p>GB 32100-2015 itself assigns {@code 1} 机构编制, {@code 5} 民政, {@code 9} 工商 and {@code Y} 其他; the
 * other codes were allocated to further departments after the standard was published and are in
 * general use. A code not listed here is read as {@link #OTHER} by {@link #fromCode(char)}.
 *
 * @since 0.1.0
 */
public enum RegistrationAuthority implements Coded {
  /** 1 机构编制: public-sector establishment offices (government organs, public institutions). */
  ESTABLISHMENT_OFFICE("1", "机构编制", "establishment office"),
  /** 2 外交: foreign affairs. */
  FOREIGN_AFFAIRS("2", "外交", "foreign affairs"),
  /** 3 司法行政: judicial administration (law firms, notaries, …). */
  JUDICIAL_ADMINISTRATION("3", "司法行政", "judicial administration"),
  /** 4 文化: culture. */
  CULTURE("4", "文化", "culture"),
  /** 5 民政: civil affairs (social organisations: 社会团体, 民办非企业单位, 基金会). */
  CIVIL_AFFAIRS("5", "民政", "civil affairs"),
  /** 6 旅游: tourism. */
  TOURISM("6", "旅游", "tourism"),
  /** 7 宗教: religious affairs. */
  RELIGIOUS_AFFAIRS("7", "宗教", "religious affairs"),
  /** 8 工会: trade unions. */
  TRADE_UNION("8", "工会", "trade union"),
  /** 9 工商 (now 市场监管): market regulation (enterprises, individual businesses, cooperatives). */
  MARKET_REGULATION("9", "工商（市场监管）", "market regulation"),
  /** A 中央军委改革和编制办公室: the Central Military Commission's reform and establishment office. */
  MILITARY_ESTABLISHMENT_OFFICE("A", "中央军委改革和编制办公室", "military establishment office"),
  /** N 农业: agriculture (rural collective economic organisations). */
  AGRICULTURE("N", "农业", "agriculture"),
  /** Y 其他: any other registration authority. */
  OTHER("Y", "其他", "other");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  RegistrationAuthority(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given code, strictly.
   *
   * @param code the one-character code, for example {@code "5"}; not null
   * @return the member, never null
   * @throws org.shegong.core.code.UnknownCodeException when the code is not listed
   */
  public static RegistrationAuthority ofCode(String code) {
    return CodeSets.byCode(RegistrationAuthority.class, code);
  }

  /**
   * Returns the member for the first character of a credit code, reading an unlisted one as {@link
   * #OTHER}.
   *
   * @param code the first character of a credit code
   * @return the member, never null
   */
  public static RegistrationAuthority fromCode(char code) {
    Optional<RegistrationAuthority> found =
        CodeSets.find(RegistrationAuthority.class, String.valueOf(code));
    return found.orElse(OTHER);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  @Override
  public boolean national() {
    return true;
  }
}
