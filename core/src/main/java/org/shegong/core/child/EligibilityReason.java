package org.shegong.core.child;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.ParentRelation;

/**
 * One finding behind an {@link Eligibility}: what it says, which parent it is about, and its effect
 * on the outcome.
 *
 * <p>The effect is {@link EligibilityOutcome#ELIGIBLE} for a finding that supports eligibility,
 * {@link EligibilityOutcome#NOT_ELIGIBLE} for one that rules it out and {@link
 * EligibilityOutcome#UNDETERMINABLE} for one that leaves it open. Immutable; texts never contain a
 * child's name or ID.
 *
 * @since 0.1.0
 */
public final class EligibilityReason {

  private final ReasonCode code;
  private final Optional<ParentRelation> parent;
  private final EligibilityOutcome effect;

  /**
   * Every reason there can be, by code, parent (none first) and effect: a reason is a value of
   * three enums, so the assessment of a child hands out these instead of making new ones.
   */
  private static final EligibilityReason[][][] ALL = all();

  private EligibilityReason(
      ReasonCode code, Optional<ParentRelation> parent, EligibilityOutcome effect) {
    this.code = code;
    this.parent = parent;
    this.effect = effect;
  }

  /**
   * Returns the reason of a code, a parent and an effect.
   *
   * @param code what the finding says
   * @param parent the parent it is about, or null for the child or both parents
   * @param effect its effect on the outcome
   * @return the reason, never null
   */
  static EligibilityReason of(
      ReasonCode code, @Nullable ParentRelation parent, EligibilityOutcome effect) {
    int relation = parent == null ? 0 : parent.ordinal() + 1;
    return ALL[code.ordinal()][relation][effect.ordinal()];
  }

  private static EligibilityReason[][][] all() {
    ReasonCode[] codes = ReasonCode.values();
    ParentRelation[] relations = ParentRelation.values();
    EligibilityOutcome[] effects = EligibilityOutcome.values();
    EligibilityReason[][][] all = new EligibilityReason[codes.length][relations.length + 1][];
    for (ReasonCode code : codes) {
      for (int r = 0; r <= relations.length; r++) {
        Optional<ParentRelation> parent = r == 0 ? Optional.empty() : Optional.of(relations[r - 1]);
        EligibilityReason[] byEffect = new EligibilityReason[effects.length];
        for (EligibilityOutcome effect : effects) {
          byEffect[effect.ordinal()] = new EligibilityReason(code, parent, effect);
        }
        all[code.ordinal()][r] = byEffect;
      }
    }
    return all;
  }

  /**
   * Returns what the finding says.
   *
   * @return the code, never null
   */
  public ReasonCode code() {
    return code;
  }

  /**
   * Returns the parent the finding is about.
   *
   * @return the parent, or empty for a finding about the child or both parents
   */
  public Optional<ParentRelation> parent() {
    return parent;
  }

  /**
   * Returns the effect of the finding on the outcome.
   *
   * @return the effect, never null
   */
  public EligibilityOutcome effect() {
    return effect;
  }

  /**
   * Returns the finding in Chinese, for example {@code 父亲死亡或宣告失踪}.
   *
   * @return the text, never null
   */
  public String textZh() {
    return code.template()
        .formatZh(Map.of("parent", parent.map(ParentRelation::labelZh).orElse("")));
  }

  /**
   * Returns the finding in English, for example {@code the father is deceased or declared missing}.
   *
   * @return the text, never null
   */
  public String textEn() {
    return code.template()
        .formatEn(Map.of("parent", parent.map(p -> "the " + p.labelEn()).orElse("the parent")));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EligibilityReason)) {
      return false;
    }
    EligibilityReason that = (EligibilityReason) other;
    return code == that.code && parent.equals(that.parent) && effect == that.effect;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, parent, effect);
  }

  /**
   * Returns the code, parent and effect, such as {@code PARENT_NOT_RECORDED(MOTHER):
   * UNDETERMINABLE}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return code + parent.map(p -> "(" + p + ")").orElse("") + ": " + effect;
  }
}
