package org.shegong.testing.mutation;

import java.util.Objects;
import org.shegong.core.model.RecordType;

/**
 * A defect injected into one record of a batch: where it is and which rule it should trigger.
 *
 * <p>Holds no field values, only the record's position, type and id, so it is safe to print.
 *
 * @param recordIndex the 0-based index of the record in the batch (records only, no header)
 * @param recordType the type of the record
 * @param recordId the id of the broken record (for a duplicate id: the duplicated id)
 * @param defect the defect
 * @since 0.1.0
 */
public record InjectedDefect(
    long recordIndex, RecordType recordType, String recordId, Defect defect) {

  /**
   * Checks the components.
   *
   * @param recordIndex not negative
   * @param recordType not null
   * @param recordId not null
   * @param defect not null
   */
  public InjectedDefect {
    if (recordIndex < 0) {
      throw new IllegalArgumentException("recordIndex must not be negative: " + recordIndex);
    }
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(defect, "defect");
  }

  /**
   * Returns the rule code a validator should report at this record, as {@link Defect#ruleCode()}.
   *
   * @return the code, for example {@code SG-CID-004}; never null
   */
  public String expectedRuleCode() {
    return defect.ruleCode();
  }
}
