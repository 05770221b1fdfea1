package org.shegong.serialization.internal.schema;

import java.io.OutputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.ShegongException;
import org.shegong.core.code.CodeSets;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the validation report JSON with Jackson's streaming API and tree model; the
 * implementation behind {@code org.shegong.serialization.report}.
 *
 * <p>Exception messages name keys and JSON Pointers but never echo values: a report's messages and
 * record ids are already masked, but a malformed report may hold anything.
 *
 * @since 0.1.0
 */
public final class ReportCodec {

  /** The rule code of a report JSON that cannot be read. */
  public static final String MALFORMED = "SG-RPT-001";

  /** The rule code of a report that cannot be written (an I/O failure). */
  public static final String WRITE_FAILED = "SG-RPT-002";

  /** The rule code of a streaming report writer used out of order. */
  public static final String WRITER_STATE = "SG-RPT-003";

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // trailing content is checked after the tree, to name it in the message
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .build();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriter WRITER = MAPPER.writer().with(PRETTY);

  private ReportCodec() {}

  /**
   * Opens a pretty-printing UTF-8 generator on a stream; closing it flushes but does not close the
   * stream.
   *
   * @param out the target; not null
   * @return a new generator, never null
   * @throws JacksonException when the generator cannot be created
   */
  public static JsonGenerator generator(OutputStream out) {
    return WRITER.createGenerator(out, JsonEncoding.UTF8);
  }

  /**
   * Writes the fields that open a report: {@code reportVersion} when known, and {@code valid} when
   * known.
   *
   * @param generator the generator, positioned inside the report object
   * @param reportVersion the report version, or null to leave it out (streaming: it depends on the
   *     issues, {@link #writeVersion} writes it at the end)
   * @param valid whether the report is valid, or null to leave it out (streaming)
   * @param profile the profile
   * @param asOf the reference date
   * @param divisionTable the vintage of the division table
   * @throws JacksonException on a write failure
   */
  public static void writeHead(
      JsonGenerator generator,
      @Nullable String reportVersion,
      @Nullable Boolean valid,
      Profile profile,
      LocalDate asOf,
      String divisionTable) {
    if (reportVersion != null) {
      writeVersion(generator, reportVersion);
    }
    if (valid != null) {
      generator.writeBooleanProperty("valid", valid);
    }
    generator.writeStringProperty("profile", profile.code());
    generator.writeStringProperty("asOf", asOf.toString());
    generator.writeStringProperty("divisionTable", divisionTable);
  }

  /**
   * Writes the {@code reportVersion} field.
   *
   * @param generator the generator, positioned inside the report object
   * @param reportVersion {@value Report#REPORT_VERSION} or {@value Report#REPORT_VERSION_1_1}
   * @throws JacksonException on a write failure
   */
  public static void writeVersion(JsonGenerator generator, String reportVersion) {
    generator.writeStringProperty("reportVersion", reportVersion);
  }

  /**
   * Writes the {@code summary} field.
   *
   * @param generator the generator, positioned inside the report object
   * @param summary the summary
   * @throws JacksonException on a write failure
   */
  public static void writeSummary(JsonGenerator generator, Report.Summary summary) {
    generator.writeObjectPropertyStart("summary");
    generator.writeNumberProperty("records", summary.records());
    generator.writeNumberProperty("validRecords", summary.validRecords());
    generator.writeNumberProperty("errors", summary.errors());
    generator.writeNumberProperty("warnings", summary.warnings());
    if (summary.truncated()) {
      generator.writeBooleanProperty("truncated", true);
      generator.writeNumberProperty("issuesOmitted", summary.issuesOmitted());
    }
    generator.writeEndObject();
  }

  /**
   * Writes one issue as an object, in the specification's key order, absent fields left out.
   *
   * @param generator the generator, positioned inside the issues array
   * @param issue the issue
   * @throws JacksonException on a write failure
   */
  public static void writeIssue(JsonGenerator generator, Issue issue) {
    generator.writeStartObject();
    generator.writeStringProperty("severity", issue.severity().code());
    generator.writeStringProperty("code", issue.code());
    writeOptionalString(generator, "file", issue.file());
    writeOptionalString(generator, "sheet", issue.sheet());
    writeOptionalNumber(generator, "line", issue.line());
    writeOptionalNumber(generator, "column", issue.column());
    writeOptionalString(generator, "cell", issue.cell());
    writeOptionalNumber(generator, "recordIndex", issue.recordIndex());
    writeOptionalString(generator, "recordType", issue.recordType());
    writeOptionalString(generator, "recordId", issue.recordId());
    generator.writeStringProperty("path", issue.path());
    generator.writeStringProperty("message", issue.message());
    generator.writeEndObject();
  }

