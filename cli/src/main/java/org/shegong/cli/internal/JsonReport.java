package org.shegong.cli.internal;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.privacy.Scrubber;
import org.shegong.pipeline.PipelineSummary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The JSON report of {@code validate}, in the specification's key order ({@code valid} and {@code
 * summary} before {@code issues}), written as the pipeline hands the issues over; the same bytes as
 * the serialization module's report renderer gives for the same report. Every string from the input
 * passes through {@link Scrubber#scrub(String)} (a no-op for issues, which scrub themselves).
 *
 * @since 0.1.0
 */
final class JsonReport implements ReportWriter {

  private final PrintWriter out;
  private @Nullable JsonGenerator generator;

  JsonReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin(PipelineSummary summary, String reportVersion) {
    try {
      JsonGenerator g = Json.prettyGenerator(out);
      generator = g;
      g.writeStartObject();
      // a truncated report carries report 1.1's summary keys, so it says 1.1 too
      g.writeStringProperty(
          "reportVersion", summary.truncated() ? Report.REPORT_VERSION_1_1 : reportVersion);
      g.writeBooleanProperty("valid", summary.valid());
      g.writeStringProperty("profile", summary.profile().code());
      g.writeStringProperty("asOf", summary.asOf().toString());
      g.writeStringProperty("divisionTable", Scrubber.scrub(summary.divisionTable()));
      g.writeObjectPropertyStart("summary");
      g.writeNumberProperty("records", summary.records());
      g.writeNumberProperty("validRecords", summary.validRecords());
      g.writeNumberProperty("errors", summary.errors());
      g.writeNumberProperty("warnings", summary.warnings());
      if (summary.truncated()) {
        g.writeBooleanProperty("truncated", true);
        g.writeNumberProperty("issuesOmitted", summary.issuesOmitted());
      }
      g.writeEndObject();
      g.writeArrayPropertyStart("issues");
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /** One issue with the keys in the order of the report format (as its renderer writes them). */
  @Override
  public void issue(Issue issue) {
    try {
      JsonGenerator g = Objects.requireNonNull(generator, "begin() comes first");
      g.writeStartObject();
      g.writeStringProperty("severity", issue.severity().code());
      g.writeStringProperty("code", issue.code());
      string(g, "file", issue.file());
      string(g, "sheet", issue.sheet());
      number(g, "line", issue.line());
      number(g, "column", issue.column());
      string(g, "cell", issue.cell());
      number(g, "recordIndex", issue.recordIndex());
      string(g, "recordType", issue.recordType());
      string(g, "recordId", issue.recordId());
      g.writeStringProperty("path", Scrubber.scrub(issue.path()));
      g.writeStringProperty("message", Scrubber.scrub(issue.message()));
      g.writeEndObject();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void end() {
    try {
      JsonGenerator g = Objects.requireNonNull(generator, "begin() comes first");
      g.writeEndArray();
      g.writeEndObject();
      g.close();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    out.print('\n');
    out.flush();
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, Scrubber.scrub(value.get()));
    }
  }

  private static void number(JsonGenerator g, String name, Optional<Long> value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.get());
    }
  }
}
