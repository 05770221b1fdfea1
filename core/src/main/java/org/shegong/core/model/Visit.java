package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.VisitKind;

/**
 * One follow-up visit to a child (走访), an element of the {@code visits} array of a {@code child}
 * record.
 *
 * <p>Visits must respect the tier's visit interval; the interval is a policy checked by validation.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Visit implements WithVisit {

  /** The JSON field names of this object, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES = List.of("on", "workerId", "kind");

  Visit() {}

  /**
   * Returns the date of the visit (走访日期); spec field {@code on}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> on();

  /**
   * Returns the id of the {@code worker} record of the visitor (走访人); spec field {@code workerId}.
   *
   * <p>A reference to a {@link Worker#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> workerId();

  /**
   * Returns the kind of visit (走访方式); spec field {@code kind}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<VisitKind> kind();

  /**
   * Starts building a {@link Visit}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Visit}: one method per attribute, {@code from(…)} to copy an instance; a null
   * argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableVisit.Builder {
    Builder() {}
  }
}
