package org.shegong.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered service system (服务体系) such as 三亚's {@code 1+1+5+X}: a notation, a name, an optional
 * region and one {@link FrameworkSlot} per term of the notation.
 *
 * <p>Rules, checked when the framework is built or copied: the {@linkplain #code() code} is a
 * well-formed notation ({@link FrameworkNotationException}, {@code SG-FWK-001}); the name (and the
 * region, when present) is not blank, and the slots agree with the notation — one slot per term,
 * each with that term's count, in order ({@link FrameworkDefinitionException}, {@code SG-FWK-011}).
 * Each slot checks its own rules (a closed member set's size equals its fixed count).
 *
 * <p>Adopters declare what a built-in framework leaves open by copying it: {@code
 * framework.withSlot(1, framework.slots().get(1).withMembers(nineActions))}, or {@code
 * ServiceFramework.builder().from(framework)…build()}, and then register the copy with {@link
 * FrameworkRegistry#with(ServiceFramework)}.
 *
 * <p>A station's plan is checked with {@link #check(List)}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceFramework implements WithServiceFramework, java.io.Serializable {

  private static final long serialVersionUID = 1L;

  ServiceFramework() {}

  /**
   * Returns the framework's code, its notation, for example {@code 1+1+5+X}.
   *
   * @return the notation, never null on a built framework
   */
  public abstract String code();

  /**
   * Returns the framework's name, for example {@code 三亚市大社区社工站"1+1+5+X"服务体系}.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the region that uses the framework: free text such as {@code 海南省三亚市} or an
   * administrative division code.
   *
   * @return the region, or empty when the framework is not tied to one
   */
  public abstract Optional<String> region();

  /**
   * Returns the slots of the framework, one per term of the notation, in order.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<FrameworkSlot> slots();

  /**
   * Returns the counts of the slots, in order; they print back as {@link #code()}.
   *
   * @return an unmodifiable list, never null
   */
  public List<SlotCount> counts() {
    return slots().stream().map(FrameworkSlot::count).toList();
  }

  /**
   * Returns a copy with one slot replaced, for example to declare the labels or the members of a
   * slot that a built-in framework leaves to the adopter.
   *
   * @param index the 0-based index of the slot to replace
   * @param slot the new slot; not null, with the same count as the old one
   * @return the copy, never null
   * @throws IndexOutOfBoundsException when there is no slot at {@code index}
   * @throws FrameworkDefinitionException ({@code SG-FWK-011}) when the new slot's count differs
   *     from the notation's term
   */
  public ServiceFramework withSlot(int index, FrameworkSlot slot) {
    Objects.requireNonNull(slot, "slot");
    List<FrameworkSlot> copy = new ArrayList<>(slots());
    copy.set(index, slot);
    return withSlots(copy);
  }

  /**
   * Checks a service plan's slot items against this framework and reports every discrepancy.
   *
   * <p>Rules, in the order of the result: the plan has as many slots as the framework ({@code
   * SG-FWK-002}); then per slot: no blank item ({@code SG-FWK-008}), no item repeated in the slot
   * ({@code SG-FWK-009}), no item already in an earlier slot ({@code SG-FWK-007}), and the slot's
   * own rule: a closed slot contains all of its members ({@code SG-FWK-004}) and nothing else
   * ({@code SG-FWK-005}); an open fixed slot has exactly its count of distinct items ({@code
   * SG-FWK-003}); a variable slot has at least its minimum of distinct items ({@code SG-FWK-006}).
   * Counts are of distinct, non-blank items; items are compared exactly (case and spaces matter).
   *
   * <p>When the plan's number of slots differs from the framework's, the slots cannot be matched by
   * position, so only {@code SG-FWK-002} and the rules that do not depend on the framework ({@code
   * SG-FWK-007}, {@code -008}, {@code -009}) are reported.
   *
   * <p>Never throws for any list of lists of strings; nulls are programming errors.
   *
   * @param slotItems the plan's items, one inner list per slot in the framework's order (the
   *     exchange format's {@code servicePlan.slots}); not null, no null list or item
   * @return every discrepancy, an unmodifiable list, empty when the plan conforms; never null
   * @throws NullPointerException when {@code slotItems}, one of its lists or one item is null
   */
  public List<PlanDiscrepancy> check(List<List<String>> slotItems) {
    return PlanChecker.check(this, slotItems);
  }

  /**
   * Returns a builder for a framework.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a framework whose slots carry neutral labels ({@code 第1项} / {@code slot 1}, …), no
   * member sets and no minimums, for a notation whose slot meanings the adopter declares later.
   *
   * @param code the notation, for example {@code 1+3+3X+N}; not null
   * @param name the framework's name; not blank
   * @return the framework, never null
   * @throws FrameworkNotationException ({@code SG-FWK-001}) when the notation is malformed
   * @throws FrameworkDefinitionException ({@code SG-FWK-011}) when the name is blank
   */
  public static ServiceFramework ofNotation(String code, String name) {
    List<SlotCount> counts = FrameworkNotation.parse(code);
    Builder builder = builder().code(code).name(name);
    for (int i = 0; i < counts.size(); i++) {
      builder.addSlots(FrameworkSlot.of(counts.get(i), "第" + (i + 1) + "项", "slot " + (i + 1)));
    }
    return builder.build();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (code() == null) {
      problems.add("the code (notation) is missing");
    }
    if (name() == null || name().isBlank()) {
      problems.add("the name is missing or blank");
    }
    if (region().isPresent() && region().get().isBlank()) {
      problems.add("the region is blank; leave it empty instead");
    }
    if (code() != null) {
      List<SlotCount> terms = FrameworkNotation.parse(code());
      if (terms.size() != slots().size()) {
        problems.add(
            "the notation has "
                + terms.size()
                + " terms but "
                + slots().size()
                + " slots are declared");
      }
      for (int i = 0; i < Math.min(terms.size(), slots().size()); i++) {
        if (!terms.get(i).equals(slots().get(i).count())) {
          problems.add(
              "slot "
                  + (i + 1)
                  + " has count "
                  + slots().get(i).count()
                  + " but the notation's term "
                  + (i + 1)
                  + " is "
                  + terms.get(i));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new FrameworkDefinitionException("framework \"" + code() + "\"", problems);
    }
  }

  /**
   * Builds {@link ServiceFramework} values; {@code build()} checks the rules listed on the type.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableServiceFramework.Builder {
    Builder() {}
  }
}
