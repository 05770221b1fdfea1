package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.AgencyKind;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;

/**
 * A social-work agency or other social organisation (社工机构 / 社会组织): exchange record type {@code
 * agency}.
 *
 * <p>An organisation registered with the civil-affairs authority that runs stations and projects.
 * Other records refer to it by {@link #id()} ({@code operatorAgencyId}, {@code agencyId}).
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Agency implements ExchangeRecord, WithAgency {

  /** The JSON field names of this record type, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of("id", "name", "creditCode", "kind", "divisionCode", "registeredOn", "phone");

  Agency() {}

  /**
   * Returns the record id, unique among records of this type in an exchange file; spec field {@code
   * id}.
   *
   * <p>Never null. When not set it is the empty string: a blank id means "missing" and is reported
   * by validation.
   *
   * @return the id, never null; empty when absent
   */
  @Override
  @Value.Default
  public String id() {
    return "";
  }

  /**
   * Returns the registered name of the organisation (机构名称); spec field {@code name}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> name();

  /**
   * Returns the unified social credit code of the organisation (统一社会信用代码); spec field {@code
   * creditCode}.
   *
   * <p>Held leniently: a malformed code is kept (see {@link CreditCode#lenient(String)}) and
   * reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<CreditCode> creditCode();

  /**
   * Returns the kind of organisation (社会组织类型); spec field {@code kind}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<AgencyKind> kind();

  /**
   * Returns the 6-digit county-level division code of the registering authority (登记管理机关行政区划代码);
   * spec field {@code divisionCode}.
   *
   * <p>Held leniently: a malformed code is kept and reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<DivisionCode> divisionCode();

  /**
   * Returns the date the organisation was registered (登记日期); spec field {@code registeredOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> registeredOn();

  /**
   * Returns the contact phone number of the organisation (联系电话); spec field {@code phone}.
   *
   * <p>Plain text, not a {@link MobileNumber}: an organisation's phone may be a landline such as
   * {@code 0898-12345678}. An organisation's number is not personal data, so it is not marked
   * sensitive.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> phone();

  /**
   * Returns the record type, always {@link RecordType#AGENCY}; not an attribute.
   *
   * @return {@link RecordType#AGENCY}
   */
  @Override
  public final RecordType recordType() {
    return RecordType.AGENCY;
  }

  /**
   * Starts building an {@link Agency}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Agency}: one method per attribute, {@code from(…)} to copy an instance; a null
   * argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAgency.Builder {
    Builder() {}
  }
}
