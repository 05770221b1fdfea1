package org.shegong.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.pipeline.PipelineSummary;

/**
 * The JSON report of {@code validate}, in the specification's key order ({@code valid} and {@code
 * summary} before {@code issues}), written as the pipeline hands the issues over; the same bytes as
 * the serialization module's report renderer gives for the same report.
 *
 * @since 0.1.0
 */
final class JsonReport implements ReportWriter {

  private final PrintWriter out;
  private JsonGenerator generator;

  JsonReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin(PipelineSummary summary) {
    try {
      JsonGenerator g = Json.prettyGenerator(out);
      generator = g;
      g.writeStartObject();
      g.writeStringField("reportVersion", Report.REPORT_VERSION);
      g.writeBooleanField("valid", summary.valid());
      g.writeStringField("profile", summary.profile().code());
      g.writeStringField("asOf", summary.asOf().toString());
      g.writeStringField("divisionTable", summary.divisionTable());
      g.writeObjectFieldStart("summary");
      g.writeNumberField("records", summary.records());
      g.writeNumberField("validRecords", summary.validRecords());
      g.writeNumberField("errors", summary.errors());
      g.writeNumberField("warnings", summary.warnings());
      g.writeEndObject();
      g.writeArrayFieldStart("issues");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One issue with the keys in the order of the report format (as its renderer writes them). */
  @Override
  public void issue(Issue issue) {
    try {
      JsonGenerator g = generator;
      g.writeStartObject();
      g.writeStringField("severity", issue.severity().code());
      g.writeStringField("code", issue.code());
      string(g, "file", issue.file());
      number(g, "line", issue.line());
      number(g, "recordIndex", issue.recordIndex());
      string(g, "recordType", issue.recordType());
      string(g, "recordId", issue.recordId());
      g.writeStringField("path", issue.path());
      g.writeStringField("message", issue.message());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void end() {
    try {
      JsonGenerator g = generator;
      g.writeEndArray();
      g.writeEndObject();
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print('\n');
    out.flush();
  }

  private static void string(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void number(JsonGenerator g, String name, Optional<Long> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    }
  }
}