  /**
   * Writes a whole report in the specification's key order.
   *
   * @param report the report
   * @param out the target; flushed, not closed
   * @throws JacksonException on a write failure
   */
  public static void write(Report report, OutputStream out) {
    try (JsonGenerator generator = generator(out)) {
      generator.writeStartObject();
      writeHead(
          generator,
          report.reportVersion(),
          report.valid(),
          report.profile(),
          report.asOf(),
          report.divisionTable());
      writeSummary(generator, report.summary());
      generator.writeArrayPropertyStart("issues");
      for (Issue issue : report.issues()) {
        writeIssue(generator, issue);
      }
      generator.writeEndArray();
      generator.writeEndObject();
      generator.writeRaw('\n');
    }
  }

  /**
   * Reads a report; keys may come in any order, unknown keys are rejected.
   *
   * @param in the JSON text
   * @return the report
   * @throws ShegongException ({@code SG-RPT-001}) when the text is not a valid report
   */
  public static Report read(Reader in) {
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(in)) {
      root = MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        throw malformed("", "trailing content after the report object");
      }
    } catch (JacksonException e) {
      throw new ShegongException(
          MALFORMED,
          MALFORMED
              + " the text is not a well-formed report JSON: "
              + e.getClass().getSimpleName()
              + describeLocation(e),
          e);
    }
    if (root == null || !root.isObject()) {
      throw malformed("", "must be a JSON object");
    }
    checkKeys(root, "", ReportFields.REPORT, ReportFields.REPORT);
    String version = text(root, "", "reportVersion");
    if (!version.equals(Report.REPORT_VERSION) && !version.equals(Report.REPORT_VERSION_1_1)) {
      throw malformed(
          "/reportVersion",
          "the supported report versions are "
              + Report.REPORT_VERSION
              + " and "
              + Report.REPORT_VERSION_1_1);
    }
    boolean version11 = version.equals(Report.REPORT_VERSION_1_1);
    JsonNode summaryNode = object(root, "", "summary");
    List<String> summaryKeys = new ArrayList<>(ReportFields.SUMMARY);
    summaryKeys.addAll(ReportFields.SUMMARY_1_1);
    checkKeys(summaryNode, "/summary", summaryKeys, ReportFields.SUMMARY);
    long omitted = optionalPositive(summaryNode, "/summary", "issuesOmitted", 1).orElse(0L);
    JsonNode truncated = summaryNode.get("truncated");
    if (truncated != null && (!truncated.isBoolean() || truncated.booleanValue() != omitted > 0)) {
      throw malformed("/summary/truncated", "must be true exactly when issuesOmitted is given");
    }
    if (omitted > 0 && truncated == null) {
      throw malformed("/summary/truncated", "must be given (true) with issuesOmitted");
    }
    Report.Summary summary;
    try {
      summary =
          Report.Summary.builder()
              .records(count(summaryNode, "/summary", "records"))
              .validRecords(count(summaryNode, "/summary", "validRecords"))
              .errors(count(summaryNode, "/summary", "errors"))
              .warnings(count(summaryNode, "/summary", "warnings"))
              .issuesOmitted(omitted)
              .build();
    } catch (IllegalStateException e) {
      throw malformed(
          "/summary", "the counts contradict each other (more valid records than records)");
    }
    JsonNode validNode = root.get("valid");
    if (!validNode.isBoolean()) {
      throw malformed("/valid", "must be a boolean");
    }
    if (validNode.booleanValue() != (summary.errors() == 0)) {
      throw malformed("/valid", "must be true exactly when summary.errors is 0");
    }
    Report.Builder report =
        Report.builder()
            .profile(code(Profile.class, root, "", "profile"))
            .asOf(date(root, "", "asOf"))
            .divisionTable(text(root, "", "divisionTable"))
            .summary(summary);
    JsonNode issues = root.get("issues");
    if (!issues.isArray()) {
      throw malformed("/issues", "must be an array");
    }
    for (int i = 0; i < issues.size(); i++) {
      report.addIssues(readIssue(issues.get(i), "/issues/" + i, version11));
    }
    return report.build();
  }

  private static Issue readIssue(JsonNode node, String pointer, boolean version11) {
    if (!node.isObject()) {
      throw malformed(pointer, "must be a JSON object");
    }
    checkKeys(node, pointer, ReportFields.ISSUE, ReportFields.ISSUE_REQUIRED);
    if (!version11) {
      for (String name : ReportFields.ISSUE_1_1) {
        if (node.has(name)) {
          throw malformed(
              pointer + "/" + name,
              "is a field of report version " + Report.REPORT_VERSION_1_1 + ", not of 1.0");
        }
      }
    }
    Issue.Builder issue =
        Issue.builder()
            .severity(code(Severity.class, node, pointer, "severity"))
            .code(text(node, pointer, "code"))
            .path(text(node, pointer, "path"))
            .message(text(node, pointer, "message"));
    optionalText(node, pointer, "file").ifPresent(issue::file);
    optionalText(node, pointer, "sheet").ifPresent(issue::sheet);
    optionalPositive(node, pointer, "line", 1).ifPresent(issue::line);
    optionalPositive(node, pointer, "column", 1).ifPresent(issue::column);
    optionalText(node, pointer, "cell").ifPresent(issue::cell);
    optionalPositive(node, pointer, "recordIndex", 0).ifPresent(issue::recordIndex);
    optionalText(node, pointer, "recordType").ifPresent(issue::recordType);
    optionalText(node, pointer, "recordId").ifPresent(issue::recordId);
    return issue.build();
  }

  private static void checkKeys(
      JsonNode object, String pointer, List<String> allowed, List<String> required) {
    for (String name : object.propertyNames()) {
      if (!allowed.contains(name)) {
        throw malformed(
            pointer + "/" + name,
            "is an unknown key (allowed: " + String.join(", ", allowed) + ")");
      }
    }
    for (String name : required) {
      if (!object.has(name)) {
        throw malformed(pointer + "/" + name, "is required");
      }
    }
  }

  private static String text(JsonNode object, String pointer, String name) {
    JsonNode value = object.get(name);
    if (value == null || !value.isString()) {
      throw malformed(pointer + "/" + name, "must be a string");
    }
    return value.stringValue();
  }

  private static Optional<String> optionalText(JsonNode object, String pointer, String name) {
    return object.has(name) ? Optional.of(text(object, pointer, name)) : Optional.empty();
  }

  private static JsonNode object(JsonNode object, String pointer, String name) {
    JsonNode value = object.get(name);
    if (value == null || !value.isObject()) {
      throw malformed(pointer + "/" + name, "must be an object");
    }
    return value;
  }

  private static long count(JsonNode object, String pointer, String name) {
    return optionalPositive(object, pointer, name, 0).orElseThrow();
  }

  private static Optional<Long> optionalPositive(
      JsonNode object, String pointer, String name, long minimum) {
    JsonNode value = object.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < minimum) {
      throw malformed(pointer + "/" + name, "must be an integer of at least " + minimum);
    }
    return Optional.of(value.longValue());
  }

  private static LocalDate date(JsonNode object, String pointer, String name) {
    try {
      return LocalDate.parse(text(object, pointer, name));
    } catch (DateTimeParseException e) {
      throw malformed(pointer + "/" + name, "must be an ISO-8601 date (yyyy-MM-dd)");
    }
  }

  private static <E extends Enum<E> & org.shegong.core.code.Coded> E code(
      Class<E> codeSet, JsonNode object, String pointer, String name) {
    String code = text(object, pointer, name);
    return CodeSets.find(codeSet, code)
        .orElseThrow(
            () ->
                malformed(
                    pointer + "/" + name,
                    "must be one of " + String.join(", ", CodeSets.allowedCodes(codeSet))));
  }

  private static void writeOptionalString(
      JsonGenerator generator, String name, Optional<String> value) {
    if (value.isPresent()) {
      generator.writeStringProperty(name, value.get());
    }
  }

  private static void writeOptionalNumber(
      JsonGenerator generator, String name, Optional<Long> value) {
    if (value.isPresent()) {
      generator.writeNumberProperty(name, value.get());
    }
  }

  private static String describeLocation(JacksonException e) {
    if (e.getLocation() != null) {
      return " at line "
          + e.getLocation().getLineNr()
          + ", column "
          + e.getLocation().getColumnNr();
    }
    return "";
  }

  private static ShegongException malformed(String pointer, String rule) {
    return new ShegongException(
        MALFORMED,
        MALFORMED
            + " not a valid report JSON: "
            + (pointer.isEmpty() ? "the report" : pointer)
            + " "
            + rule);
  }
}
