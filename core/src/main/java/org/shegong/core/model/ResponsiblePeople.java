package org.shegong.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The people responsible for a child (责任人), the {@code responsibleIds} object of a {@code child}
 * record.
 *
 * <p>Tiers 1 to 3 need a child supervisor and a child director, tiers 1 and 2 also a professional
 * social worker; the requirement is checked by validation. Each id refers to a {@link Worker#id()}.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ResponsiblePeople implements WithResponsiblePeople {

  /** The JSON field names of this object, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of("childSupervisorId", "childDirectorId", "socialWorkerId");

  ResponsiblePeople() {}

  /**
   * Returns the id of the township-level child supervisor (儿童督导员); spec field {@code
   * childSupervisorId}.
   *
   * <p>A reference to a {@link Worker#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> childSupervisorId();

  /**
   * Returns the id of the village-level child director (儿童主任); spec field {@code childDirectorId}.
   *
   * <p>A reference to a {@link Worker#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> childDirectorId();

  /**
   * Returns the id of the professional social worker (社会工作者); spec field {@code socialWorkerId}.
   *
   * <p>A reference to a {@link Worker#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> socialWorkerId();

  /**
   * Starts building a {@link ResponsiblePeople}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResponsiblePeople}: one method per attribute, {@code from(…)} to copy an
   * instance; a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableResponsiblePeople.Builder {
    Builder() {}
  }
}
