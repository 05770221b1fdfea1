package org.shegong.core.framework;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One way in which a service plan's slot items do not conform to its {@link ServiceFramework}.
 *
 * <p>Produced by {@link ServiceFramework#check(List)}, which reports every discrepancy at once.
 * Indexes are 0-based and match the plan's {@code slots} array in the exchange format, so {@code
 * /servicePlan/slots/<slotIndex>/<itemIndex>} points at the offending value. {@link #expected()}
 * and {@link #found()} are short, language-neutral descriptions; {@link #messageZh()} and {@link
 * #messageEn()} are full sentences. None of them contains the rule code, which is {@link
 * #ruleCode()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanDiscrepancy implements WithPlanDiscrepancy {

  PlanDiscrepancy() {}

  /**
   * Returns what kind of discrepancy this is.
   *
   * @return the kind, never null
   */
  public abstract DiscrepancyKind kind();

  /**
   * Returns the 0-based index of the plan slot concerned.
   *
   * @return the index, or empty for a plan-level discrepancy ({@code SG-FWK-002})
   */
  public abstract OptionalInt slotIndex();

  /**
   * Returns the 0-based index of the other slot concerned, for an item in two slots ({@code
   * SG-FWK-007}): the earlier slot in which the item first appears.
   *
   * @return the index, or empty for the other kinds
   */
  public abstract OptionalInt otherSlotIndex();

  /**
   * Returns the 0-based index of the offending item within its slot, for a blank ({@code
   * SG-FWK-008}) or repeated ({@code SG-FWK-009}) item.
   *
   * @return the index, or empty for the other kinds
   */
  public abstract OptionalInt itemIndex();

  /**
   * Returns the items concerned: the missing members ({@code SG-FWK-004}), the members outside the
   * set ({@code SG-FWK-005}), or the item in two slots or repeated ({@code SG-FWK-007}, {@code
   * SG-FWK-009}).
   *
   * @return an unmodifiable list, empty for the other kinds; never null
   */
  public abstract List<String> items();

  /**
   * Returns what the framework expects, in short language-neutral form, for example {@code "5"} or
   * {@code ">= 2"}.
   *
   * @return the expectation, never null
   */
  public abstract String expected();

  /**
   * Returns what the plan has, in short language-neutral form, for example {@code "4"}.
   *
   * @return the finding, never null
   */
  public abstract String found();

  /**
   * Returns the message in Chinese.
   *
   * @return a full sentence, never null
   */
  public abstract String messageZh();

  /**
   * Returns the message in English.
   *
   * @return a full sentence, never null
   */
  public abstract String messageEn();

  /**
   * Returns the stable rule code of this discrepancy, the one of its {@link #kind()}.
   *
   * @return the code, for example {@code SG-FWK-004}; never null
   */
  public String ruleCode() {
    return kind().ruleCode();
  }

  /**
   * Returns a builder for a discrepancy.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PlanDiscrepancy} values.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePlanDiscrepancy.Builder {
    Builder() {}
  }
}
