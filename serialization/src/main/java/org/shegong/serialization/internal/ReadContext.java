package org.shegong.serialization.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
  private final int maxProblems;

  /**
   * Today's date as of the first citizen ID the context reads: the date a birth date is read
   * against (one clock reading per reader rather than one per identifier, none for a reader that
   * reads no citizen ID). A context is used by one thread.
   */
  private @Nullable LocalDate today;

  private int reported;
  private long omitted;

  private ReadContext(Sink sink, int maxNestingDepth, boolean checksPresence, int maxProblems) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.maxNestingDepth = maxNestingDepth;
    this.checksPresence = checksPresence;
    this.maxProblems = maxProblems;
  }

  /**
   * Returns today's date as of the first call.
   *
   * @return the date, never null
   */
  LocalDate today() {
    LocalDate date = today;
    if (date == null) {
      date = LocalDate.now();
      today = date;
    }
    return date;
  }

  /**
   * Returns a context that throws the first problem as a {@link ProblemException} and does not
   * check the presence of required lists (that is a profile's concern, not a mapper's).
   *
   * @param maxNestingDepth the deepest nesting of a record; the record itself is depth 1
   * @return the context, never null
   */
  public static ReadContext failFast(int maxNestingDepth) {
    return new ReadContext(Sink.FAIL_FAST, maxNestingDepth, false, Integer.MAX_VALUE);
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
    return new ReadContext(sink, maxNestingDepth, checksPresence, Integer.MAX_VALUE);
  }

  /**
   * Returns a context that collects at most {@code maxProblems} problems per record and counts the
   * rest (see {@link #full()}, {@link #omitted()} and {@link #startRecord()}).
   *
   * @param sink where problems go; not null
   * @param maxNestingDepth the deepest nesting of a record; the record itself is depth 1
   * @param checksPresence whether a missing required list is a problem
   * @param maxProblems the most problems handed to the sink for one record, at least 1
   * @return the context, never null
   */
  public static ReadContext collecting(
      Sink sink, int maxNestingDepth, boolean checksPresence, int maxProblems) {
    return new ReadContext(sink, maxNestingDepth, checksPresence, maxProblems);
  }

  /**
   * Reports a problem; the fail-fast context throws instead of returning. Once the record has its
   * most problems, further ones are only counted.
   *
   * @param problem the problem; not null
   */
  public void report(Problem problem) {
    if (reported >= maxProblems) {
      omitted++;
      return;
    }
    reported++;
    sink.report(problem);
  }

  /**
   * Tells whether the record has all the problems it may list: callers may then skip building the
   * next problem's path and arguments (it is only counted).
   *
   * @return {@code true} when the next problem would only be counted
   */
  public boolean full() {
    return reported >= maxProblems;
  }

  /**
   * Returns the problems of the current record that were counted but not handed to the sink.
   *
   * @return the count, 0 when nothing was left out
   */
  public long omitted() {
    return omitted;
  }

  /**
   * Returns the most problems listed for one record.
   *
   * @return at least 1
   */
  public int maxProblems() {
    return maxProblems;
  }

  /** Starts a new record: its problems are counted from zero. */
  public void startRecord() {
    reported = 0;
    omitted = 0;
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
