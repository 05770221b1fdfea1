package org.shegong.validation.internal.rules;

import org.shegong.validation.internal.engine.Finding;

/**
 * Receives the findings of the record checks.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FindingSink {

  /**
   * Reports a finding at a path within the record.
   *
   * @param finding the finding; not null
   * @param path field names ({@code String}) and list indexes ({@code Integer}) from the record
   *     down to the offending value, as in a JSON Pointer; empty for the whole record
   */
  void report(Finding finding, Object... path);
}
