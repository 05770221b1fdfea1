package org.shegong.validation;

/**
 * Options of a {@link BatchValidation}.
 *
 * @param maxRetainedIssues the number of issues kept for {@link BatchValidation#report()}, 0 or
 *     more; the summary counts every issue all the same
 * @since 0.1.0
 */
public record BatchOptions(int maxRetainedIssues) {

  private static final BatchOptions DEFAULTS = new BatchOptions(Integer.MAX_VALUE);

  /**
   * Checks the options.
   *
   * @param maxRetainedIssues the number of issues kept, 0 or more
   * @throws IllegalArgumentException when the number is negative
   */
  public BatchOptions {
    if (maxRetainedIssues < 0) {
      throw new IllegalArgumentException("cannot keep a negative number of issues");
    }
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
    return new BatchOptions(maxRetainedIssues);
  }

  /**
   * Starts options with the defaults of {@link #defaults()}.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link BatchOptions}; obtained from {@link BatchOptions#builder()}. Not thread-safe.
   *
   * <ul>
   *   <li>{@link #maxRetainedIssues(int)}.
   * </ul>
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private int maxRetainedIssues = Integer.MAX_VALUE;

    private Builder() {}

    /**
     * Sets the number of issues kept for the report; every issue by default.
     *
     * @param maxRetainedIssues the number, 0 or more
     * @return this builder
     */
    public Builder maxRetainedIssues(int maxRetainedIssues) {
      this.maxRetainedIssues = maxRetainedIssues;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, never null
     * @throws IllegalArgumentException when the number of issues is negative
     */
    public BatchOptions build() {
      return new BatchOptions(maxRetainedIssues);
    }
  }
}
