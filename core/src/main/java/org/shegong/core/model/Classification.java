package org.shegong.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.RiskTier;

/**
 * The four-tier risk classification of a child (四级分类建档), the {@code classification} object of a
 * {@code child} record.
 *
 * <p>Records the tier, when and by whom the child was assessed, why, and when the classification
 * must be reviewed.
 *
 * <p>Follows the {@linkplain org.shegong.core.model absence policy} of the model: every attribute
 * may be absent, and values that break a rule are held so that validation can report them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Classification implements WithClassification {

  /** The JSON field names of this object, in the order of the exchange format. */
  public static final List<String> FIELD_NAMES =
      List.of("tier", "assessedOn", "assessorId", "reasons", "nextReviewOn");

  Classification() {}

  /**
   * Returns the risk tier (风险等级); spec field {@code tier}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<RiskTier> tier();

  /**
   * Returns the date of the assessment (评估日期); spec field {@code assessedOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> assessedOn();

  /**
   * Returns the id of the {@code worker} record of the assessor (评估人); spec field {@code
   * assessorId}.
   *
   * <p>A reference to a {@link Worker#id()}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<String> assessorId();

  /**
   * Returns the reasons for the tier (分级理由); spec field {@code reasons}.
   *
   * @return an unmodifiable list, never null; empty when absent
   */
  public abstract List<String> reasons();

  /**
   * Returns the date of the next review (下次复评日期); spec field {@code nextReviewOn}.
   *
   * @return the value, or empty when absent
   */
  public abstract Optional<LocalDate> nextReviewOn();

  /**
   * Starts building a {@link Classification}; unset attributes are absent.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Classification}: one method per attribute, {@code from(…)} to copy an instance;
   * a null argument throws {@link NullPointerException}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableClassification.Builder {
    Builder() {}
  }
}
