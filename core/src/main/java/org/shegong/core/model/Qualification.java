package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.QualificationLevel;

/**
 * A professional qualification of a social worker (社会工作者职业水平证书), the {@code qualification} object
 * of a {@code worker} record.
 *
 * <p>The level, the certificate, and the registration and continuing-education state of a
 * qualification.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Qualification implements WithQualification {

  /** The JSON field names of this object, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of(
          "level", "certificateNo", "obtainedOn", "registeredUntil", "continuingEducationHours");

  Qualification() {}

  /**
   * Returns the level of the qualification (证书等级); spec field {@code level}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<QualificationLevel> level();

  /**
   * Returns the certificate number (证书编号); spec field {@code certificateNo}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> certificateNo();

  /**
   * Returns the date the qualification was obtained (取得日期); spec field {@code obtainedOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> obtainedOn();

  /**
   * Returns the date the current registration ends (登记有效期至); spec field {@code registeredUntil}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> registeredUntil();

  /**
   * Returns the hours of continuing education in the current period (继续教育学时); spec field {@code
   * continuingEducationHours}.
   *
   * <p>Any {@code int} is held, so that a negative value can be reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Integer> continuingEducationHours();

  /**
   * Starts building a {@link Qualification}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Qualification}: one method per attribute, {@code from(…)} to copy an instance;
   * a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableQualification.Builder {
    Builder() {}
  }
}
