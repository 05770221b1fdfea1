package org.shegong.serialization.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against the shipped schemas with networknt json-schema-validator (draft 2020-12,
 * {@code format} asserted, JSON Pointer locations); a test helper.
 */
public final class SchemaValidation {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidation() {}

  /** Validates an instance against the shipped schema with the given file name. */
  public static Set<ValidationMessage> validate(String schemaFile, JsonNode instance) {
    JsonSchema schema =
        SCHEMAS.computeIfAbsent(
            schemaFile, name -> FACTORY.getSchema(JsonSchemas.all().get(name), CONFIG));
    return schema.validate(instance);
  }

  /**
   * Describes a message as {@code keyword at pointer}; for {@code required} and {@code
   * additionalProperties} the pointer names the property concerned.
   */
  public static String describe(ValidationMessage message) {
    String location = message.getInstanceLocation().toString();
    if (List.of("required", "additionalProperties").contains(message.getType())) {
      location = location + "/" + message.getProperty();
    }
    return message.getType() + " at " + location;
  }
}
