package org.shegong.core.code;

/**
 * Ethnicity (民族), as coded by GB/T 3304-1991 (中国各民族名称的罗马字母拼写法和代码).
 *
 * <p>The 56 ethnic groups carry the codes {@code 01} to {@code 56} in the standard's order, and
 * their English label is the standard's romanised name (with the common English name added for 藏族
 * and 朝鲜族). The two extra codes used alongside the standard in Chinese information systems are
 * included as well: {@code 97} 其他 and {@code 98} 外国血统中国籍人士; neither is an ethnic group of its own,
 * see {@link #ethnicGroup()}.
 *
 * @since 0.1.0
 */
public enum Ethnicity implements Coded {
  /** 01 汉族: Han. */
  HAN("01", "汉族", "Han"),
  /** 02 蒙古族: Mongol. */
  MONGOL("02", "蒙古族", "Mongol"),
  /** 03 回族: Hui. */
  HUI("03", "回族", "Hui"),
  /** 04 藏族: Zang (Tibetan). */
  ZANG("04", "藏族", "Zang (Tibetan)"),
  /** 05 维吾尔族: Uygur. */
  UYGUR("05", "维吾尔族", "Uygur"),
  /** 06 苗族: Miao. */
  MIAO("06", "苗族", "Miao"),
  /** 07 彝族: Yi. */
  YI("07", "彝族", "Yi"),
  /** 08 壮族: Zhuang. */
  ZHUANG("08", "壮族", "Zhuang"),
  /** 09 布依族: Buyei. */
  BUYEI("09", "布依族", "Buyei"),
  /** 10 朝鲜族: Chosen (Korean). */
  CHOSEN("10", "朝鲜族", "Chosen (Korean)"),
  /** 11 满族: Man. */
  MAN("11", "满族", "Man"),
  /** 12 侗族: Dong. */
  DONG("12", "侗族", "Dong"),
  /** 13 瑶族: Yao. */
  YAO("13", "瑶族", "Yao"),
  /** 14 白族: Bai. */
  BAI("14", "白族", "Bai"),
  /** 15 土家族: Tujia. */
  TUJIA("15", "土家族", "Tujia"),
  /** 16 哈尼族: Hani. */
  HANI("16", "哈尼族", "Hani"),
  /** 17 哈萨克族: Kazak. */
  KAZAK("17", "哈萨克族", "Kazak"),
  /** 18 傣族: Dai. */
  DAI("18", "傣族", "Dai"),
  /** 19 黎族: Li. */
  LI("19", "黎族", "Li"),
  /** 20 傈僳族: Lisu. */
  LISU("20", "傈僳族", "Lisu"),
  /** 21 佤族: Va. */
  VA("21", "佤族", "Va"),
  /** 22 畲族: She. */
  SHE("22", "畲族", "She"),
  /** 23 高山族: Gaoshan. */
  GAOSHAN("23", "高山族", "Gaoshan"),
  /** 24 拉祜族: Lahu. */
  LAHU("24", "拉祜族", "Lahu"),
  /** 25 水族: Sui (also written Shui). */
  SUI("25", "水族", "Sui"),
  /** 26 东乡族: Dongxiang. */
  DONGXIANG("26", "东乡族", "Dongxiang"),
  /** 27 纳西族: Naxi. */
  NAXI("27", "纳西族", "Naxi"),
  /** 28 景颇族: Jingpo. */
  JINGPO("28", "景颇族", "Jingpo"),
  /** 29 柯尔克孜族: Kirgiz. */
  KIRGIZ("29", "柯尔克孜族", "Kirgiz"),
  /** 30 土族: Tu. */
  TU("30", "土族", "Tu"),
  /** 31 达斡尔族: Daur. */
  DAUR("31", "达斡尔族", "Daur"),
  /** 32 仫佬族: Mulao. */
  MULAO("32", "仫佬族", "Mulao"),
  /** 33 羌族: Qiang. */
  QIANG("33", "羌族", "Qiang"),
  /** 34 布朗族: Blang. */
  BLANG("34", "布朗族", "Blang"),
  /** 35 撒拉族: Salar. */
  SALAR("35", "撒拉族", "Salar"),
  /** 36 毛南族: Maonan. */
  MAONAN("36", "毛南族", "Maonan"),
  /** 37 仡佬族: Gelao. */
  GELAO("37", "仡佬族", "Gelao"),
  /** 38 锡伯族: Xibe. */
  XIBE("38", "锡伯族", "Xibe"),
  /** 39 阿昌族: Achang. */
  ACHANG("39", "阿昌族", "Achang"),
  /** 40 普米族: Pumi. */
  PUMI("40", "普米族", "Pumi"),
  /** 41 塔吉克族: Tajik. */
  TAJIK("41", "塔吉克族", "Tajik"),
  /** 42 怒族: Nu. */
  NU("42", "怒族", "Nu"),
  /** 43 乌孜别克族: Uzbek. */
  UZBEK("43", "乌孜别克族", "Uzbek"),
  /** 44 俄罗斯族: Russ. */
  RUSS("44", "俄罗斯族", "Russ"),
  /** 45 鄂温克族: Ewenki. */
  EWENKI("45", "鄂温克族", "Ewenki"),
  /** 46 德昂族: Deang. */
  DEANG("46", "德昂族", "Deang"),
  /** 47 保安族: Bonan. */
  BONAN("47", "保安族", "Bonan"),
  /** 48 裕固族: Yugur. */
  YUGUR("48", "裕固族", "Yugur"),
  /** 49 京族: Gin. */
  GIN("49", "京族", "Gin"),
  /** 50 塔塔尔族: Tatar. */
  TATAR("50", "塔塔尔族", "Tatar"),
  /** 51 独龙族: Derung. */
  DERUNG("51", "独龙族", "Derung"),
  /** 52 鄂伦春族: Oroqen. */
  OROQEN("52", "鄂伦春族", "Oroqen"),
  /** 53 赫哲族: Hezhen. */
  HEZHEN("53", "赫哲族", "Hezhen"),
  /** 54 门巴族: Monba. */
  MONBA("54", "门巴族", "Monba"),
  /** 55 珞巴族: Lhoba. */
  LHOBA("55", "珞巴族", "Lhoba"),
  /** 56 基诺族: Jino. */
  JINO("56", "基诺族", "Jino"),
  /** 97 其他: other, for an ethnic group not listed above (not one of the 56 groups). */
  OTHER("97", "其他", "other"),
  /** 98 外国血统中国籍人士: Chinese citizen of foreign origin (not one of the 56 groups). */
  FOREIGN_ORIGIN("98", "外国血统中国籍人士", "Chinese citizen of foreign origin");

  private final String code;
  private final String labelZh;
  private final String labelEn;

  Ethnicity(String code, String labelZh, String labelEn) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns the member with the given GB/T 3304 code.
   *
   * @param code the two-digit national code, for example {@code "01"}; not null
   * @return the member, never null
   * @throws UnknownCodeException when the code is not in GB/T 3304
   */
  public static Ethnicity ofCode(String code) {
    return CodeSets.byCode(Ethnicity.class, code);
  }

  /**
   * Tells whether this member is one of the 56 ethnic groups ({@code 01}–{@code 56}).
   *
   * @return {@code false} only for {@link #OTHER} and {@link #FOREIGN_ORIGIN}
   */
  public boolean ethnicGroup() {
    return this != OTHER && this != FOREIGN_ORIGIN;
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
