package org.shegong.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.model.RecordType;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shows that the shipped schemas accept valid sample records of every type and reject samples that
 * are broken in exactly one structural way.
 */
class SampleRecordsSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<ObjectNode> samples() {
    try (InputStream in =
        SampleRecordsSchemaTest.class.getResourceAsStream("samples/valid.ndjson")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .filter(line -> !line.isBlank())
          .map(SampleRecordsSchemaTest::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode parse(String line) {
    return (ObjectNode) MAPPER.readTree(line);
  }

  private static String schemaFileOf(JsonNode line) {
    String type = line.path("recordType").asString();
    return type.equals("header")
        ? JsonSchemas.HEADER_FILE
        : JsonSchemas.fileName(RecordType.ofCode(type));
  }

  private static ObjectNode sampleOf(String recordType) {
    return samples().stream()
        .filter(line -> line.path("recordType").asString().equals(recordType))
        .findFirst()
        .orElseThrow()
        .deepCopy();
  }

  static Stream<ObjectNode> validSamples() {
    return samples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSamples")
  void acceptsValidSample(ObjectNode sample) {
    List<Error> messages = SchemaValidation.validate(schemaFileOf(sample), sample);

    assertThat(messages).isEmpty();
  }

  @Test
  void samplesCoverEveryRecordTypeAndTheHeader() {
    Set<String> covered =
        samples().stream()
            .map(line -> line.path("recordType").asString())
            .collect(Collectors.toSet());

    assertThat(covered).contains("header");
    assertThat(covered)
        .containsAll(Arrays.stream(RecordType.values()).map(RecordType::code).toList());
  }

  static Stream<Arguments> brokenSamples() {
    return Stream.of(
        broken("wrong JSON type: boolean as string", "child", "/ruralHousehold", "\"yes\"", "type"),
        broken("wrong JSON type: integer as string", "demand", "/urgency", "\"3\"", "type"),
        broken("wrong JSON type: money as number", "project", "/amount", "3000", "type"),
        broken("wrong JSON type: object as array", "child", "/classification", "[]", "type"),
        broken("unknown code of the project's own", "agency", "/kind", "\"CHARITY\"", "enum"),
        broken("unknown national code", "child", "/sex", "\"3\"", "enum"),
        broken("unknown code in an array", "child", "/categories/0", "\"ABANDONED\"", "enum"),
        broken(
            "unknown code in a nested object", "child", "/classification/tier", "\"RED\"", "enum"),
        broken("missing required field", "station", "/status", null, "required"),
        broken("missing required array", "child", "/categories", null, "required"),
        broken("missing recordType", "worker", "/recordType", null, "required"),
        broken("unknown property", "worker", "/nickname", "\"小马\"", "additionalProperties"),
        broken(
            "unknown property in a nested object",
            "child",
            "/classification/score",
            "1",
            "additionalProperties"),
        broken("malformed date", "project", "/startsOn", "\"2024/01/01\"", "format"),
        broken("impossible date", "child", "/birthDate", "\"2015-02-30\"", "format"),
        broken(
            "timestamp without offset", "header", "/generatedAt", "\"2024-06-24 10:00\"", "format"),
        broken("money with 3 decimals", "project", "/amount", "\"3000.005\"", "pattern"),
        broken(
            "citizen ID of 17 characters",
            "worker",
            "/citizenId",
            "\"64050219850301003\"",
            "pattern"),
        broken(
            "lower-case x in a citizen ID",
            "child",
            "/citizenId",
            "\"33052120120907004x\"",
            "pattern"),
        broken(
            "credit code with a letter I",
            "agency",
            "/creditCode",
            "\"91350100M000100I43\"",
            "pattern"),
        broken(
            "mobile number not starting 1[3-9]",
            "volunteer",
            "/phone",
            "\"12812341234\"",
            "pattern"),
        broken("division code of 7 digits", "station", "/divisionCode", "\"6405021\"", "pattern"),
        broken("record type of another type", "agency", "/recordType", "\"station\"", "const"),
        broken("urgency above 3", "demand", "/urgency", "7", "maximum"),
        broken("negative participants", "serviceRecord", "/participants", "-1", "minimum"),
        broken("blank id", "project", "/id", "\"\"", "minLength"),
        broken("null for an absent value", "station", "/brand", "null", "type"),
        broken("unsupported format version", "header", "/formatVersion", "\"2.0\"", "const"));
  }

  private static Arguments broken(
      String description, String recordType, String pointer, String valueJson, String keyword) {
    return Arguments.of(description, recordType, pointer, valueJson, keyword);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSamples")
  void rejectsSampleBrokenInOneWay(
      String description, String recordType, String pointer, String valueJson, String keyword)
      throws IOException {
    ObjectNode sample = sampleOf(recordType);
    String schemaFile = schemaFileOf(sample);
    JsonPointer target = JsonPointer.compile(pointer);
    JsonNode parent = sample.at(target.head());
    String last = target.last().getMatchingProperty();
    if (parent instanceof ArrayNode array) {
      array.set(target.last().getMatchingIndex(), MAPPER.readTree(valueJson));
    } else if (valueJson == null) {
      assertThat(((ObjectNode) parent).remove(last)).as("the field to remove").isNotNull();
    } else {
      ((ObjectNode) parent).set(last, MAPPER.readTree(valueJson));
    }

    List<Error> messages = SchemaValidation.validate(schemaFile, sample);

    assertThat(messages.stream().map(SchemaValidation::describe))
        .containsExactly(keyword + " at " + pointer);
  }
}
