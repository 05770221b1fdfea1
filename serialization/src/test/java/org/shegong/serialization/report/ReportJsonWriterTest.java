package org.shegong.serialization.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shegong.core.ShegongException;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;
import org.shegong.serialization.schema.JsonSchemas;
import org.shegong.serialization.schema.SchemaValidation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ReportJsonWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String stream(Report report, ReportJsonTest.ClosingAwareStream out) {
    try (ReportJsonWriter writer =
        ReportJsonWriter.open(out, report.profile(), report.asOf(), report.divisionTable())) {
      report.issues().forEach(writer::write);
      writer.finish(report.summary().records(), report.summary().validRecords());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void streamsTheSameReportWithValidAndSummaryAfterTheIssues() throws IOException {
    Report report = ReportJsonTest.sampleReport();

    JsonNode streamed = MAPPER.readTree(stream(report, new ReportJsonTest.ClosingAwareStream()));

    assertThat(streamed.propertyNames())
        .containsExactly(
            "profile", "asOf", "divisionTable", "issues", "summary", "valid", "reportVersion");
    assertThat(streamed).isEqualTo(MAPPER.readTree(ReportJson.render(report)));
  }

  @Test
  void streamedReportReadsBackToTheSameReport() {
    Report report = ReportJsonTest.sampleReport();

    assertThat(ReportJson.read(stream(report, new ReportJsonTest.ClosingAwareStream())))
        .isEqualTo(report);
  }

  @Test
  void streamedReportConformsToTheReportSchema() throws IOException {
    JsonNode streamed =
        MAPPER.readTree(
            stream(ReportJsonTest.sampleReport(), new ReportJsonTest.ClosingAwareStream()));

    assertThat(SchemaValidation.validate(JsonSchemas.REPORT_FILE, streamed)).isEmpty();
  }

  @Test
  void countsErrorsAndWarningsFromTheIssuesWritten() {
    ReportJsonTest.ClosingAwareStream out = new ReportJsonTest.ClosingAwareStream();
    Report.Summary summary;
    try (ReportJsonWriter writer =
        ReportJsonWriter.open(out, Profile.DRAFT, LocalDate.of(2024, 6, 30), "2022")) {
      writer.write(issue(Severity.WARNING));
      writer.write(issue(Severity.INFO));
      writer.write(issue(Severity.WARNING));
      summary = writer.finish(3, 3);
    }

    assertThat(summary.errors()).isZero();
    assertThat(summary.warnings()).isEqualTo(2);
    assertThat(ReportJson.read(out.toString(StandardCharsets.UTF_8)).valid()).isTrue();
  }

  @Test
  void neverClosesTheStreamItWritesTo() {
    ReportJsonTest.ClosingAwareStream out = new ReportJsonTest.ClosingAwareStream();

    stream(ReportJsonTest.sampleReport(), out);

    assertThat(out.closed).isFalse();
  }

  @Test
  void writesIssuesAsTheyArriveWithoutHoldingThem() {
    ReportJsonTest.ClosingAwareStream out = new ReportJsonTest.ClosingAwareStream();
    try (ReportJsonWriter writer =
        ReportJsonWriter.open(out, Profile.EXCHANGE, LocalDate.of(2024, 6, 30), "2022")) {
      writer.write(issue(Severity.ERROR));
      int afterHead = out.size();
      for (int i = 0; i < 2000; i++) {
        writer.write(issue(Severity.ERROR));
      }

      assertThat(out.size()).as("issues reach the stream before finish").isGreaterThan(afterHead);
      writer.finish(2001, 0);
    }
    assertThat(ReportJson.read(out.toString(StandardCharsets.UTF_8)).issues()).hasSize(2001);
  }

  @Test
  void rejectsIssuesAfterFinish() {
    ReportJsonWriter writer =
        ReportJsonWriter.open(
            OutputStream.nullOutputStream(), Profile.EXCHANGE, LocalDate.of(2024, 6, 30), "2022");
    writer.finish(0, 0);

    assertThatThrownBy(() -> writer.write(issue(Severity.ERROR)))
        .isInstanceOf(ShegongException.class)
        .hasMessageStartingWith("SG-RPT-003");
    assertThatThrownBy(() -> writer.finish(0, 0)).hasMessageStartingWith("SG-RPT-003");
  }

  @Test
  void closingWithoutFinishLeavesAnIncompleteDocument() {
    ReportJsonTest.ClosingAwareStream out = new ReportJsonTest.ClosingAwareStream();
    try (ReportJsonWriter writer =
        ReportJsonWriter.open(out, Profile.EXCHANGE, LocalDate.of(2024, 6, 30), "2022")) {
      writer.write(issue(Severity.ERROR));
    }

    assertThatThrownBy(() -> ReportJson.read(out.toString(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("SG-RPT-001");
  }

  @Test
  void reportsAFailingStream() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(
            () -> {
              try (ReportJsonWriter writer =
                  ReportJsonWriter.open(
                      failing, Profile.EXCHANGE, LocalDate.of(2024, 6, 30), "2022")) {
                writer.finish(0, 0);
              }
            })
        .isInstanceOf(ShegongException.class)
        .hasMessageStartingWith("SG-RPT-002");
  }

  private static Issue issue(Severity severity) {
    return Issue.builder()
        .severity(severity)
        .code("SG-STR-004")
        .file("batch.ndjson")
        .line(3)
        .recordIndex(2)
        .recordType("agency")
        .recordId("A-0003")
        .path("/nickname")
        .message("未知字段 nickname")
        .build();
  }
}
