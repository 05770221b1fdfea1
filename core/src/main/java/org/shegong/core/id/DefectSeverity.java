package org.shegong.core.id;

/**
 * How serious a defect of an identifier is; the names match the severities of validation issues.
 *
 * @since 0.1.0
 */
public enum DefectSeverity {
  /** The value is wrong: an identifier with such a defect is invalid. */
  ERROR,
  /** The value is usable but deserves attention: an identifier with only warnings is valid. */
  WARNING
}
