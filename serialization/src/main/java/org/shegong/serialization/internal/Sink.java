package org.shegong.serialization.internal;

/**
 * Where binding code reports the problems it finds: a collecting sink (the exchange reader: every
 * problem of a record, the bad value left absent) or the fail-fast sink (plain {@code
 * JsonMapper.readValue}: the first problem is thrown).
 *
 * @since 0.1.0
 */
public interface Sink {

  /** The fail-fast sink: throws a {@link ProblemException} for the first problem. */
  Sink FAIL_FAST =
      problem -> {
        throw new ProblemException(problem);
      };

  /**
   * Reports a problem; a fail-fast sink throws {@link ProblemException} instead of returning.
   *
   * @param problem the problem; not null
   */
  void report(Problem problem);
}
