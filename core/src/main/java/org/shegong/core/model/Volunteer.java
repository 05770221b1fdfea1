package org.shegong.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.privacy.Sensitive;
import org.shegong.core.privacy.SensitiveKind;

/**
 * A volunteer (志愿者): record type {@code volunteer}, an extension beyond exchange format v1.
 *
 * <p>Not part of exchange format v1: the field names follow the format's conventions and may be
 * added to a later version of the format.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Volunteer implements ExchangeRecord, WithVolunteer {

  /** The JSON field names of this record type, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of("id", "name", "citizenId", "phone", "teamId", "stationId", "serviceHours");

  Volunteer() {}

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
   * Returns the name of the volunteer (姓名); spec field {@code name}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> name();

  /**
   * Returns the citizen ID number of the volunteer (公民身份号码); spec field {@code citizenId}.
   *
   * <p>Held leniently: a malformed number is kept and reported by validation. Sensitive: printed as
   * {@code ***} by {@code toString()}.
   *
   * @return the value, or empty when absent
   */
  @Sensitive(SensitiveKind.CITIZEN_ID)
  @Value.Redacted
  public abstract Optional<CitizenId> citizenId();

  /**
   * Returns the mobile phone number of the volunteer (手机号码); spec field {@code phone}.
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
   * Returns the id of the {@code volunteerTeam} record of the volunteer's team (所属志愿服务队); spec
   * field {@code teamId}.
   *
   * <p>A reference to a {@link VolunteerTeam#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> teamId();

  /**
   * Returns the id of the {@code station} record the volunteer serves with (所在站点); spec field
   * {@code stationId}.
   *
   * <p>A reference to a {@link Station#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> stationId();

  /**
   * Returns the hours the volunteer has served (服务时长(小时)); spec field {@code serviceHours}.
   *
   * <p>Any {@code int} is held, so that a negative value can be reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Integer> serviceHours();

  /**
   * Returns the record type, always {@link RecordType#VOLUNTEER}; not an attribute.
   *
   * @return {@link RecordType#VOLUNTEER}
   */
  @Override
  public final RecordType recordType() {
    return RecordType.VOLUNTEER;
  }

  /**
   * Starts building a {@link Volunteer}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Volunteer}: one method per attribute, {@code from(…)} to copy an instance; a
   * null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableVolunteer.Builder {
    Builder() {}
  }
}
