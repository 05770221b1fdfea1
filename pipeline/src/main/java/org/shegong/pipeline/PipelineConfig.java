package org.shegong.pipeline;

import java.io.Serializable;
import java.util.Objects;
import org.shegong.validation.ValidationConfig;

/**
 * How a {@link Pipeline} runs: the validation configuration, the number of worker threads, the size
 * of the chunks handed to them and the memory the spooled issues may take.
 *
 * <p>None of the last three changes a report: they trade speed against memory. A small serializable
 * value, so that an engine such as Spark can rebuild the pipeline on each worker.
 *
 * <pre>{@code
 * PipelineConfig config = PipelineConfig.builder()
 *     .validation(ValidationConfig.builder().asOf(LocalDate.of(2024, 6, 30)).build())
 *     .threads(4)
 *     .build();
 * }</pre>
 *
 * @param validation the validation configuration (profile, locale, reference date, policies,
 *     division table)
 * @param threads the number of worker threads that read, bind and validate records; at least 1
 * @param chunkBytes the size in bytes at which the lines of an NDJSON source are cut into a chunk
 *     for a worker (a chunk always ends with a whole line); at least 1
 * @param spoolMemoryBytes the bytes of spooled issues kept in memory before they go to a temporary
 *     file; at least 0
 * @param maxIssuesPerRecord the most issues listed for one record (reading, own and batch rules
 *     together); those beyond are counted in one SG-SYN-006 issue that ends the record's list; at
 *     least 1
 * @param maxIssues the most issues a run hands over ({@link #UNLIMITED} for no limit); once it is
 *     reached the run goes on counting records, errors and warnings but keeps no more issues, and
 *     its summary says how many it left out ({@link PipelineSummary#issuesOmitted()}); at least 1
 * @since 0.1.0
 */
