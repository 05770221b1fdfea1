package org.shegong.validation;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of a {@link BatchValidation}: how many issues it keeps for its report, and how much
 * memory its cross-record state may take before it spills to disk.
 *
 * <p><b>Memory budget.</b> The batch rules remember every id, every child's citizen ID and every
 * reference not resolved yet. Up to {@link #memoryBudget()} bytes (as the batch counts them: its
 * hash tables, their texts and the pending references) this state is kept in memory and most batch
 * issues are found as each record comes. Beyond it, the batch writes the state to temporary files
 * in {@link #spillDirectory()} and from then on records every id, citizen ID and reference as an
 * entry of an external sort (sorted runs of at most the budget each, merged 128 at a time); {@link
 * BatchValidation#finish()} merges them and finds the remaining duplicates, dangling references and
 * slot misfits, so memory stays near the budget whatever the number of records. The issues and
 * their order in the report are the same whether the state spilled or not; a batch issue of a
 * record that came after the spill is returned by {@code finish()} rather than by {@code validate}
 * (in the order it would have had). The files are deleted when the batch finishes or is closed. One
 * difference remains when {@link #maxRetainedIssues()} cuts the report short: the issues kept are
 * the first ones found, and after a spill batch issues are found later.
 *
 * <p>The default budget is an eighth of the JVM's maximum heap, at least {@value #MIN_DEFAULT} and
 * at most {@value #MAX_DEFAULT} bytes: 8 MiB in a 64 MB heap (about 300,000 records of the sample
 * kept in memory), 512 MiB in a heap of 4 GiB (10,000,000 records), 1 GiB with a heap of 8 GiB or
 * more. The state grows only as records come, so a large budget costs memory only for a large
 * input.
 *
 * @param maxRetainedIssues the number of issues kept for {@link BatchValidation#report()}, 0 or
 *     more; the summary counts every issue all the same
 * @param memoryBudget the bytes of cross-record state kept in memory before it spills to disk, 1 or
 *     more
 * @param spillDirectory where the spilled state's temporary files go (in a new private directory
 *     created there); empty for the JVM's temporary directory ({@code java.io.tmpdir}); not null
 * @since 0.1.0
 */
public record BatchOptions(
    int maxRetainedIssues, long memoryBudget, Optional<Path> spillDirectory) {

  /** The smallest default memory budget, in bytes (4 MiB). */
  public static final long MIN_DEFAULT = 4L << 20;

  /** The largest default memory budget, in bytes (1 GiB). */
  public static final long MAX_DEFAULT = 1024L << 20;

  private static final long DEFAULT_BUDGET =
      Math.max(MIN_DEFAULT, Math.min(MAX_DEFAULT, Runtime.getRuntime().maxMemory() / 8));

  private static final BatchOptions DEFAULTS =
      new BatchOptions(Integer.MAX_VALUE, DEFAULT_BUDGET, Optional.empty());

  /**
   * Checks the options.
   *
   * @param maxRetainedIssues the number of issues kept, 0 or more
   * @param memoryBudget the bytes of state kept in memory, 1 or more
   * @param spillDirectory the directory of the spilled state, or empty; not null
   * @throws IllegalArgumentException when the number of issues is negative or the budget is not
   *     positive
   */
  public BatchOptions {
    if (maxRetainedIssues < 0) {
      throw new IllegalArgumentException("cannot keep a negative number of issues");
    }
    if (memoryBudget < 1) {
      throw new IllegalArgumentException("the memory budget of the batch rules is 1 byte or more");
    }
    Objects.requireNonNull(spillDirectory, "spillDirectory");
  }

  /**
   * Creates options that keep a number of issues, with the default memory budget and directory.
   *
   * @param maxRetainedIssues the number of issues kept, 0 or more
   * @throws IllegalArgumentException when the number is negative
   */
  public BatchOptions(int maxRetainedIssues) {
    this(maxRetainedIssues, DEFAULT_BUDGET, Optional.empty());
  }

  /**
   * Returns the default options: every issue is kept for the report, the default memory budget
   * ({@link #defaultMemoryBudget()}), the JVM's temporary directory.
   *
   * @return the defaults, never null
   */
  public static BatchOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the default memory budget of this JVM: an eighth of the maximum heap, at least {@value
   * #MIN_DEFAULT} and at most {@value #MAX_DEFAULT} bytes.
   *
   * @return the budget in bytes
   */
  public static long defaultMemoryBudget() {
    return DEFAULT_BUDGET;
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
   *   <li>{@link #maxRetainedIssues(int)};
   *   <li>{@link #memoryBudget(long)};
   *   <li>{@link #spillDirectory(Path)}.
   * </ul>
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private int maxRetainedIssues = Integer.MAX_VALUE;
    private long memoryBudget = DEFAULT_BUDGET;
    private Optional<Path> spillDirectory = Optional.empty();

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
     * Sets the bytes of cross-record state kept in memory before it spills to disk; {@link
     * BatchOptions#defaultMemoryBudget()} by default.
     *
     * @param memoryBudget the bytes, 1 or more
     * @return this builder
     */
    public Builder memoryBudget(long memoryBudget) {
      this.memoryBudget = memoryBudget;
      return this;
    }

    /**
     * Sets the directory in which the spilled state's private directory is created; the JVM's
     * temporary directory by default.
     *
     * @param spillDirectory an existing, writable directory; not null
     * @return this builder
     */
    public Builder spillDirectory(Path spillDirectory) {
      this.spillDirectory = Optional.of(Objects.requireNonNull(spillDirectory, "spillDirectory"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, never null
     * @throws IllegalArgumentException when the number of issues is negative or the budget is not
     *     positive
     */
    public BatchOptions build() {
      return new BatchOptions(maxRetainedIssues, memoryBudget, spillDirectory);
    }
  }
}
