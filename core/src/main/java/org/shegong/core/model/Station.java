package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.StationStatus;
import org.shegong.core.division.DivisionCode;

/**
 * A service post (社工站, 指导中心, 社工室 and others): exchange record type {@code station}.
 *
 * <p>A county guidance centre (县级社会工作指导中心), a township station (乡镇(街道)社工站), a village room
 * (村(居)社工室) or another service post, with the service system it follows.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Station implements ExchangeRecord, WithStation {

  /** The JSON field names of this record type, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of(
          "id",
          "name",
          "level",
          "divisionCode",
          "operatorAgencyId",
          "openedOn",
          "status",
          "servicePlan",
          "brand");

  Station() {}

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
   * Returns the name of the post (站点名称); spec field {@code name}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> name();

  /**
   * Returns the level or kind of the post (站点层级); spec field {@code level}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<StationLevel> level();

  /**
   * Returns the division code of the area the post serves (所在行政区划代码); spec field {@code
   * divisionCode}.
   *
   * <p>6 digits for county level, 9 (or 12 ending {@code 000}) for township level, 12 for village
   * level. Held leniently: a malformed code is kept and reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<DivisionCode> divisionCode();

  /**
   * Returns the id of the {@code agency} record of the organisation that runs the post (运营机构); spec
   * field {@code operatorAgencyId}.
   *
   * <p>A reference to an {@link Agency#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> operatorAgencyId();

  /**
   * Returns the date the post opened (建站日期); spec field {@code openedOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> openedOn();

  /**
   * Returns the operating status of the post (运营状态); spec field {@code status}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<StationStatus> status();

  /**
   * Returns the service system the post declares (服务体系); spec field {@code servicePlan}.
   *
   * <p>For example the {@code "1+1+5+X"} framework with its slots filled.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<ServicePlan> servicePlan();

  /**
   * Returns the brand name of the post's signature service (一站一特色品牌); spec field {@code brand}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> brand();

  /**
   * Returns the record type, always {@link RecordType#STATION}; not an attribute.
   *
   * @return {@link RecordType#STATION}
   */
  @Override
  public final RecordType recordType() {
    return RecordType.STATION;
  }

  /**
   * Starts building a {@link Station}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Station}: one method per attribute, {@code from(…)} to copy an instance; a null
   * argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableStation.Builder {
    Builder() {}
  }
}
