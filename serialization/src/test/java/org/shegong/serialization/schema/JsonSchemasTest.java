package org.shegong.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.model.RecordType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class JsonSchemasTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void listsHeaderThenRecordTypesThenReport() {
    List<String> names = JsonSchemas.fileNames();

    assertThat(names).hasSize(RecordType.values().length + 2);
    assertThat(names.get(0)).isEqualTo("header.schema.json");
    assertThat(names.get(5)).isEqualTo("serviceRecord.schema.json");
    assertThat(names.get(names.size() - 1)).isEqualTo("report.schema.json");
    assertThat(JsonSchemas.all()).containsOnlyKeys(names);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void recordSchemaFixesRecordTypeAndListsExactlyTheModelsFields(RecordType type)
      throws IOException {
    JsonNode schema = MAPPER.readTree(JsonSchemas.forRecordType(type));

    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asString())
        .isEqualTo(JsonSchemas.ID_BASE + type.code() + ".schema.json");
    assertThat(schema.at("/properties/recordType/const").asString()).isEqualTo(type.code());
    assertThat(schema.get("properties").propertyNames())
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("recordType"), type.fieldNames().stream())
                .toList());
    assertThat(schema.get("required"))
        .extracting(JsonNode::asText)
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("recordType"), type.requiredFields().stream())
                .toList());
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.get("title").asString()).contains(type.labelZh()).contains(type.labelEn());
  }

  @Test
  void marksSensitiveFieldsWithTheirKind() throws IOException {
    JsonNode child = MAPPER.readTree(JsonSchemas.forRecordType(RecordType.CHILD));

    assertThat(child.at("/properties/citizenId/" + JsonSchemas.SENSITIVE_KEYWORD).asString())
        .isEqualTo("CITIZEN_ID");
    assertThat(child.at("/properties/guardian/properties/phone/x-shegong-sensitive").asString())
        .isEqualTo("PHONE");
    assertThat(child.at("/properties/birthDate/" + JsonSchemas.SENSITIVE_KEYWORD).asString())
        .isEqualTo("BIRTH_DATE");
    assertThat(child.at("/properties/divisionCode").has(JsonSchemas.SENSITIVE_KEYWORD)).isFalse();
  }

  @Test
  void headerAndReportSchemasAreServed() throws IOException {
    assertThat(MAPPER.readTree(JsonSchemas.header()).at("/properties/recordType/const").asString())
        .isEqualTo("header");
    JsonNode report = MAPPER.readTree(JsonSchemas.report());
    assertThat(report.at("/properties/reportVersion/enum").toString())
        .isEqualTo("[\"1.0\",\"1.1\"]");
    assertThat(report.at("/properties/issues/items/properties").propertyNames())
        .contains("sheet", "column", "cell");
  }

  @Test
  void writesEverySchemaFileIntoADirectory(@TempDir Path temp) throws IOException {
    Path target = temp.resolve("out/schemas");

    List<Path> written = JsonSchemas.writeTo(target);

    assertThat(written).hasSize(JsonSchemas.fileNames().size());
    for (String name : JsonSchemas.fileNames()) {
      assertThat(Files.readString(target.resolve(name), StandardCharsets.UTF_8))
          .isEqualTo(JsonSchemas.all().get(name));
    }
  }
}
