package org.shegong.testing.internal;

import org.jspecify.annotations.Nullable;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.testing.mutation.MutationContext;

/**
 * The behaviour of one defect: a broken copy of a record, or null when the defect does not apply.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Mutation {

  /**
   * Returns a copy of the record that breaks the defect's rule.
   *
   * @param record the record to break
   * @param context the reference date, division table and earlier records
   * @return the broken copy, or null when the defect does not apply to this record
   */
  @Nullable ExchangeRecord mutate(ExchangeRecord record, MutationContext context);
}
