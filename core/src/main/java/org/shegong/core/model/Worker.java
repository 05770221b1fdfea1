package org.shegong.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.privacy.Sensitive;
import org.shegong.core.privacy.SensitiveKind;

/**
 * A social worker or other person in a social-work role (社会工作者, 儿童主任, 儿童督导员, 督导): exchange record
 * type {@code worker}.
 *
 * <p>Holds the person's identity, qualification (社会工作者职业水平证书) and roles, and where the person
 * works.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Worker implements ExchangeRecord, WithWorker {

  /** The JSON field names of this record type, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of(
          "id", "name", "citizenId", "phone", "qualification", "roles", "agencyId", "stationId");

  Worker() {}

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
   * Returns the name of the person (姓名); spec field {@code name}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> name();

  /**
   * Returns the citizen ID number of the person (公民身份号码); spec field {@code citizenId}.
   *
   * <p>Held leniently: a malformed number is kept (see {@link CitizenId#lenient(String)}) and
   * reported by validation. Sensitive: printed as {@code ***} by {@code toString()}.
   *
   * @return the value, or empty when absent
   */
  @Sensitive(SensitiveKind.CITIZEN_ID)
  @Value.Redacted
  public abstract Optional<CitizenId> citizenId();

  /**
   * Returns the mobile phone number of the person (手机号码); spec field {@code phone}.
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
   * Returns the professional qualification of the person (职业水平证书); spec field {@code
   * qualification}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Qualification> qualification();

  /**
   * Returns the roles the person holds (岗位角色); spec field {@code roles}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<WorkerRole> roles();

  /**
   * Returns the id of the {@code agency} record of the person's employer (所属机构); spec field {@code
   * agencyId}.
   *
   * <p>A reference to an {@link Agency#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> agencyId();

  /**
   * Returns the id of the {@code station} record where the person works (所在站点); spec field {@code
   * stationId}.
   *
   * <p>A reference to a {@link Station#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> stationId();

  /**
   * Returns the record type, always {@link RecordType#WORKER}; not an attribute.
   *
   * @return {@link RecordType#WORKER}
   */
  @Override
  public final RecordType recordType() {
    return RecordType.WORKER;
  }

  /**
   * Starts building a {@link Worker}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Worker}: one method per attribute, {@code from(…)} to copy an instance; a null
   * argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableWorker.Builder {
    Builder() {}
  }
}
