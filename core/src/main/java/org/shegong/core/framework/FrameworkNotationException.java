package org.shegong.core.framework;

import java.util.Objects;
import org.shegong.core.ShegongException;

/**
 * Thrown when a framework notation such as {@code 1+1+5+X} is malformed.
 *
 * <p>The message starts with the rule code {@value #RULE_CODE}, quotes the notation (shortened when
 * very long), names the 1-based character position of the first problem and says what is wrong
 * there, with a hint when the fix is obvious (full-width {@code ＋}, lower-case {@code x}, spaces).
 * A notation is not sensitive data, so it is shown unmasked.
 *
 * @since 0.1.0
 */
public final class FrameworkNotationException extends ShegongException {

  /** The rule code of "a framework notation must be well formed". */
  public static final String RULE_CODE = "SG-FWK-001";

  private static final long serialVersionUID = 1L;

  private static final int SHOWN_LENGTH = 60;

  private final String notation;
  private final int position;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param notation the notation that was read; not null
   * @param position the 1-based position (in Unicode code points) of the first problem
   * @param problem what is wrong at that position, in English; not null
   */
  public FrameworkNotationException(String notation, int position, String problem) {
    super(
        RULE_CODE,
        RULE_CODE
            + " malformed framework notation \""
            + shown(Objects.requireNonNull(notation, "notation"))
            + "\" at position "
            + position
            + ": "
            + Objects.requireNonNull(problem, "problem"));
    this.notation = notation;
    this.position = position;
    this.problem = problem;
  }

  private static String shown(String notation) {
    StringBuilder out = new StringBuilder();
    int[] codePoints = notation.codePoints().toArray();
    int shownCount = Math.min(codePoints.length, SHOWN_LENGTH);
    for (int i = 0; i < shownCount; i++) {
      int cp = codePoints[i];
      if (Character.isISOControl(cp) || cp == '"' || cp == '\\') {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    if (codePoints.length > SHOWN_LENGTH) {
      out.append('…');
    }
    return out.toString();
  }

  /**
   * Returns the notation that was read.
   *
   * @return the notation, never null
   */
  public String notation() {
    return notation;
  }

  /**
   * Returns the 1-based position, counted in Unicode code points, of the first problem.
   *
   * @return the position, at least 1
   */
  public int position() {
    return position;
  }

  /**
   * Returns what is wrong at {@link #position()}, without the rule code and notation.
   *
   * @return the problem in English, never null
   */
  public String problem() {
    return problem;
  }
}
