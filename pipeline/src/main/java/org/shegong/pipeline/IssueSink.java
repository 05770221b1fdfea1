package org.shegong.pipeline;

import org.shegong.core.issue.Issue;

/**
 * Receives the issues of a run in file order, after the summary, one at a time: what {@link
 * Pipeline#run} hands them to, so that a report of any size can be written with bounded memory.
 *
 * <p>The pipeline calls {@link #begin(PipelineSummary, String)} once with the run's summary (known
 * only once every source is read), then {@link #accept} for each issue in file order: by source in
 * the order given, then by line (or by record index for records in memory). All calls come from the
 * thread that called {@code run}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IssueSink {

  /**
   * Receives the summary of the run, before any issue.
   *
   * @param summary the counts of the run; not null
   */
  default void begin(PipelineSummary summary) {}

  /**
   * Receives the summary of the run and the version of the report format its issues need, before
   * any issue; by default calls {@link #begin(PipelineSummary)}.
   *
   * @param summary the counts of the run; not null
   * @param reportVersion {@code "1.1"} when an issue has a {@code column}, {@code sheet} or {@code
   *     cell}, else {@code "1.0"}; not null
   * @since 0.2.0
   */
  default void begin(PipelineSummary summary, String reportVersion) {
    begin(summary);
  }

  /**
   * Receives one issue.
   *
   * @param issue the issue; not null
   */
  void accept(Issue issue);
}
