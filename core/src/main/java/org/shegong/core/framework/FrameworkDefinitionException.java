package org.shegong.core.framework;

import java.util.List;
import org.shegong.core.ShegongException;

/**
 * Thrown when a {@link ServiceFramework} or {@link FrameworkSlot} being built is inconsistent: its
 * slots disagree with its notation, a closed member set does not match its fixed count, a label is
 * blank, and so on.
 *
 * <p>The message starts with the rule code {@value #RULE_CODE} and lists every problem found, not
 * only the first. A malformed notation itself is reported by {@link FrameworkNotationException}
 * ({@code SG-FWK-001}).
 *
 * @since 0.1.0
 */
public final class FrameworkDefinitionException extends ShegongException {

  /** The rule code of "a framework's slots must agree with its notation". */
  public static final String RULE_CODE = "SG-FWK-011";

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was being built, for example {@code framework "1+1+5+X"}; not null
   * @param problems every problem found, in English; not null, not empty
   */
  public FrameworkDefinitionException(String subject, List<String> problems) {
    super(
        RULE_CODE,
        RULE_CODE + " inconsistent definition of " + subject + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, one sentence each.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> problems() {
    return problems;
  }
}
