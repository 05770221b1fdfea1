package org.shegong.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The service system a station declares (服务体系), the {@code servicePlan} object of a {@code station}
 * record.
 *
 * <p>Names a framework by its notation and fills each of its slots with concrete items. Both the
 * outer list and every inner list are unmodifiable copies.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServicePlan implements WithServicePlan {

  /** The JSON field names of this object, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES = List.of("framework", "slots");

  ServicePlan() {}

  /**
   * Returns the notation of the framework the plan follows, for example {@code "1+1+5+X"} (服务体系框架);
   * spec field {@code framework}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> framework();

  /**
   * Returns the items of each slot, one inner list per slot in the framework's order (各板块服务内容);
   * spec field {@code slots}.
   *
   * <p>For the service-domain slot the items are service-domain codes. Inner lists are unmodifiable
   * copies.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<List<String>> slots();

  /** Makes every inner slot list an unmodifiable copy; returns this when they already are. */
  @Value.Check
  ServicePlan normalizeSlots() {
    boolean copied = false;
    List<List<String>> slots = new ArrayList<>(slots().size());
    for (List<String> slot : slots()) {
      List<String> copy = List.copyOf(slot);
      copied |= copy != slot;
      slots.add(copy);
    }
    return copied ? builder().from(this).slots(slots).build() : this;
  }

  /**
   * Starts building a {@link ServicePlan}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ServicePlan}: one method per attribute, {@code from(…)} to copy an instance; a
   * null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableServicePlan.Builder {
    Builder() {}
  }
}
