package org.shegong.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.privacy.Sensitive;
import org.shegong.core.privacy.SensitiveKind;

/**
 * The guardian of a child (监护人), the {@code guardian} object of a {@code child} record.
 *
 * <p>The guardian's name and phone are sensitive: {@code toString()} prints them as {@code ***}.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Guardian implements WithGuardian {

  /** The JSON field names of this object, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES = List.of("name", "relation", "phone");

  Guardian() {}

  /**
   * Returns the name of the guardian (监护人姓名); spec field {@code name}.
   *
   * <p>Sensitive: printed as {@code ***} by {@code toString()}.
   *
   * @return the value, or empty when absent
   */
  @Sensitive(SensitiveKind.PERSON_NAME)
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * Returns the guardian's relation to the child, as free text (与儿童关系); spec field {@code
   * relation}.
   *
   * <p>For example {@code 祖父}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> relation();

  /**
   * Returns the mobile phone number of the guardian (联系电话); spec field {@code phone}.
   *
   * <p>Held leniently: a malformed number is kept and reported by validation. Sensitive: printed as
   * {@code ***} by {@code toString()}.
   *
   * @return the value, or empty when absent
   */
  @Sensitive(SensitiveKind.PHONE)
  @Value.Redacted
  public abstract Optional<MobileNumber> phone();

  /**
   * Starts building a {@link Guardian}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Guardian}: one method per attribute, {@code from(…)} to copy an instance; a
   * null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableGuardian.Builder {
    Builder() {}
  }
}
