package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.CaseStage;
import org.shegong.core.code.ServiceDomain;
import org.shegong.core.code.ServiceMethod;
import org.shegong.core.code.TargetGroup;

/**
 * One delivered service (服务记录): exchange record type {@code serviceRecord}.
 *
 * <p>A casework session, a group session, a community activity, a lecture, a home visit or another
 * service, with who delivered it, to whom, and how many people took part.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class ServiceRecord implements ExchangeRecord, WithServiceRecord {

  /** The JSON field names of this record type, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of(
          "id",
          "stationId",
          "workerIds",
          "method",
          "domain",
          "startedOn",
          "endedOn",
          "recipientIds",
          "targetGroups",
          "participants",
          "volunteerCount",
          "caseStage",
          "sessions");

  ServiceRecord() {}

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
   * Returns the id of the {@code station} record that delivered the service (服务站点); spec field
   * {@code stationId}.
   *
   * <p>A reference to a {@link Station#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> stationId();

  /**
   * Returns the ids of the {@code worker} records of the people who delivered the service (服务社工);
   * spec field {@code workerIds}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<String> workerIds();

  /**
   * Returns the method of the service (服务方式); spec field {@code method}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<ServiceMethod> method();

  /**
   * Returns the service domain the service belongs to (服务领域); spec field {@code domain}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<ServiceDomain> domain();

  /**
   * Returns the date the service started (开始日期); spec field {@code startedOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> startedOn();

  /**
   * Returns the date the service ended (结束日期); spec field {@code endedOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> endedOn();

  /**
   * Returns the ids of the records of the people served (children or other recipients) (服务对象); spec
   * field {@code recipientIds}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<String> recipientIds();

  /**
   * Returns the groups of people the service targets (服务人群); spec field {@code targetGroups}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<TargetGroup> targetGroups();

  /**
   * Returns the number of participations (人次) (参与人次); spec field {@code participants}.
   *
   * <p>Any {@code int} is held, so that a negative count can be reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Integer> participants();

  /**
   * Returns the number of volunteers who took part (志愿者人数); spec field {@code volunteerCount}.
   *
   * <p>Any {@code int} is held, so that a negative count can be reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Integer> volunteerCount();

  /**
   * Returns the casework stage reached, for casework (个案阶段); spec field {@code caseStage}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<CaseStage> caseStage();

  /**
   * Returns the number of sessions (服务次数); spec field {@code sessions}.
   *
   * <p>Any {@code int} is held, so that a count below 1 can be reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Integer> sessions();

  /**
   * Returns the record type, always {@link RecordType#SERVICE_RECORD}; not an attribute.
   *
   * @return {@link RecordType#SERVICE_RECORD}
   */
  @Override
  public final RecordType recordType() {
    return RecordType.SERVICE_RECORD;
  }

  /**
   * Starts building a {@link ServiceRecord}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ServiceRecord}: one method per attribute, {@code from(…)} to copy an instance;
   * a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableServiceRecord.Builder {
    Builder() {}
  }
}
