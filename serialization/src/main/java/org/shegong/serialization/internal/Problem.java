package org.shegong.serialization.internal;

import java.util.Map;
import org.shegong.core.issue.Rule;

/**
 * One problem found while reading, before it becomes an issue: the rule, the JSON Pointer, the
 * message arguments (sensitive values already masked) and, for syntax problems, the column.
 *
 * @param rule the rule broken; not null
 * @param path the JSON Pointer within the record or line; not null
 * @param arguments the message arguments; not null
 * @param column the 1-based column on the line, or 0 when not known
 * @since 0.1.0
 */
public record Problem(Rule rule, String path, Map<String, ?> arguments, long column) {

  /**
   * Creates a problem without a column.
   *
   * @param rule the rule broken; not null
   * @param path the JSON Pointer; not null
   * @param arguments the message arguments; not null
   * @return the problem, never null
   */
  public static Problem of(Rule rule, String path, Map<String, ?> arguments) {
    return new Problem(rule, path, arguments, 0);
  }
}
