package org.shegong.core.child;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.code.RiskTier;
import org.shegong.core.model.CarePlan;
import org.shegong.core.model.Child;
import org.shegong.core.model.ResponsiblePeople;

/**
 * What a risk tier (四级分类) requires of a child's file, each with its stable rule code.
 *
 * <p>Tiers 1 to 3 ({@link RiskTier#requiresCarePlan()}) need a care plan (个案帮扶计划), a child
 * supervisor (儿童督导员) and a child director (儿童主任); tiers 1 and 2 ({@link
 * RiskTier#requiresSocialWorker()}) also a professional social worker. A care plan counts when the
 * object is present (its content is checked elsewhere); a responsible person counts when the id is
 * present and not blank (whether the id refers to an existing worker is a batch rule).
 *
 * @since 0.1.0
 */
public enum TierRequirement {
  /** {@code SG-CHD-010}: a care plan (个案帮扶计划), for tiers 1 to 3. */
  CARE_PLAN("SG-CHD-010", "个案帮扶计划", "a care plan"),
  /** {@code SG-CHD-011}: a township-level child supervisor (儿童督导员), for tiers 1 to 3. */
  CHILD_SUPERVISOR("SG-CHD-011", "儿童督导员", "a child supervisor"),
  /** {@code SG-CHD-012}: a village-level child director (儿童主任), for tiers 1 to 3. */
  CHILD_DIRECTOR("SG-CHD-012", "儿童主任", "a child director"),
  /** {@code SG-CHD-013}: a professional social worker (社会工作者), for tiers 1 and 2. */
  SOCIAL_WORKER("SG-CHD-013", "专业社会工作者", "a professional social worker");

  private final String ruleCode;
  private final String labelZh;
  private final String labelEn;

  TierRequirement(String ruleCode, String labelZh, String labelEn) {
    this.ruleCode = ruleCode;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /**
   * Returns every requirement a child's file fails for the child's tier, in declaration order.
   *
   * @param child the child; not null
   * @return an unmodifiable list, never null; empty when all are met, for tier 4, or when the child
   *     has no tier
   */
  public static List<TierRequirement> unmet(Child child) {
    Objects.requireNonNull(child, "child");
    Optional<RiskTier> tier = child.classification().flatMap(c -> c.tier());
    return tier.isEmpty() ? List.of() : unmet(tier.get(), child.carePlan(), child.responsibleIds());
  }

  /**
   * Returns every requirement a tier sets that the given care plan and responsible people fail.
   *
   * @param tier the tier; not null
   * @param carePlan the care plan, or empty; not null
   * @param responsible the responsible people, or empty; not null
   * @return an unmodifiable list, never null; empty when all are met
   */
  public static List<TierRequirement> unmet(
      RiskTier tier, Optional<CarePlan> carePlan, Optional<ResponsiblePeople> responsible) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(carePlan, "carePlan");
    Objects.requireNonNull(responsible, "responsible");
    List<TierRequirement> unmet = new ArrayList<>(4);
    for (TierRequirement requirement : values()) {
      if (requirement.appliesTo(tier) && !requirement.metBy(carePlan, responsible)) {
        unmet.add(requirement);
      }
    }
    return List.copyOf(unmet);
  }

  /**
   * Tells whether a tier sets this requirement.
   *
   * @param tier the tier; not null
   * @return {@code true} when a child of that tier must meet it
   */
  public boolean appliesTo(RiskTier tier) {
    return this == SOCIAL_WORKER ? tier.requiresSocialWorker() : tier.requiresCarePlan();
  }

  private boolean metBy(Optional<CarePlan> carePlan, Optional<ResponsiblePeople> responsible) {
    switch (this) {
      case CARE_PLAN:
        return carePlan.isPresent();
      case CHILD_SUPERVISOR:
        return named(responsible.flatMap(ResponsiblePeople::childSupervisorId));
      case CHILD_DIRECTOR:
        return named(responsible.flatMap(ResponsiblePeople::childDirectorId));
      default:
        return named(responsible.flatMap(ResponsiblePeople::socialWorkerId));
    }
  }

  private static boolean named(Optional<String> id) {
    return id.isPresent() && !id.get().isBlank();
  }

  /**
   * Returns the stable rule code.
   *
   * @return the code, for example {@code SG-CHD-010}; never null
   */
  public String ruleCode() {
    return ruleCode;
  }

  /**
   * Returns the Chinese name of what is required.
   *
   * @return the label, never null
   */
  public String labelZh() {
    return labelZh;
  }

  /**
   * Returns the English name of what is required.
   *
   * @return the label, never null
   */
  public String labelEn() {
    return labelEn;
  }

  /**
   * Returns the unmet requirement as a Chinese message, such as {@code SG-CHD-010
   * 风险等级TIER_2(黄)的儿童须有个案帮扶计划}.
   *
   * @param tier the child's tier; not null
   * @return the message, never null
   */
  public String messageZh(RiskTier tier) {
    return ruleCode + " 风险等级" + TierPolicy.tierZh(tier) + "的儿童须有" + labelZh;
  }

  /**
   * Returns the unmet requirement as an English message, such as {@code SG-CHD-010 a child in
   * TIER_2 (yellow) needs a care plan}.
   *
   * @param tier the child's tier; not null
   * @return the message, never null
   */
  public String messageEn(RiskTier tier) {
    return ruleCode + " a child in " + TierPolicy.tierEn(tier) + " needs " + labelEn;
  }
}
