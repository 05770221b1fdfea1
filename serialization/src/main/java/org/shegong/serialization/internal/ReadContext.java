package org.shegong.serialization.internal;

import java.util.Objects;

/**
 * The state a binder reads with: where problems go, the deepest nesting allowed and whether the
 * presence of required lists is checked.
 *
 * <p>The fail-fast context (a plain {@code readValue}) throws the first problem; a collecting one
 * (the exchange reader) gets every problem of a record and leaves the bad values absent.
 *
 * @since 0.1.0
 */
public final class ReadContext {

  private final Sink sink;
  private final int maxNestingDepth;
  private final boolean checksPresence;

  private ReadContext(Sink sink, int maxNestingDepth, boolean checksPresence) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.maxNestingDepth = maxNestingDepth;
    this.checksPresence = checksPresence;
  }

  /**
   * Returns a context that throws the first problem as a {@link ProblemException} and does not
   * check the presence of required lists (that is a profile's concern, not a mapper's).
   *
   * @param maxNestingDepth the deepest nesting of a record; the record itself is depth 1
   * @return the context, never null
   */
  public static ReadContext failFast(int maxNestingDepth) {
    return new ReadContext(Sink.FAIL_FAST, maxNestingDepth, false);
  }

  /**
   * Returns a context that collects problems.
   *
   * @param sink where problems go; not null
   * @param maxNestingDepth the deepest nesting of a record; the record itself is depth 1
   * @param checksPresence whether a missing required list (written {@code []} when empty) is a
   *     problem, as in the {@code EXCHANGE} profile
   * @return the context, never null
   */
  public static ReadContext collecting(Sink sink, int maxNestingDepth, boolean checksPresence) {
    return new ReadContext(sink, maxNestingDepth, checksPresence);
  }

  /**
   * Reports a problem; the fail-fast context throws instead of returning.
   *
   * @param problem the problem; not null
   */
  public void report(Problem problem) {
    sink.report(problem);
  }

  /**
   * Returns the deepest nesting allowed.
   *
   * @return the depth; a record alone is depth 1
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Tells whether missing required lists are reported.
   *
   * @return {@code true} in the exchange reader under the {@code EXCHANGE} profile
   */
  public boolean checksPresence() {
    return checksPresence;
  }
}
