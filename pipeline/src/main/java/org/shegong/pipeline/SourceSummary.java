package org.shegong.pipeline;

import java.util.Optional;

/**
 * The counts of one source of a run.
 *
 * @param index the 0-based position of the source among the run's sources
 * @param name the name its issues carry as their file, or empty for records in memory
 * @param records the records read (the header does not count; unreadable lines do)
 * @param validRecords the records without any error
 * @param errors the issues of severity {@code ERROR}
 * @param warnings the issues of severity {@code WARNING}
 * @param bytes the bytes read (compressed bytes for a compressed file; 0 for records in memory)
 * @since 0.1.0
 */
public record SourceSummary(
    int index,
    Optional<String> name,
    long records,
    long validRecords,
    long errors,
    long warnings,
    long bytes) {

  /**
   * Tells whether the source has no error.
   *
   * @return {@code true} when {@link #errors()} is 0
   */
  public boolean valid() {
    return errors == 0;
  }
}
