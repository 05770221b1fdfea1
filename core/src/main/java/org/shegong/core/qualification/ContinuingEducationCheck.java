package org.shegong.core.qualification;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.message.LocalizedTemplate;

/**
 * Outcome of checking the continuing-education hours (继续教育学时) of one registration period.
 *
 * <p>Created by {@link QualificationPolicy#checkContinuingEducation}. Immutable.
 *
 * @since 0.1.0
 */
public final class ContinuingEducationCheck {

  private static final String RULE_TEXT_ZH = "资格政策「{policy}」要求{grade}每个登记有效期内继续教育不少于{required}学时";
  private static final String RULE_TEXT_EN =
      "continuing education for {grade} ({levelEn}) requires {required} h per registration period"
          + " under qualification policy '{policy}'";
  private static final LocalizedTemplate MET =
      LocalizedTemplate.of(
          "已记录{recorded}学时；" + RULE_TEXT_ZH, "{recorded} h recorded; " + RULE_TEXT_EN);
  private static final LocalizedTemplate SHORT =
      LocalizedTemplate.of(
          "{code} 已记录{recorded}学时，尚缺{short}学时：" + RULE_TEXT_ZH,
          "{code} {recorded} h recorded, {short} h short: " + RULE_TEXT_EN);

  /** Rule code of "continuing education meets the hours the policy requires for the level". */
  public static final String RULE_CODE = "SG-QUA-004";

  private final QualificationPolicy policy;
  private final QualificationLevel level;
  private final int requiredHours;
  private final int recordedHours;

  ContinuingEducationCheck(
      QualificationPolicy policy, QualificationLevel level, int requiredHours, int recordedHours) {
    this.policy = policy;
    this.level = level;
    this.requiredHours = requiredHours;
    this.recordedHours = recordedHours;
  }

  /**
   * Returns the level checked.
   *
   * @return the level, never null
   */
  public QualificationLevel level() {
    return level;
  }

  /**
   * Returns the hours the policy requires for the level per registration period.
   *
   * @return the required hours
   */
  public int requiredHours() {
    return requiredHours;
  }

  /**
   * Returns the hours recorded.
   *
   * @return the recorded hours
   */
  public int recordedHours() {
    return recordedHours;
  }

  /**
   * Tells whether the recorded hours reach the required hours.
   *
   * @return {@code true} when {@code recordedHours() >= requiredHours()}
   */
  public boolean met() {
    return recordedHours >= requiredHours;
  }

  /**
   * Returns the hours still missing.
   *
   * @return zero when met, otherwise {@code requiredHours() - recordedHours()}
   */
  public int shortfall() {
    return Math.max(0, requiredHours - recordedHours);
  }

  /**
   * Returns the rule broken, if any.
   *
   * @return {@value #RULE_CODE} when not met, otherwise empty
   */
  public Optional<String> ruleCode() {
    return met() ? Optional.empty() : Optional.of(RULE_CODE);
  }

  /**
   * Returns the outcome in English, naming the policy value applied.
   *
   * @return the message, never null
   */
  public String messageEn() {
    return (met() ? MET : SHORT).formatEn(arguments(false));
  }

  /**
   * Returns the outcome in Chinese, naming the policy value applied.
   *
   * @return the message, never null
   */
  public String messageZh() {
    return (met() ? MET : SHORT).formatZh(arguments(true));
  }

  private Map<String, Object> arguments(boolean chinese) {
    return Map.of(
        "code",
        RULE_CODE,
        "recorded",
        recordedHours,
        "short",
        shortfall(),
        "required",
        requiredHours,
        "grade",
        level.gradeLabelZh(),
        "levelEn",
        level.labelEn(),
        "policy",
        chinese ? policy.nameZh() : policy.nameEn());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContinuingEducationCheck other
        && policy.equals(other.policy)
        && level == other.level
        && requiredHours == other.requiredHours
        && recordedHours == other.recordedHours;
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, level, requiredHours, recordedHours);
  }

  @Override
  public String toString() {
    return "ContinuingEducationCheck{"
        + level
        + ", required="
        + requiredHours
        + ", recorded="
        + recordedHours
        + "}";
  }
}
