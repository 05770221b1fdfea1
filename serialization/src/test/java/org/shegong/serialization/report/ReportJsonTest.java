package org.shegong.serialization.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shegong.core.ShegongException;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;
import org.shegong.serialization.schema.JsonSchemas;
import org.shegong.serialization.schema.SchemaValidation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

class ReportJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A small report: a syntax error, a structure error, a warning without file. */
  static Report sampleReport() {
    return Report.builder()
        .profile(Profile.EXCHANGE)
        .asOf(LocalDate.of(2024, 6, 30))
        .divisionTable("2022")
        .summary(
            Report.Summary.builder().records(1200).validRecords(1187).errors(2).warnings(1).build())
        .addIssues(
            Issue.builder()
                .severity(Severity.ERROR)
                .code("SG-SYN-001")
                .file("batch.ndjson")
                .line(7)
                .path("")
                .message("第 7 行不是合法的 JSON：第 42 列缺少逗号")
                .build(),
            Issue.builder()
                .severity(Severity.ERROR)
                .code("SG-STR-003")
                .file("batch.ndjson")
                .line(18)
                .recordIndex(17)
                .recordType("child")
                .recordId("C-0017")
                .path("/classification/tier")
                .message("未知代码 \"RED\"，允许值：TIER_1, TIER_2, TIER_3, TIER_4")
                .build(),
            Issue.builder()
                .severity(Severity.WARNING)
                .code("SG-CID-006")
                .recordType("worker")
                .recordId("W-0003")
                .path("/citizenId")
                .message("15 位旧身份号码 110105******002 已转换为 18 位")
                .build())
        .build();
  }

  static String golden() throws IOException {
    try (InputStream in = ReportJsonTest.class.getResourceAsStream("golden-report.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void rendersTheGoldenReportExactly() throws IOException {
    assertThat(ReportJson.render(sampleReport())).isEqualTo(golden());
  }

  @Test
  void keepsTheSpecificationsKeyOrder() throws IOException {
    JsonNode report = MAPPER.readTree(ReportJson.render(sampleReport()));

    assertThat(report.propertyNames())
        .containsExactly(
            "reportVersion", "valid", "profile", "asOf", "divisionTable", "summary", "issues");
    assertThat(report.get("summary").propertyNames())
        .containsExactly("records", "validRecords", "errors", "warnings");
    assertThat(report.get("issues").get(1).propertyNames())
        .containsExactly(
            "severity",
            "code",
            "file",
            "line",
            "recordIndex",
            "recordType",
            "recordId",
            "path",
            "message");
  }

  @Test
  void leavesOutAbsentOptionalIssueFields() throws IOException {
    JsonNode warning = MAPPER.readTree(ReportJson.render(sampleReport())).get("issues").get(2);

    assertThat(warning.propertyNames())
        .containsExactly("severity", "code", "recordType", "recordId", "path", "message");
  }

  @Test
  void readsBackWhatItRenders() {
    Report report = sampleReport();

    assertThat(ReportJson.read(ReportJson.render(report))).isEqualTo(report);
  }

  @Test
  void roundTripsAReportWithoutIssues() {
    Report empty =
        Report.builder()
            .profile(Profile.DRAFT)
            .asOf(LocalDate.of(2025, 1, 1))
            .divisionTable("2023")
            .summary(
                Report.Summary.builder().records(0).validRecords(0).errors(0).warnings(0).build())
            .build();

    String json = ReportJson.render(empty);

    assertThat(json).contains("\"valid\": true").contains("\"issues\": [ ]");
    assertThat(ReportJson.read(json)).isEqualTo(empty);
  }

  @Test
  void renderedReportConformsToTheReportSchema() throws IOException {
    JsonNode report = MAPPER.readTree(ReportJson.render(sampleReport()));

    assertThat(SchemaValidation.validate(JsonSchemas.REPORT_FILE, report)).isEmpty();
  }

  @Test
  void theReportSchemaRejectsAnIssueWithoutCode() throws IOException {
    ObjectNode report = (ObjectNode) MAPPER.readTree(ReportJson.render(sampleReport()));
    ((ObjectNode) report.get("issues").get(0)).remove("code");

    assertThat(SchemaValidation.validate(JsonSchemas.REPORT_FILE, report))
        .map(SchemaValidation::describe)
        .containsExactly("required at /issues/0/code");
  }

  @Test
  void writesUtf8ToAStreamWithoutClosingIt() {
    ClosingAwareStream out = new ClosingAwareStream();

    ReportJson.write(sampleReport(), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ReportJson.render(sampleReport()));
    assertThat(out.closed).isFalse();
  }

  @Test
  void writesTheLocationOfACellAndVersion11() {
    Issue cell =
        Issue.builder()
            .severity(Severity.ERROR)
            .code("SG-STR-003")
            .file("台账.xlsx")
            .sheet("儿童")
            .line(17)
            .column(4)
            .cell("D17")
            .recordIndex(14)
            .recordType("child")
            .path("/sex")
            .message("m")
            .build();
    Report report = Report.builder().from(sampleReport()).issues(List.of(cell)).build();

    String json = ReportJson.render(report);

    assertThat(report.reportVersion()).isEqualTo("1.1");
    assertThat(json)
        .contains("\"reportVersion\": \"1.1\"")
        .contains(
            "\"file\": \"台账.xlsx\",\n      \"sheet\": \"儿童\",\n      \"line\": 17,\n"
                + "      \"column\": 4,\n      \"cell\": \"D17\",");
    assertThat(ReportJson.read(json).issues()).containsExactly(cell);
  }

  @Test
  void aTruncatedReportSaysSoAndReadsBack() {
    Report full = sampleReport();
    Report cut =
        Report.builder()
            .from(full)
            .summary(Report.Summary.builder().from(full.summary()).issuesOmitted(7).build())
            .build();

    String json = ReportJson.render(cut);

    assertThat(cut.reportVersion()).isEqualTo("1.1");
    assertThat(json).contains("\"truncated\": true", "\"issuesOmitted\": 7");
    assertThat(ReportJson.read(json)).isEqualTo(cut);
    assertThat(ReportJson.read(ReportJson.render(full)).summary().truncated()).isFalse();
    assertThatThrownBy(() -> ReportJson.read(json.replace("\"issuesOmitted\": 7", "\"x\": 1")))
        .isInstanceOf(ShegongException.class);
    assertThatThrownBy(
            () -> ReportJson.read(json.replace("\"truncated\": true", "\"truncated\": false")))
        .isInstanceOf(ShegongException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void staysVersion10WithoutTheFieldsOf11() {
    assertThat(sampleReport().reportVersion()).isEqualTo("1.0");
    assertThat(ReportJson.render(sampleReport()))
        .contains("\"reportVersion\": \"1.0\"")
        .doesNotContain("\"column\"", "\"sheet\"", "\"cell\"");
  }

  @Test
  void readsKeysInAnyOrder() {
    String json =
        "{\"issues\":[{\"message\":\"m\",\"path\":\"/id\",\"code\":\"SG-STR-001\",\"severity\":\"ERROR\"}],"
            + "\"summary\":{\"warnings\":0,\"errors\":1,\"validRecords\":0,\"records\":1},"
            + "\"valid\":false,\"divisionTable\":\"2022\",\"asOf\":\"2024-06-30\","
            + "\"profile\":\"EXCHANGE\",\"reportVersion\":\"1.0\"}";

    Report report = ReportJson.read(json);

    assertThat(report.summary().errors()).isEqualTo(1);
    assertThat(report.issues()).singleElement().extracting(Issue::path).isEqualTo("/id");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON | {\"reportVersion\": | not a well-formed report JSON",
        "an array | [] | the report must be a JSON object",
        "trailing content | §VALID§ {} | trailing content",
        "duplicate key | §VALID-DUPLICATE§ | not a well-formed report JSON",
        "unknown key | §VALID-EXTRA§ | /extra is an unknown key",
        "wrong version | §VALID-VERSION§ | /reportVersion the supported report versions are 1.0 and 1.1",
        "1.1 field in 1.0 | §VALID-CELL-IN-1.0§ | /issues/0/cell is a field of report version 1.1",
        "valid contradicts errors | §VALID-CONTRADICTION§ | /valid must be true exactly when",
        "unknown severity | §VALID-SEVERITY§ | /issues/0/severity must be one of ERROR, WARNING, INFO",
        "negative line | §VALID-LINE§ | /issues/0/line must be an integer of at least 1",
        "missing summary | §VALID-NO-SUMMARY§ | /summary is required",
      })
  void rejectsMalformedReport(String description, String template, String expected) {
    String json = malformed(template.strip());

    assertThatThrownBy(() -> ReportJson.read(json))
        .isInstanceOf(ShegongException.class)
        .hasMessageStartingWith("SG-RPT-001")
        .hasMessageContaining(expected.strip())
        .satisfies(e -> assertThat(((ShegongException) e).ruleCode()).isEqualTo("SG-RPT-001"));
  }

  @Test
  void neverEchoesValuesOfAMalformedReport() {
    String json = malformed("§VALID-SEVERITY§").replace("\"FATAL\"", "\"11010519491231002X\"");

    assertThatThrownBy(() -> ReportJson.read(json)).hasMessageNotContaining("11010519491231002X");
  }

  private static String malformed(String template) {
    String valid = ReportJson.render(sampleReport());
    return switch (template.replaceAll(" \\{\\}$", "")) {
      case "§VALID§" -> template.replace("§VALID§", valid);
      case "§VALID-DUPLICATE§" ->
          valid.replaceFirst(
              "\"profile\": \"EXCHANGE\"", "\"profile\": \"EXCHANGE\", \"profile\": \"DRAFT\"");
      case "§VALID-EXTRA§" -> valid.replaceFirst("\\{", "{\"extra\": 1,");
      case "§VALID-VERSION§" -> valid.replace("\"1.0\"", "\"2.0\"");
      case "§VALID-CELL-IN-1.0§" -> valid.replace("\"line\": 7", "\"line\": 7, \"cell\": \"D7\"");
      case "§VALID-CONTRADICTION§" -> valid.replace("\"valid\": false", "\"valid\": true");
      case "§VALID-SEVERITY§" -> valid.replaceFirst("\"ERROR\"", "\"FATAL\"");
      case "§VALID-LINE§" -> valid.replace("\"line\": 7", "\"line\": -7");
      case "§VALID-NO-SUMMARY§" -> valid.replaceAll("(?s)\"summary\": \\{.*?\\},", "");
      default -> template;
    };
  }

  /** Records whether it was closed. */
  static final class ClosingAwareStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
