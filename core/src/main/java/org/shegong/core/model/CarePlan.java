package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The care plan of a child (个案帮扶计划), the {@code carePlan} object of a {@code child} record.
 *
 * <p>Required for children in tiers 1 to 3; the requirement is checked by validation.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CarePlan implements WithCarePlan {

  /** The JSON field names of this object, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES = List.of("createdOn", "goals");

  CarePlan() {}

  /**
   * Returns the date the plan was made (制定日期); spec field {@code createdOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> createdOn();

  /**
   * Returns the goals of the plan (帮扶目标); spec field {@code goals}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<String> goals();

  /**
   * Starts building a {@link CarePlan}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CarePlan}: one method per attribute, {@code from(…)} to copy an instance; a
   * null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCarePlan.Builder {
    Builder() {}
  }
}
