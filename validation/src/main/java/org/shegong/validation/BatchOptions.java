package org.shegong.validation;

/**
 * Options of a {@link BatchValidation}.
 *
 * @since 0.1.0
 */
public final class BatchOptions {

  private static final BatchOptions DEFAULTS = new BatchOptions(Integer.MAX_VALUE);

  private final int maxRetainedIssues;

  private BatchOptions(int maxRetainedIssues) {
    this.maxRetainedIssues = maxRetainedIssues;
  }

  /**
   * Returns the default options: every issue is kept for the report.
   *
   * @return the defaults, never null
   */
  public static BatchOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that keep at most a number of issues for {@link BatchValidation#report()}; the
   * summary counts every issue all the same. Use {@code 0} when the caller consumes the issues as
   * {@link BatchValidation#validate} returns them, so that memory does not grow with the number of
   * issues.
   *
   * @param maxRetainedIssues the number of issues kept, 0 or more
   * @return the options, never null
   * @throws IllegalArgumentException when the number is negative
   */
  public static BatchOptions retainingAtMost(int maxRetainedIssues) {
    if (maxRetainedIssues < 0) {
      throw new IllegalArgumentException("cannot keep a negative number of issues");
    }
    return new BatchOptions(maxRetainedIssues);
  }

  /**
   * Returns the number of issues kept for the report.
   *
   * @return the number, {@link Integer#MAX_VALUE} by default
   */
  public int maxRetainedIssues() {
    return maxRetainedIssues;
  }

  @Override
  public String toString() {
    return "BatchOptions{maxRetainedIssues=" + maxRetainedIssues + "}";
  }
}
