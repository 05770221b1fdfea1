package org.shegong.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;

/**
 * The counts of a run: what a report says besides its issues, for the run and for each source.
 *
 * <p>The same for the same input and configuration whatever the number of threads.
 *
 * @param profile the validation profile
 * @param asOf the reference date
 * @param divisionTable the vintage of the division table checked against, for example {@code
 *     "2022"}
 * @param records the records read, over all sources
 * @param validRecords the records without any error
 * @param errors the issues of severity {@code ERROR}
 * @param warnings the issues of severity {@code WARNING}
 * @param issues all issues found, whatever their severity, including those left out
 * @param sources the counts of each source, in the order given
 * @param issuesOmitted the issues found but not handed over because the run reached {@link
 *     PipelineConfig#maxIssues()}; 0 when the report is complete
 * @since 0.1.0
 */
public record PipelineSummary(
    Profile profile,
    LocalDate asOf,
    String divisionTable,
    long records,
    long validRecords,
    long errors,
    long warnings,
    long issues,
    List<SourceSummary> sources,
    long issuesOmitted) {

  /**
   * Creates a summary; the list of sources is copied.
   *
   * @param profile the validation profile; not null
   * @param asOf the reference date; not null
   * @param divisionTable the vintage of the division table; not null
   * @param records the records read
   * @param validRecords the records without any error
   * @param errors the errors
   * @param warnings the warnings
   * @param issues all issues
   * @param sources the counts of each source; not null
   * @param issuesOmitted the issues left out at the run's limit, at least 0
   */
  public PipelineSummary {
    sources = List.copyOf(sources);
  }

  /**
   * Creates the summary of a run that handed over every issue.
   *
   * @param profile the validation profile; not null
   * @param asOf the reference date; not null
   * @param divisionTable the vintage of the division table; not null
   * @param records the records read
   * @param validRecords the records without any error
   * @param errors the errors
   * @param warnings the warnings
   * @param issues all issues
   * @param sources the counts of each source; not null
   */
  public PipelineSummary(
      Profile profile,
      LocalDate asOf,
      String divisionTable,
      long records,
      long validRecords,
      long errors,
      long warnings,
      long issues,
      List<SourceSummary> sources) {
    this(profile, asOf, divisionTable, records, validRecords, errors, warnings, issues, sources, 0);
  }

  /**
   * Tells whether the run left issues out because it reached its limit of issues.
   *
   * @return {@code true} when {@link #issuesOmitted()} is not 0
   */
  public boolean truncated() {
    return issuesOmitted > 0;
  }

  /**
   * Tells whether the run found no error (warnings allowed).
   *
   * @return {@code true} when {@link #errors()} is 0
   */
  public boolean valid() {
    return errors == 0;
  }

  /**
   * Returns the counts in the form of a report's summary.
   *
   * @return the records, valid records, errors and warnings; never null
   */
  public Report.Summary reportSummary() {
    return Report.Summary.builder()
        .records(records)
        .validRecords(validRecords)
        .errors(errors)
        .warnings(warnings)
        .build();
  }

  /**
   * Returns the counts of the source with this name.
   *
   * @param name a source's name
   * @return the first source with that name, or empty
   */
  public Optional<SourceSummary> source(String name) {
    return sources.stream().filter(s -> s.name().equals(Optional.of(name))).findFirst();
  }
}
