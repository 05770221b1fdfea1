package org.shegong.cli.internal;

import org.shegong.core.ShegongException;

/**
 * A command cannot run: a file cannot be read or written, an option value is unusable. Reported on
 * one line with exit status 2.
 *
 * @since 0.1.0
 */
final class CommandFailure extends ShegongException {

  private static final long serialVersionUID = 1L;

  /** SG-CLI-001: an input file cannot be read. */
  static final String UNREADABLE_INPUT = "SG-CLI-001";

  /** SG-CLI-002: an output file or directory cannot be written. */
  static final String UNWRITABLE_OUTPUT = "SG-CLI-002";

  /** SG-CLI-003: an option value cannot be used (for example an unknown region). */
  static final String UNUSABLE_OPTION = "SG-CLI-003";

  /** SG-CLI-004: standard output cannot be written (disk full, closed, a pipe closed early). */
  static final String OUTPUT_FAILED = "SG-CLI-004";

  /** SG-INT-001: the report names internal failures (issues SG-INT-001): it is incomplete. */
  static final String INTERNAL_ISSUES = "SG-INT-001";

  /**
   * SG-INT-002: the command itself failed inside Shegong (a bug, an error such as out of memory).
   */
  static final String INTERNAL_FAILURE = "SG-INT-002";

  CommandFailure(String code, String message) {
    super(code, code + " " + message);
  }

  CommandFailure(String code, String message, Throwable cause) {
    super(code, code + " " + message, cause);
  }
}
