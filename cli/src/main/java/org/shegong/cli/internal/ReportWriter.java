package org.shegong.cli.internal;

import org.shegong.core.issue.Issue;
import org.shegong.pipeline.PipelineSummary;

/**
 * Writes the report of {@code validate} from the pipeline's stream: the summary, then the issues in
 * file order, then the end.
 *
 * @since 0.1.0
 */
interface ReportWriter {

  /**
   * Starts the report; the counts are final, the version is the one the issues need ({@code "1.1"}
   * when one has a column, a sheet or a cell).
   */
  void begin(PipelineSummary summary, String reportVersion);

  /** Writes one issue. */
  void issue(Issue issue);

  /** Ends the report. */
  void end();
}
