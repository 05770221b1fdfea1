package org.shegong.pipeline;

import org.shegong.core.issue.Issue;

/**
 * Receives the issues of a run in file order, after the summary, one at a time: what {@link
 * Pipeline#run} hands them to, so that a report of any size can be written with bounded memory.
 *
 * <p>The pipeline calls {@link #begin} once with the run's summary (known only once every source is
 * read), then {@link #accept} for each issue in file order: by source in the order given, then by
 * line (or by record index for records in memory). All calls come from the thread that called
 * {@code run}.
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
   * Receives one issue.
   *
   * @param issue the issue; not null
   */
  void accept(Issue issue);
}
