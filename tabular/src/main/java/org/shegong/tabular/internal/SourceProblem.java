package org.shegong.tabular.internal;

import java.util.Map;
import org.shegong.core.issue.Rule;

/**
 * Thrown by a {@link RowSource} that cannot go on (a CSV file that is not in its encoding, a file
 * that is not a workbook): reported as one issue of the file, after the rows read before it.
 *
 * @since 0.2.0
 */
public final class SourceProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rule broken. */
  private final transient Rule rule;

  /** The row reached, or 0. */
  private final long row;

  /** The arguments of the rule's message. */
  private final transient Map<String, ?> arguments;

  /**
   * Creates the problem.
   *
   * @param rule the rule broken
   * @param row the row reached, or 0
   * @param arguments the arguments of the rule's message
   * @param cause the cause, or null
   */
  public SourceProblem(
      Rule rule,
      long row,
      Map<String, ?> arguments,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(rule.code() + " at row " + row, cause);
    this.rule = rule;
    this.row = row;
    this.arguments = Map.copyOf(arguments);
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns the row reached.
   *
   * @return the row, or 0
   */
  public long row() {
    return row;
  }

  /**
   * Returns the arguments of the rule's message.
   *
   * @return the arguments
   */
  public Map<String, ?> arguments() {
    return arguments;
  }
}
