package org.shegong.testing.mutation;

import java.util.List;

/**
 * A batch of records with injected defects, and the list of those defects in record order.
 *
 * @param records the records, valid except those listed in {@code defects}; unmodifiable
 * @param defects the injected defects in record order; unmodifiable, empty when none
 * @since 0.1.0
 */
public record SampleBatch(
    List<org.shegong.core.model.ExchangeRecord> records, List<InjectedDefect> defects) {

  /**
   * Copies the lists.
   *
   * @param records not null
   * @param defects not null
   */
  public SampleBatch {
    records = List.copyOf(records);
    defects = List.copyOf(defects);
  }
}
