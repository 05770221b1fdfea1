package org.shegong.pipeline;

import java.util.List;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;

/**
 * The outcome of {@link Pipeline#validate}: the summary and every issue, in file order.
 *
 * @param summary the counts of the run and of each source
 * @param issues every issue, in file order (by source in the order given, then by line)
 * @since 0.1.0
 */
public record PipelineResult(PipelineSummary summary, List<Issue> issues) {

  /**
   * Creates a result; the issues are copied.
   *
   * @param summary the counts; not null
   * @param issues the issues in file order; not null
   */
  public PipelineResult {
    issues = List.copyOf(issues);
  }

  /**
   * Tells whether the run found no error (warnings allowed).
   *
   * @return {@code true} when there is no error
   */
  public boolean valid() {
    return summary.valid();
  }

  /**
   * Returns the result as the exchange format's validation report, ready for {@code
   * ReportJson.render}.
   *
   * @return the report, never null
   */
  public Report report() {
    return Report.builder()
        .profile(summary.profile())
        .asOf(summary.asOf())
        .divisionTable(summary.divisionTable())
        .summary(summary.reportSummary())
        .issues(issues)
        .build();
  }
}
