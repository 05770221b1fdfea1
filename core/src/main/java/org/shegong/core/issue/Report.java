package org.shegong.core.issue;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of validating data: what was checked, against what, the counts and every issue.
 *
 * <p>Mirrors the validation report of the exchange format ({@code reportVersion}, {@code valid},
 * {@code profile}, {@code asOf}, {@code divisionTable}, {@code summary}, {@code issues}); the
 * serialization module renders it as that JSON. Issues are in file order.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Report implements WithReport {

  /** The version of the report format of a report whose issues use no field added by 1.1. */
  public static final String REPORT_VERSION = "1.0";

  /**
   * The version of the report format of a report with an issue that has a {@code column}, {@code
   * sheet} or {@code cell}.
   *
   * @since 0.2.0
   */
  public static final String REPORT_VERSION_1_1 = "1.1";

  Report() {}

  /**
   * Returns the profile the data was validated in.
   *
   * @return the profile, never null
   */
  public abstract Profile profile();

  /**
   * Returns the reference date ages, visit intervals and registration windows were computed on.
   *
   * @return the reference date, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the vintage of the division table division codes were checked against.
   *
   * @return for example {@code "2022"}, never null
   */
  public abstract String divisionTable();

  /**
   * Returns the counts of records and issues.
   *
   * @return the summary, never null
   */
  public abstract Summary summary();

  /**
   * Returns every issue, in file order.
   *
   * @return the issues, never null, possibly empty
   */
  public abstract List<Issue> issues();

  /**
   * Tells whether the data is valid: no issue of severity {@link Severity#ERROR}.
   *
   * @return {@code true} when there is no error
   */
  public final boolean valid() {
    return summary().errors() == 0;
  }

  /**
   * Returns the version of the report format: {@value #REPORT_VERSION_1_1} when an issue uses a
   * field that 1.1 added ({@link Issue#usesReport11Fields()}) or the summary says the report was
   * truncated ({@link Summary#truncated()}), else {@value #REPORT_VERSION}.
   *
   * @return the version, never null
   */
  public final String reportVersion() {
    return summary().truncated() ? REPORT_VERSION_1_1 : reportVersion(issues());
  }

  /**
   * Returns the version of the report format that issues need.
   *
   * @param issues the issues of a report; not null
   * @return {@value #REPORT_VERSION_1_1} when one of them uses a field that 1.1 added, else {@value
   *     #REPORT_VERSION}
   * @since 0.2.0
   */
  public static String reportVersion(Iterable<Issue> issues) {
    for (Issue issue : issues) {
      if (issue.usesReport11Fields()) {
        return REPORT_VERSION_1_1;
      }
    }
    return REPORT_VERSION;
  }

  /**
   * Starts a new report.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Report}; obtained from {@link Report#builder()}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }

  /**
   * The counts of a report.
   *
   * @since 0.1.0
   */
  @Value.Immutable
  public abstract static class Summary implements WithSummary {

    Summary() {}

    /**
     * Returns the number of records checked, not counting a header line.
     *
     * @return the number of records, never negative
     */
    public abstract long records();

    /**
     * Returns the number of records without any error.
     *
     * @return the number of valid records, never negative
     */
    public abstract long validRecords();

    /**
     * Returns the number of issues of severity {@link Severity#ERROR}.
     *
     * @return the number of errors, never negative
     */
    public abstract long errors();

    /**
     * Returns the number of issues of severity {@link Severity#WARNING}.
     *
     * @return the number of warnings, never negative
     */
    public abstract long warnings();

    /**
     * Returns the number of issues found but not listed, because the run kept at most a set number
     * of issues ({@code --max-issues}); the counts above include them (report 1.1 writes it as
     * {@code issuesOmitted}, with {@code truncated: true}).
     *
     * @return 0 when the report lists every issue found, else the number left out
     * @since 0.2.0
     */
    @Value.Default
    public long issuesOmitted() {
      return 0;
    }

    /**
     * Tells whether issues were left out of the report ({@link #issuesOmitted()} is not 0).
     *
     * @return {@code true} when the report does not list every issue found
     * @since 0.2.0
     */
    public final boolean truncated() {
      return issuesOmitted() > 0;
    }

    /**
     * Starts a new summary.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    final void checkCounts() {
      if (records() < 0
          || validRecords() < 0
          || errors() < 0
          || warnings() < 0
          || issuesOmitted() < 0) {
        throw new IllegalStateException("report counts are never negative: " + this);
      }
      if (validRecords() > records()) {
        throw new IllegalStateException(
            "a report cannot have more valid records than records: " + this);
      }
    }

    /**
     * Builds a {@link Summary}; obtained from {@link Summary#builder()}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableSummary.Builder {
      Builder() {}
    }
  }
}
