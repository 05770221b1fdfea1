package org.shegong.testing.mutation;

import java.util.Objects;
import java.util.Optional;
import org.shegong.core.model.ExchangeRecord;

/**
 * One record of a batch with injected defects, and the defect it carries if any.
 *
 * @param index the 0-based index of the record in the batch
 * @param record the record, broken when {@code defect} is present
 * @param defect the injected defect, or empty for a valid record
 * @since 0.1.0
 */
public record SampleRecord(long index, ExchangeRecord record, Optional<InjectedDefect> defect) {

  /**
   * Checks the components.
   *
   * @param index not negative
   * @param record not null
   * @param defect not null
   */
  public SampleRecord {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(defect, "defect");
  }
}
