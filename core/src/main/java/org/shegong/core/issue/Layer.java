package org.shegong.core.issue;

/**
 * The validation layer a rule belongs to (docs/architecture.md, "Validation layers"), in the order
 * data passes through them.
 *
 * @since 0.1.0
 */
public enum Layer {
  /** The JSON text itself: malformed JSON, duplicate keys, limits (line and column). */
  SYNTAX,
  /** Types, required fields and code-set membership. */
  STRUCTURE,
  /** Identifiers, ranges, dates and formats of single fields. */
  FIELD,
  /** Cross-field rules of one record: ages against categories, tiers against care plans. */
  DOMAIN,
  /**
   * Rules across the records of a batch: duplicate ids, dangling references, one file per person.
   */
  BATCH
}
