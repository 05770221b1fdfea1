package org.shegong.serialization.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;
import org.shegong.core.ShegongException;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;
import org.shegong.serialization.internal.schema.ReportCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Streams a report JSON: the head first, then each issue as it is found, then the summary; memory
 * does not grow with the number of issues.
 *
 * <p><b>Key order.</b> {@code valid}, {@code summary} and {@code reportVersion} ({@code "1.1"} as
 * soon as one issue has a {@code column}, {@code sheet} or {@code cell}) depend on every issue, so
 * the streaming writer writes them <em>after</em> {@code issues}: {@code profile}, {@code asOf},
 * {@code divisionTable}, {@code issues}, {@code summary}, {@code valid}, {@code reportVersion}. The
 * order of keys in a JSON object is not significant, so the document has the same meaning as the
 * output of {@link ReportJson#render(Report)} (which keeps the specification's order), conforms to
 * the same {@code report.schema.json} and is read by {@link ReportJson#read(String)}. (Keeping the
 * specification's order with bounded memory would need spooling the issues to a temporary file; the
 * writer deliberately does not touch the disk.)
 *
 * <pre>{@code
 * try (ReportJsonWriter writer =
 *     ReportJsonWriter.open(System.out, Profile.EXCHANGE, asOf, table.vintage())) {
 *   for (…each issue as found…) {
 *     writer.write(issue);
 *   }
 *   writer.finish(records, validRecords);
 * }
 * }</pre>
 *
 * <p>{@code errors} and {@code warnings} of the summary are counted from the issues written. The
 * writer never closes the stream it writes to (the caller owns it, which may be {@code
 * System.out}); {@link #close()} flushes it. A writer closed without {@link #finish(long, long)}
 * leaves an incomplete document, as a run that was aborted should. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportJsonWriter implements AutoCloseable {

  private final JsonGenerator generator;
  private long errors;
  private long warnings;
  private boolean version11;
  private boolean finished;
  private boolean closed;

  private ReportJsonWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  /**
   * Opens a writer and writes the head of the report.
   *
   * @param out the target, written as UTF-8; never closed by the writer; not null
   * @param profile the profile the batch was validated with; not null
   * @param asOf the reference date of the validation; not null
   * @param divisionTable the vintage of the division table used, for example {@code "2022"}; not
   *     null
   * @return the writer, positioned to write issues; never null
   * @throws ShegongException ({@code SG-RPT-002}) when the stream fails
   */
  public static ReportJsonWriter open(
      OutputStream out, Profile profile, LocalDate asOf, String divisionTable) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(divisionTable, "divisionTable");
    try {
      JsonGenerator generator = ReportCodec.generator(out);
      generator.writeStartObject();
      ReportCodec.writeHead(generator, null, null, profile, asOf, divisionTable);
      generator.writeArrayPropertyStart("issues");
      return new ReportJsonWriter(generator);
    } catch (JacksonException e) {
      throw writeFailed(e);
    }
  }

  /**
   * Writes one issue; issues should come in file order.
   *
   * @param issue the issue; not null
   * @throws ShegongException ({@code SG-RPT-003}) after {@link #finish(long, long)} or {@link
   *     #close()}, ({@code SG-RPT-002}) when the stream fails
   */
  public void write(Issue issue) {
    Objects.requireNonNull(issue, "issue");
    checkOpen("write an issue");
    try {
      ReportCodec.writeIssue(generator, issue);
    } catch (JacksonException e) {
      throw writeFailed(e);
    }
    version11 |= issue.usesReport11Fields();
    if (issue.severity() == Severity.ERROR) {
      errors++;
    } else if (issue.severity() == Severity.WARNING) {
      warnings++;
    }
  }

  /**
   * Ends the issues, writes {@code summary} and {@code valid} and completes the document.
   *
   * @param records the number of records checked, not counting a header line; not negative
   * @param validRecords the number of records without any error; between 0 and {@code records}
   * @return the summary written, with the errors and warnings counted from the issues; never null
   * @throws ShegongException ({@code SG-RPT-003}) when called twice or after {@link #close()},
   *     ({@code SG-RPT-002}) when the stream fails
   * @throws IllegalStateException when the counts contradict each other
   */
  public Report.Summary finish(long records, long validRecords) {
    checkOpen("finish the report");
    Report.Summary summary =
        Report.Summary.builder()
            .records(records)
            .validRecords(validRecords)
            .errors(errors)
            .warnings(warnings)
            .build();
    finished = true;
    try {
      generator.writeEndArray();
      ReportCodec.writeSummary(generator, summary);
      generator.writeBooleanProperty("valid", errors == 0);
      ReportCodec.writeVersion(
          generator, version11 ? Report.REPORT_VERSION_1_1 : Report.REPORT_VERSION);
      generator.writeEndObject();
      generator.writeRaw('\n');
      generator.flush();
    } catch (JacksonException e) {
      throw writeFailed(e);
    }
    return summary;
  }

  /**
   * Returns the number of issues of severity {@link Severity#ERROR} written so far.
   *
   * @return the count, never negative
   */
  public long errors() {
    return errors;
  }

  /**
   * Returns the number of issues of severity {@link Severity#WARNING} written so far.
   *
   * @return the count, never negative
   */
  public long warnings() {
    return warnings;
  }

  /**
   * Flushes the stream (without closing it); a writer closed before {@link #finish(long, long)}
   * leaves an incomplete document. Closing twice has no further effect.
   *
   * @throws ShegongException ({@code SG-RPT-002}) when the stream fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (finished) {
        generator.close();
      } else {
        generator.flush();
      }
    } catch (JacksonException e) {
      throw writeFailed(e);
    }
  }

  private void checkOpen(String action) {
    if (finished || closed) {
      throw new ShegongException(
          ReportCodec.WRITER_STATE,
          ReportCodec.WRITER_STATE
              + " cannot "
              + action
              + ": the report writer is already "
              + (closed ? "closed" : "finished"));
    }
  }

  private static ShegongException writeFailed(JacksonException e) {
    return new ShegongException(
        ReportCodec.WRITE_FAILED,
        ReportCodec.WRITE_FAILED + " the report JSON cannot be written: " + e.getOriginalMessage(),
        e);
  }
}
