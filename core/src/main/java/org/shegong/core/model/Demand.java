package org.shegong.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.DemandChannel;
import org.shegong.core.code.DemandStatus;
import org.shegong.core.division.DivisionCode;

/**
 * One item of a demand list (需求清单): exchange record type {@code demand}.
 *
 * <p>A need collected from residents (by hotline, home visit, 微心愿, 书记茶摊, survey…), triaged by
 * urgency and difficulty, and followed from collection to completion or rejection.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Demand implements ExchangeRecord, WithDemand {

  /** The JSON field names of this record type, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of(
          "id",
          "divisionCode",
          "channel",
          "summary",
          "urgency",
          "difficulty",
          "status",
          "rejectionReason",
          "serviceRecordIds",
          "satisfaction");

  Demand() {}

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
   * Returns the division code of the community the demand comes from (所在社区区划代码); spec field {@code
   * divisionCode}.
   *
   * <p>Held leniently: a malformed code is kept and reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<DivisionCode> divisionCode();

  /**
   * Returns the channel the demand was collected through (收集渠道); spec field {@code channel}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<DemandChannel> channel();

  /**
   * Returns a short description of the demand (需求摘要); spec field {@code summary}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> summary();

  /**
   * Returns the urgency of the demand, 1 (low) to 3 (high) (紧急程度); spec field {@code urgency}.
   *
   * <p>Any {@code int} is held, so that an out-of-range value can be reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Integer> urgency();

  /**
   * Returns the difficulty of meeting the demand, 1 (low) to 3 (high) (解决难度); spec field {@code
   * difficulty}.
   *
   * <p>Any {@code int} is held, so that an out-of-range value can be reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Integer> difficulty();

  /**
   * Returns the status of the demand (处理状态); spec field {@code status}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<DemandStatus> status();

  /**
   * Returns why the demand was rejected, for the {@code REJECTED} status (不予受理原因); spec field
   * {@code rejectionReason}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> rejectionReason();

  /**
   * Returns the ids of the {@code serviceRecord} records that met the demand (关联服务记录); spec field
   * {@code serviceRecordIds}.
   *
   * <p>Required once the demand is {@code DONE}; checked by validation.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<String> serviceRecordIds();

  /**
   * Returns the satisfaction feedback, 1 to 5 (满意度); spec field {@code satisfaction}.
   *
   * <p>Any {@code int} is held, so that an out-of-range value can be reported by validation.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<Integer> satisfaction();

  /**
   * Returns the record type, always {@link RecordType#DEMAND}; not an attribute.
   *
   * @return {@link RecordType#DEMAND}
   */
  @Override
  public final RecordType recordType() {
    return RecordType.DEMAND;
  }

  /**
   * Starts building a {@link Demand}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Demand}: one method per attribute, {@code from(…)} to copy an instance; a null
   * argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableDemand.Builder {
    Builder() {}
  }
}
