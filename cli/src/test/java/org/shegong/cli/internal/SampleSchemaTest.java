package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.schema.JsonSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code shegong sample} output is 100 % valid under the exported schemas, as a partner checks it:
 * networknt json-schema-validator 3, draft 2020-12, formats asserted (the same check with ajv 8 is
 * {@code benchmarks/ajv/check-sample.mjs}).
 */
class SampleSchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .pathType(PathType.JSON_POINTER)
                      .build()));

  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 20240630})
  void everyLineOfTheSampleIsValidUnderItsSchema(long seed) throws IOException {
    Path file = dir.resolve("sample.ndjson");
    assertThat(
            Cli.run("sample", "-n", "20000", "--seed", Long.toString(seed), "-o", file.toString())
                .exitCode())
        .isZero();

    Map<String, Schema> schemas = new HashMap<>();
    List<String> invalid = new ArrayList<>();
    long lines = 0;
    try (BufferedReader in = Files.newBufferedReader(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines++;
        JsonNode node = MAPPER.readTree(line);
        String type = node.path("recordType").asString();
        String schemaFile =
            type.equals("header")
                ? JsonSchemas.HEADER_FILE
                : JsonSchemas.fileName(RecordType.ofCode(type));
        Schema schema =
            schemas.computeIfAbsent(
                schemaFile, name -> REGISTRY.getSchema(JsonSchemas.all().get(name)));
        var errors = schema.validate(node);
        if (!errors.isEmpty()) {
          // the keyword and pointer only: the line holds (made-up) names and citizen IDs
          invalid.add(
              "line "
                  + lines
                  + ": "
                  + errors.get(0).getKeyword()
                  + " at "
                  + errors.get(0).getInstanceLocation());
        }
      }
    }

    assertThat(lines).isEqualTo(20_001);
    assertThat(invalid).isEmpty();
  }
}
