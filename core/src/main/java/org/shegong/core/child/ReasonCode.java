package org.shegong.core.child;

import org.shegong.core.message.LocalizedTemplate;

/**
 * The kinds of {@link EligibilityReason}: one finding about the child's age, household or parents.
 *
 * <p>Texts never name the child, and never name a parent's situation beyond "deceased or missing",
 * "migrant worker", "without capacity to act as guardian" or "in a qualifying situation". Texts of
 * reasons about one parent contain the placeholder {@code {parent}} (父亲/母亲, the father/the mother),
 * filled in by {@link EligibilityReason#textZh()} and {@link EligibilityReason#textEn()}.
 *
 * @since 0.1.0
 */
public enum ReasonCode {
  /** The child is under 18 on the reference date. */
  UNDER_18("未满18周岁", "under 18"),
  /** The child is 18 or older on the reference date. */
  AGED_18_OR_OVER("已满18周岁", "aged 18 or over"),
  /** The child is under 16 on the reference date. */
  UNDER_16("未满16周岁", "under 16"),
  /** The child is 16 or older on the reference date. */
  AGED_16_OR_OVER("已满16周岁", "aged 16 or over"),
  /** The child's age cannot be determined from birth date or citizen ID. */
  AGE_UNKNOWN("年龄无法确定", "age cannot be determined"),
  /** The child has a rural household registration. */
  RURAL_HOUSEHOLD("农村户籍", "rural household registration"),
  /** The child does not have a rural household registration. */
  NOT_RURAL_HOUSEHOLD("非农村户籍", "no rural household registration"),
  /** Whether the child has a rural household registration is not recorded. */
  RURAL_HOUSEHOLD_NOT_RECORDED("未登记是否农村户籍", "rural household registration not recorded"),
  /** There is no entry for one parent, or the entry has no situation. */
  PARENT_NOT_RECORDED("{parent}情况未登记", "the situation of {parent} is not recorded"),
  /** The parent entries are ambiguous: a repeated relation, or an entry without relation. */
  PARENTS_AMBIGUOUS(
      "父母情况记录不明确(亲属关系重复或缺失)",
      "the parents' entries are ambiguous (a relation repeated or missing)"),
  /** The parent is deceased or declared missing on the reference date. */
  PARENT_DECEASED_OR_MISSING("{parent}死亡或宣告失踪", "{parent} is deceased or declared missing"),
  /** The parent is neither deceased nor declared missing on the reference date. */
  PARENT_NOT_DECEASED_OR_MISSING(
      "{parent}未死亡或宣告失踪", "{parent} is neither deceased nor declared missing"),
  /** The parent is in a situation that counts for 事实无人抚养儿童 on the reference date. */
  PARENT_IN_QUALIFYING_SITUATION(
      "{parent}符合事实无人抚养儿童认定情形",
      "{parent} is in a situation that counts for a de facto unsupported child"),
  /** The parent is not in a situation that counts for 事实无人抚养儿童. */
  PARENT_NOT_IN_QUALIFYING_SITUATION(
      "{parent}不符合事实无人抚养儿童认定情形",
      "{parent} is not in a situation that counts for a de facto unsupported child"),
  /** The parent's situation counts only after 6 months and has not lasted (or been set for) 6. */
  SIX_MONTHS_NOT_REACHED("{parent}的情形持续未满6个月", "the situation of {parent} has not lasted 6 months"),
  /** The parent's situation counts only after 6 months and its start date is not recorded. */
  SINCE_NOT_RECORDED(
      "{parent}的情形未登记起始日期, 无法判断是否满6个月",
      "the situation of {parent} has no start date, so 6 months cannot be checked"),
  /** The parent's situation ended before the reference date. */
  SITUATION_ENDED(
      "{parent}的情形已于参照日期前结束", "the situation of {parent} ended before the reference date"),
  /** The parent's situation starts after the reference date. */
  SITUATION_NOT_YET_BEGUN(
      "{parent}的情形起始日期晚于参照日期", "the situation of {parent} begins after the reference date"),
  /** Both parents are deceased or missing: the child is an orphan, not de facto unsupported. */
  BOTH_PARENTS_DECEASED_OR_MISSING(
      "父母双方均死亡或宣告失踪, 属于孤儿而非事实无人抚养儿童",
      "both parents are deceased or missing: an orphan, not a de facto unsupported child"),
  /** The parent is a migrant worker on the reference date. */
  PARENT_MIGRANT_WORKER("{parent}外出务工", "{parent} is a migrant worker"),
  /** The parent has no capacity to act as guardian on the reference date. */
  PARENT_WITHOUT_GUARDIAN_CAPACITY("{parent}无监护能力", "{parent} has no capacity to act as guardian"),
  /** The parent is neither a migrant worker nor without capacity to act as guardian. */
  PARENT_NEITHER_MIGRANT_NOR_WITHOUT_CAPACITY(
      "{parent}既未外出务工也非无监护能力",
      "{parent} is neither a migrant worker nor without capacity to act as guardian"),
  /** Neither parent is a migrant worker (both are without capacity to act as guardian). */
  NO_PARENT_MIGRANT_WORKER("父母均未外出务工", "neither parent is a migrant worker"),
  /** The category depends on facts the exchange data do not hold (国发〔2016〕36号 困境儿童). */
  NOT_DERIVABLE_FROM_EXCHANGE_DATA(
      "交换数据不含认定所需信息(家庭经济状况、儿童残疾或监护状况), 仅能核对年龄",
      "the exchange data hold no facts for this category (family poverty, the child's disability,"
          + " guardianship); only the age can be checked");

  private final String templateZh;
  private final String templateEn;
  private final LocalizedTemplate template;

  ReasonCode(String templateZh, String templateEn) {
    this.templateZh = templateZh;
    this.templateEn = templateEn;
    this.template = LocalizedTemplate.of(templateZh, templateEn);
  }

  /** The compiled texts, shared by every reason of this kind. */
  LocalizedTemplate template() {
    return template;
  }

  /**
   * Returns the Chinese text, with the placeholder {@code {parent}} for reasons about one parent.
   *
   * @return the template, never null
   */
  public String templateZh() {
    return templateZh;
  }

  /**
   * Returns the English text, with the placeholder {@code {parent}} for reasons about one parent.
   *
   * @return the template, never null
   */
  public String templateEn() {
    return templateEn;
  }

  /**
   * Tells whether the reason is about one parent (its texts contain {@code {parent}}).
   *
   * @return {@code true} for reasons about one parent
   */
  public boolean aboutOneParent() {
    return templateEn.contains("{parent}");
  }
}
