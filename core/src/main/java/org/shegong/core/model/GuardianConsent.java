package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The guardian's consent to processing a child's personal information (监护人同意), the {@code
 * guardianConsent} object of a {@code child} record.
 *
 * <p>Required for children under 14 (个人信息保护法 art. 28/31); the requirement is checked by validation.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GuardianConsent implements WithGuardianConsent {

  /** The JSON field names of this object, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES = List.of("given", "on");

  GuardianConsent() {}

  /**
   * Returns whether the consent was given (是否同意); spec field {@code given}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Boolean> given();

  /**
   * Returns the date of the consent (同意日期); spec field {@code on}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> on();

  /**
   * Starts building a {@link GuardianConsent}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GuardianConsent}: one method per attribute, {@code from(…)} to copy an
   * instance; a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableGuardianConsent.Builder {
    Builder() {}
  }
}
