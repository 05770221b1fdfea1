package org.shegong.serialization.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON against the shipped schemas with networknt json-schema-validator 3 (draft 2020-12,
 * formats asserted), the validator a partner on the JVM would use.
 */
public final class SchemaValidation {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .pathType(PathType.JSON_POINTER)
                      .build()));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidation() {}

  /** Validates an instance against the shipped schema with the given file name. */
  public static List<Error> validate(String schemaFile, JsonNode instance) {
    Schema schema =
        SCHEMAS.computeIfAbsent(
            schemaFile, name -> REGISTRY.getSchema(JsonSchemas.all().get(name)));
    return schema.validate(instance);
  }

  /**
   * Describes a message as {@code keyword at pointer}; for {@code required} and {@code
   * additionalProperties} the pointer names the property concerned.
   */
  public static String describe(Error message) {
    String location = message.getInstanceLocation().toString();
    if (List.of("required", "additionalProperties").contains(message.getKeyword())) {
      location = location + "/" + message.getProperty();
    }
    return message.getKeyword() + " at " + location;
  }
}
