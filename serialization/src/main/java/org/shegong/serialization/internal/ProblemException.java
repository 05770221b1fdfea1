package org.shegong.serialization.internal;

/**
 * Carries a {@link Problem} out of binding code: thrown by the fail-fast sink and by the tree
 * reader for problems that end the reading of a line. Has no stack trace: it is control flow.
 *
 * @since 0.1.0
 */
public final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  /**
   * Creates the exception.
   *
   * @param problem the problem; not null
   */
  public ProblemException(Problem problem) {
    super(problem.rule().code() + " " + problem.path(), null, false, false);
    this.problem = problem;
  }

  /**
   * Returns the problem.
   *
   * @return the problem, never null
   */
  public Problem problem() {
    return problem;
  }
}
