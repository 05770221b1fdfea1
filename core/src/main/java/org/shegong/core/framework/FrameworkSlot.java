package org.shegong.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One slot of a {@link ServiceFramework}: its count, its labels, and optionally the closed set of
 * members it must contain.
 *
 * <p>Rules, checked when the slot is built ({@link FrameworkDefinitionException}, {@code
 * SG-FWK-011}): {@link #count()} is set; {@link #label()} and {@link #labelEn()} are not blank;
 * {@link #members()} are not blank, and when present the count is fixed and equals their number (a
 * closed slot must contain exactly those members); {@link #minimum()} is not negative and is only
 * declared on a variable slot.
 *
 * <p>Build with {@link #builder()}; change one attribute of an existing slot with the {@code with…}
 * methods, for example {@code slot.withMembers(List.of(…))} to name the nine actions of {@code
 * 1+9+N}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FrameworkSlot implements WithFrameworkSlot, java.io.Serializable {

  private static final long serialVersionUID = 1L;

  FrameworkSlot() {}

  /**
   * Returns how many items the slot holds.
   *
   * @return the count, never null on a built slot
   */
  public abstract SlotCount count();

  /**
   * Returns the Chinese label of the slot, for example {@code 资源链接平台}.
   *
   * @return the label, never null or blank
   */
  public abstract String label();

  /**
   * Returns the English label of the slot, for example {@code resource-linking platform}.
   *
   * @return the label, never null or blank
   */
  public abstract String labelEn();

  /**
   * Returns the closed member set of the slot, in declaration order.
   *
   * <p>When not empty, the slot must contain exactly these members (the count is then fixed and
   * equal to their number); when empty, any items are allowed.
   *
   * @return an unmodifiable set, empty for an open slot; never null
   */
  public abstract Set<String> members();

  /**
   * Returns the declared minimum number of items of a variable slot.
   *
   * @return the minimum, 0 unless declared; always 0 for a fixed slot, whose count is exact
   */
  @Value.Default
  public int minimum() {
    return 0;
  }

  /**
   * Tells whether the slot has a closed member set.
   *
   * @return true when {@link #members()} is not empty
   */
  public boolean isClosed() {
    return !members().isEmpty();
  }

  /**
   * Returns a builder for a slot.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an open slot with a fixed or variable count, labels, and no declared minimum.
   *
   * @param count the count; not null
   * @param label the Chinese label; not blank
   * @param labelEn the English label; not blank
   * @return the slot, never null
   * @throws FrameworkDefinitionException ({@code SG-FWK-011}) when a label is blank
   */
  public static FrameworkSlot of(SlotCount count, String label, String labelEn) {
    return builder().count(count).label(label).labelEn(labelEn).build();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (count() == null) {
      problems.add("the count is missing");
    }
    if (label() == null || label().isBlank()) {
      problems.add("the Chinese label is missing or blank");
    }
    if (labelEn() == null || labelEn().isBlank()) {
      problems.add("the English label is missing or blank");
    }
    if (members().stream().anyMatch(String::isBlank)) {
      problems.add("a member is blank");
    }
    if (minimum() < 0) {
      problems.add("the minimum " + minimum() + " is negative");
    }
    if (count() != null && count().isFixed()) {
      int fixed = count().fixedCount().getAsInt();
      if (minimum() != 0) {
        problems.add(
            "a minimum ("
                + minimum()
                + ") is declared on the fixed count "
                + fixed
                + "; it is exact");
      }
      if (!members().isEmpty() && members().size() != fixed) {
        problems.add(
            "the closed member set has "
                + members().size()
                + " members but the fixed count is "
                + fixed);
      }
    } else if (count() != null && !members().isEmpty()) {
      problems.add(
          "a closed member set is declared on the variable count "
              + count()
              + "; only a fixed slot can be closed");
    }
    if (!problems.isEmpty()) {
      throw new FrameworkDefinitionException(
          "slot " + (count() == null ? "?" : count()) + " \"" + label() + "\"", problems);
    }
  }

  /**
   * Builds {@link FrameworkSlot} values; {@code build()} checks the rules listed on the type.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableFrameworkSlot.Builder {
    Builder() {}
  }
}
