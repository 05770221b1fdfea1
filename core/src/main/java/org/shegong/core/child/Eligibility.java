package org.shegong.core.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.shegong.core.code.ChildCategory;

/**
 * Whether a child meets the definition of one {@link ChildCategory} on a reference date, and why.
 *
 * <p>Created by {@link ChildEligibility}. Immutable; holds no name or ID of the child.
 *
 * @since 0.1.0
 */
public final class Eligibility {

  private final ChildCategory category;
  private final LocalDate asOf;
  private final EligibilityOutcome outcome;
  private final List<EligibilityReason> reasons;

  Eligibility(
      ChildCategory category,
      LocalDate asOf,
      EligibilityOutcome outcome,
      List<EligibilityReason> reasons) {
    this.category = category;
    this.asOf = asOf;
    this.outcome = outcome;
    this.reasons = List.copyOf(reasons);
  }

  /**
   * Returns the category assessed.
   *
   * @return the category, never null
   */
  public ChildCategory category() {
    return category;
  }

  /**
   * Returns the reference date of the assessment.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome, never null
   */
  public EligibilityOutcome outcome() {
    return outcome;
  }

  /**
   * Tells whether the outcome is {@link EligibilityOutcome#ELIGIBLE}.
   *
   * @return {@code true} when eligible
   */
  public boolean isEligible() {
    return outcome == EligibilityOutcome.ELIGIBLE;
  }

  /**
   * Returns every finding, in the order age, household, father, mother, both parents.
   *
   * @return an unmodifiable list, never null or empty
   */
  public List<EligibilityReason> reasons() {
    return reasons;
  }

  /**
   * Returns the findings with a given effect, for example those that rule eligibility out.
   *
   * @param effect the effect; not null
   * @return an unmodifiable list, never null; possibly empty
   */
  public List<EligibilityReason> reasons(EligibilityOutcome effect) {
    List<EligibilityReason> found = new ArrayList<>(reasons.size());
    for (EligibilityReason r : reasons) {
      if (r.effect() == effect) {
        found.add(r);
      }
    }
    return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
  }

  /**
   * Returns the reason codes of the findings with a given effect.
   *
   * @param effect the effect; not null
   * @return an unmodifiable list, never null; possibly empty
   */
  public List<ReasonCode> reasonCodes(EligibilityOutcome effect) {
    List<ReasonCode> found = new ArrayList<>(reasons.size());
    for (EligibilityReason r : reasons) {
      if (r.effect() == effect) {
        found.add(r.code());
      }
    }
    return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
  }

  /**
   * Returns the findings in Chinese, joined with {@code ；}.
   *
   * @return the text, never null
   */
  public String textZh() {
    return reasons.stream().map(EligibilityReason::textZh).collect(Collectors.joining("；"));
  }

  /**
   * Returns the findings in English, joined with {@code ; }.
   *
   * @return the text, never null
   */
  public String textEn() {
    return reasons.stream().map(EligibilityReason::textEn).collect(Collectors.joining("; "));
  }

  /**
   * Returns the category, outcome and findings, such as {@code ORPHAN NOT_ELIGIBLE on 2024-06-30
   * [UNDER_18: ELIGIBLE, …]}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return category + " " + outcome + " on " + asOf + " " + reasons;
  }
}