public record PipelineConfig(
    ValidationConfig validation,
    int threads,
    int chunkBytes,
    int spoolMemoryBytes,
    int maxIssuesPerRecord,
    long maxIssues)
    implements Serializable {

  /** The default chunk size: 128 KiB, about 250 records of a typical exchange file. */
  public static final int DEFAULT_CHUNK_BYTES = 128 * 1024;

  /** The default memory for spooled issues before they spill to disk: 4 MiB. */
  public static final int DEFAULT_SPOOL_MEMORY_BYTES = 4 << 20;

  /** The default number of issues listed for one record: 100. */
  public static final int DEFAULT_MAX_ISSUES_PER_RECORD = 100;

  /** No limit on the issues of a run, the default of {@link #maxIssues()}. */
  public static final long UNLIMITED = Long.MAX_VALUE;

  private static final long serialVersionUID = 1L;

  /**
   * Creates a configuration.
   *
   * @param validation the validation configuration; not null
   * @param threads the worker threads; at least 1
   * @param chunkBytes the chunk size; at least 1
   * @param spoolMemoryBytes the memory for spooled issues; at least 0
   * @throws IllegalArgumentException when a number is out of its range
   */
  public PipelineConfig {
    Objects.requireNonNull(validation, "validation");
    if (threads < 1) {
      throw new IllegalArgumentException("a pipeline needs at least 1 thread, was " + threads);
    }
    if (chunkBytes < 1) {
      throw new IllegalArgumentException("a chunk is at least 1 byte, was " + chunkBytes);
    }
    if (spoolMemoryBytes < 0) {
      throw new IllegalArgumentException(
          "the spool memory is not negative, was " + spoolMemoryBytes);
    }
    if (maxIssuesPerRecord < 1) {
      throw new IllegalArgumentException(
          "a record lists at least 1 issue, was " + maxIssuesPerRecord);
    }
    if (maxIssues < 1) {
      throw new IllegalArgumentException("a run keeps at least 1 issue, was " + maxIssues);
    }
  }

  /**
   * Creates a configuration with the default limits on issues ({@value
   * #DEFAULT_MAX_ISSUES_PER_RECORD} per record, none per run).
   *
   * @param validation the validation configuration; not null
   * @param threads the worker threads; at least 1
   * @param chunkBytes the chunk size; at least 1
   * @param spoolMemoryBytes the memory for spooled issues; at least 0
   * @throws IllegalArgumentException when a number is out of its range
   */
  public PipelineConfig(
      ValidationConfig validation, int threads, int chunkBytes, int spoolMemoryBytes) {
    this(
        validation,
        threads,
        chunkBytes,
        spoolMemoryBytes,
        DEFAULT_MAX_ISSUES_PER_RECORD,
        UNLIMITED);
  }

  /**
   * Returns the defaults for a validation configuration: a thread per available processor, 128 KiB
   * chunks, 4 MiB of spooled issues in memory.
   *
   * @param validation the validation configuration; not null
   * @return the configuration, never null
   */
  public static PipelineConfig of(ValidationConfig validation) {
    return builder().validation(validation).build();
  }

  /**
   * Returns the number of processors available to this JVM, the default number of threads.
   *
   * @return at least 1
   */
  public static int availableProcessors() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns a copy with another number of threads.
   *
   * @param threads the worker threads; at least 1
   * @return the new configuration, never null
   */
  public PipelineConfig withThreads(int threads) {
    return new PipelineConfig(
        validation, threads, chunkBytes, spoolMemoryBytes, maxIssuesPerRecord, maxIssues);
  }

  /**
   * Starts a configuration with the defaults and {@link ValidationConfig#defaults()}.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PipelineConfig}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ValidationConfig validation = ValidationConfig.defaults();
    private int threads = availableProcessors();
    private int chunkBytes = DEFAULT_CHUNK_BYTES;
    private int spoolMemoryBytes = DEFAULT_SPOOL_MEMORY_BYTES;
    private int maxIssuesPerRecord = DEFAULT_MAX_ISSUES_PER_RECORD;
    private long maxIssues = UNLIMITED;

    private Builder() {}

    /**
     * Sets the validation configuration (default {@link ValidationConfig#defaults()}).
     *
     * @param validation the configuration; not null
     * @return this builder
     */
    public Builder validation(ValidationConfig validation) {
      this.validation = Objects.requireNonNull(validation, "validation");
      return this;
    }

    /**
     * Sets the number of worker threads (default: the available processors).
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /**
     * Sets the chunk size in bytes (default {@value PipelineConfig#DEFAULT_CHUNK_BYTES}).
     *
     * @param chunkBytes at least 1
     * @return this builder
     */
    public Builder chunkBytes(int chunkBytes) {
      this.chunkBytes = chunkBytes;
      return this;
    }

    /**
     * Sets the memory for spooled issues (default {@value
     * PipelineConfig#DEFAULT_SPOOL_MEMORY_BYTES}).
     *
     * @param spoolMemoryBytes at least 0
     * @return this builder
     */
    public Builder spoolMemoryBytes(int spoolMemoryBytes) {
      this.spoolMemoryBytes = spoolMemoryBytes;
      return this;
    }

    /**
     * Sets the most issues listed for one record (default {@value
     * PipelineConfig#DEFAULT_MAX_ISSUES_PER_RECORD}); the rest are counted in one SG-SYN-006 issue.
     *
     * @param maxIssuesPerRecord at least 1
     * @return this builder
     */
    public Builder maxIssuesPerRecord(int maxIssuesPerRecord) {
      this.maxIssuesPerRecord = maxIssuesPerRecord;
      return this;
    }

    /**
     * Sets the most issues the run hands over (default {@link PipelineConfig#UNLIMITED}); counts
     * stay exact beyond it.
     *
     * @param maxIssues at least 1
     * @return this builder
     */
    public Builder maxIssues(long maxIssues) {
      this.maxIssues = maxIssues;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration, never null
     * @throws IllegalArgumentException when a number is out of its range
     */
    public PipelineConfig build() {
      return new PipelineConfig(
          validation, threads, chunkBytes, spoolMemoryBytes, maxIssuesPerRecord, maxIssues);
    }
  }
}
