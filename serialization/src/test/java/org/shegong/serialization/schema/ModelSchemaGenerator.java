package org.shegong.serialization.schema;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.shegong.core.code.Coded;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.model.FieldNames;
import org.shegong.core.model.RecordType;
import org.shegong.core.money.Money;
import org.shegong.core.privacy.Sensitive;
import org.shegong.serialization.internal.schema.ReportFields;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schemas of {@link JsonSchemas} from the model with victools
 * jsonschema-generator; a test-scope tool (users never get victools on their class path).
 *
 * <p>Properties are the model's argument-free accessors named in {@link FieldNames} (for the
 * report: {@link ReportFields}), in that order, with {@code Optional} unwrapped. Code sets become
 * {@code enum}s of their codes, identifiers, division codes and money strings with a {@code
 * pattern}, dates {@code format: date}. Every object forbids unknown properties. {@code required}
 * comes from {@link RecordType#requiredFields()} (added after generation, with {@code recordType}
 * as a {@code const}). The output is deterministic: two-space indent, {@code \n} line ends, a final
 * newline.
 */
final class ModelSchemaGenerator {

  static final String CITIZEN_ID_PATTERN = "^[0-9]{17}[0-9X]$";
  static final String CREDIT_CODE_PATTERN =
      "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-HJ-NPQRTUWXY]$";
  static final String MOBILE_PATTERN = "^1[3-9][0-9]{9}$";
  static final String DIVISION_CODE_PATTERN = "^([0-9]{6}|[0-9]{9}|[0-9]{12})$";
  static final String MONEY_PATTERN = "^-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?$";
  static final String RULE_CODE_PATTERN = "^SG-[A-Z0-9]+-[0-9]{3}$";

  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Declared property lists of the report types, which are not in {@link FieldNames}. */
  private static final Map<Class<?>, List<String>> REPORT_TYPES =
      Map.of(
          Report.class, ReportFields.REPORT,
          Report.Summary.class, ReportFields.SUMMARY,
          Issue.class, ReportFields.ISSUE);

  /** Inclusive ranges of integer fields, from the specification: {min, max or null}. */
  private static final Map<String, Integer[]> RANGES =
      Map.ofEntries(
          Map.entry("ServiceRecord.participants", new Integer[] {0, null}),
          Map.entry("ServiceRecord.volunteerCount", new Integer[] {0, null}),
          Map.entry("ServiceRecord.sessions", new Integer[] {1, null}),
          Map.entry("Demand.urgency", new Integer[] {1, 3}),
          Map.entry("Demand.difficulty", new Integer[] {1, 3}),
          Map.entry("Demand.satisfaction", new Integer[] {1, 5}),
          Map.entry("Qualification.continuingEducationHours", new Integer[] {0, null}),
          Map.entry("Volunteer.serviceHours", new Integer[] {0, null}),
          Map.entry("Summary.records", new Integer[] {0, null}),
          Map.entry("Summary.validRecords", new Integer[] {0, null}),
          Map.entry("Summary.errors", new Integer[] {0, null}),
          Map.entry("Summary.warnings", new Integer[] {0, null}),
          Map.entry("Issue.line", new Integer[] {1, null}),
          Map.entry("Issue.column", new Integer[] {1, null}),
          Map.entry("Issue.recordIndex", new Integer[] {0, null}));

  private final Properties descriptions;
  private final Set<String> missingDescriptions = new TreeSet<>();
  private final ObjectMapper mapper = new ObjectMapper();

  ModelSchemaGenerator() {
    descriptions = new Properties();
    try (InputStream in = getClass().getResourceAsStream("descriptions.properties")) {
      descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Generates every schema.
   *
   * @return file name to schema text, in the order of {@link JsonSchemas#fileNames()}
   */
  Map<String, String> generateAll() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(JsonSchemas.HEADER_FILE, render(headerSchema()));
    for (RecordType type : RecordType.values()) {
      all.put(JsonSchemas.fileName(type), render(recordSchema(type)));
    }
    all.put(JsonSchemas.REPORT_FILE, render(reportSchema()));
    if (!missingDescriptions.isEmpty()) {
      throw new IllegalStateException(
          "descriptions.properties has no description for " + missingDescriptions);
    }
    return all;
  }

  ObjectNode recordSchema(RecordType type) {
    ObjectNode generated = generate(type.javaType());
    ObjectNode recordTypeProperty = NODES.objectNode();
    recordTypeProperty.put("description", "记录类型 / record type");
    recordTypeProperty.put("const", type.code());
    ObjectNode properties = NODES.objectNode();
    properties.set("recordType", recordTypeProperty);
    properties.setAll((ObjectNode) generated.get("properties"));
    ArrayNode required = NODES.arrayNode().add("recordType");
    type.requiredFields().forEach(required::add);

    ObjectNode schema = head(JsonSchemas.fileName(type));
    schema.put("title", type.labelZh() + " / " + type.labelEn());
    schema.put(
        "description",
        "交换格式 v1 中 recordType 为 \""
            + type.code()
            + "\" 的一行记录"
            + (type.extension() ? "（v1 之外的扩展类型）" : "")
            + "。 / One line of an exchange file with recordType \""
            + type.code()
            + "\""
            + (type.extension() ? " (an extension beyond exchange format v1)" : "")
            + ".");
    schema.put("type", "object");
    schema.set("properties", properties);
    schema.set("required", required);
    schema.put("additionalProperties", false);
    return schema;
  }

  ObjectNode reportSchema() {
    ObjectNode generated = generate(Report.class);
    ObjectNode properties = (ObjectNode) generated.get("properties");
    ObjectNode version = (ObjectNode) properties.get("reportVersion");
    version.remove("type");
    version.set("enum", strings(List.of(Report.REPORT_VERSION, Report.REPORT_VERSION_1_1)));
    ObjectNode summary = (ObjectNode) properties.get("summary");
    summary.set("required", strings(ReportFields.SUMMARY));
    ObjectNode summaryProperties = (ObjectNode) summary.get("properties");
    ObjectNode truncated = NODES.objectNode();
    truncated.put("type", "boolean");
    truncated.put(
        "description",
        "报告是否因 --max-issues 截断（1.1，仅截断时出现，且为 true） / whether --max-issues cut the"
            + " report short (1.1; only present, and true, when it did)");
    truncated.put("const", true);
    summaryProperties.set("truncated", truncated);
    ObjectNode omitted = NODES.objectNode();
    omitted.put("type", "integer");
    omitted.put(
        "description",
        "已发现但未列出的问题数（1.1，与 truncated 同时出现） / issues found but not listed (1.1,"
            + " together with truncated)");
    omitted.put("minimum", 1);
    summaryProperties.set("issuesOmitted", omitted);
    ObjectNode together = NODES.objectNode();
    together.set("truncated", strings(List.of("issuesOmitted")));
    together.set("issuesOmitted", strings(List.of("truncated")));
    summary.set("dependentRequired", together);
    ObjectNode issue = (ObjectNode) properties.get("issues").get("items");
    issue.set("required", strings(ReportFields.ISSUE_REQUIRED));
    ((ObjectNode) issue.get("properties").get("code")).put("pattern", RULE_CODE_PATTERN);

    ObjectNode schema = head(JsonSchemas.REPORT_FILE);
    schema.put("title", "校验报告 / validation report");
    schema.put(
        "description",
        "shegong validate --format json 的输出；流式输出时 valid 与 summary 位于 issues 之后（JSON 对象的键序无意义）。"
            + " / Output of shegong validate --format json; in streaming output valid and summary"
            + " follow issues (the order of keys in a JSON object is not significant).");
    schema.put("type", "object");
    schema.set("properties", properties);
    schema.set("required", strings(ReportFields.REPORT));
    schema.put("additionalProperties", false);
    return schema;
  }

  ObjectNode headerSchema() {
    ObjectNode properties = NODES.objectNode();
    properties.set(
        "recordType",
        NODES.objectNode().put("description", "头行标记 / header marker").put("const", "header"));
    properties.set(
        "formatVersion",
        NODES
            .objectNode()
            .put("description", "交换格式版本 / version of the exchange format")
            .put("const", "1.0"));
    properties.set(
        "sender",
        NODES.objectNode().put("description", "发送方 / sender of the file").put("type", "string"));
    properties.set(
        "generatedAt",
        NODES
            .objectNode()
            .put("description", "生成时间（含时区偏移） / time of generation, with offset")
            .put("type", "string")
            .put("format", "date-time"));
    properties.set(
        "recordCount",
        NODES
            .objectNode()
            .put("description", "其后的记录数，须与实际一致 / number of records that follow; must match")
            .put("type", "integer")
            .put("minimum", 0));
    ObjectNode schema = head(JsonSchemas.HEADER_FILE);
    schema.put("title", "交换文件头行 / exchange file header");
    schema.put("description", "交换文件可选的第一行。 / The optional first line of an exchange file.");
    schema.put("type", "object");
    schema.set("properties", properties);
    schema.set("required", strings(List.of("recordType", "formatVersion")));
    schema.put("additionalProperties", false);
    return schema;
  }

  /**
   * Runs victools on a model type and names properties by their accessor: victools names a property
   * derived from a non-getter method {@code name()}, the JSON field is {@code name}.
   */
  private ObjectNode generate(Class<?> type) {
    ObjectNode schema = generator().generateSchema(type);
    stripMethodParentheses(schema);
    return (ObjectNode) dropNull(schema);
  }

  /**
   * Removes {@code null} from the allowed types: victools marks the properties of an {@code
   * Optional} accessor nullable, but the exchange format omits an absent value rather than writing
   * {@code null}.
   */
  private static JsonNode dropNull(JsonNode node) {
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, dropNull(array.get(i)));
      }
      return array;
    }
    if (!(node instanceof ObjectNode object)) {
      return node;
    }
    ObjectNode result = NODES.objectNode();
    JsonNode anyOf = object.get("anyOf");
    if (anyOf instanceof ArrayNode alternatives) {
      List<JsonNode> nonNull = new ArrayList<>();
      alternatives.forEach(
          alternative -> {
            if (!isNullType(alternative)) {
              nonNull.add(alternative);
            }
          });
      if (nonNull.size() == 1 && nonNull.size() < alternatives.size()) {
        result.setAll((ObjectNode) dropNull(nonNull.get(0)));
        object.remove("anyOf");
      }
    }
    object
        .properties()
        .forEach(
            entry -> {
              JsonNode value = entry.getValue();
              if (entry.getKey().equals("type") && value instanceof ArrayNode types) {
                List<String> nonNull = new ArrayList<>();
                types.forEach(
                    type -> {
                      if (!type.asString().equals("null")) {
                        nonNull.add(type.asString());
                      }
                    });
                result.set(
                    "type",
                    nonNull.size() == 1 ? NODES.stringNode(nonNull.get(0)) : strings(nonNull));
              } else {
                result.set(entry.getKey(), dropNull(value));
              }
            });
    return result;
  }

  private static boolean isNullType(JsonNode node) {
    return node.size() == 1 && node.path("type").asString().equals("null");
  }

  private static void stripMethodParentheses(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode properties = object.get("properties");
      if (properties instanceof ObjectNode propertyNodes) {
        Map<String, JsonNode> renamed = new LinkedHashMap<>();
        propertyNodes
            .properties()
            .forEach(entry -> renamed.put(accessorName(entry.getKey()), entry.getValue()));
        propertyNodes.removeAll();
        propertyNodes.setAll(renamed);
      }
      JsonNode required = object.get("required");
      if (required instanceof ArrayNode names) {
        for (int i = 0; i < names.size(); i++) {
          names.set(i, accessorName(names.get(i).asString()));
        }
      }
      object.values().forEach(ModelSchemaGenerator::stripMethodParentheses);
    } else if (node instanceof ArrayNode array) {
      array.values().forEach(ModelSchemaGenerator::stripMethodParentheses);
    }
  }

  private static String accessorName(String propertyName) {
    return propertyName.endsWith("()")
        ? propertyName.substring(0, propertyName.length() - 2)
        : propertyName;
  }

  private ObjectNode head(String fileName) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DRAFT);
    schema.put("$id", JsonSchemas.ID_BASE + fileName);
    return schema;
  }

  private SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(
                Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                Option.INLINE_ALL_SCHEMAS)
            .without(
                Option.SCHEMA_VERSION_INDICATOR,
                Option.NULLABLE_FIELDS_BY_DEFAULT,
                Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT,
                Option.PUBLIC_NONSTATIC_FIELDS,
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS);
    config.forFields().withIgnoreCheck(field -> true);
    config.forMethods().withIgnoreCheck(method -> propertyIndex(method) < 0);
    // Optional<T> is T: an absent value is an absent property, never null (see dropNull).
    config
        .forMethods()
        .withTargetTypeOverridesResolver(
            method -> {
              ResolvedType type = method.getType();
              return type != null && type.getErasedType() == Optional.class
                  ? List.of(type.getTypeParameters().get(0))
                  : null;
            });
    config.forTypesInGeneral().withPropertySorter(Comparator.comparingInt(this::propertyIndex));
    config
        .forMethods()
        .withDescriptionResolver(
            method -> method.isFakeContainerItemScope() ? null : description(method));
    config.forMethods().withNumberInclusiveMinimumResolver(method -> bound(method, 0));
    config.forMethods().withNumberInclusiveMaximumResolver(method -> bound(method, 1));
    config
        .forMethods()
        .withStringMinLengthResolver(
            method ->
                method.getDeclaredName().equals("id") && !method.isFakeContainerItemScope()
                    ? 1
                    : null);
    config
        .forMethods()
        .withInstanceAttributeOverride(
            (node, method, context) -> {
              Sensitive sensitive = method.getAnnotation(Sensitive.class);
              if (sensitive != null && !method.isFakeContainerItemScope()) {
                node.put(JsonSchemas.SENSITIVE_KEYWORD, sensitive.value().name());
              }
            });
    config
        .forTypesInGeneral()
        .withCustomDefinitionProvider(
            (type, context) -> {
              ObjectNode definition = valueTypeDefinition(type);
              return definition == null
                  ? null
                  : new CustomDefinition(
                      definition,
                      CustomDefinition.INLINE_DEFINITION,
                      CustomDefinition.EXCLUDING_ATTRIBUTES);
            });
    return new SchemaGenerator(config.build());
  }

  /** The schema of a type that the exchange format writes as one JSON string, or null. */
  private static ObjectNode valueTypeDefinition(ResolvedType type) {
    Class<?> raw = type.getErasedType();
    ObjectNode node = NODES.objectNode().put("type", "string");
    if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
      ArrayNode codes = node.putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        codes.add(((Coded) constant).code());
      }
      return node;
    }
    if (raw == LocalDate.class) {
      return node.put("format", "date");
    }
    if (raw == CitizenId.class) {
      return node.put("pattern", CITIZEN_ID_PATTERN);
    }
    if (raw == CreditCode.class) {
      return node.put("pattern", CREDIT_CODE_PATTERN);
    }
    if (raw == MobileNumber.class) {
      return node.put("pattern", MOBILE_PATTERN);
    }
    if (raw == DivisionCode.class) {
      return node.put("pattern", DIVISION_CODE_PATTERN);
    }
    if (raw == Money.class) {
      return node.put("pattern", MONEY_PATTERN);
    }
    return null;
  }

  /** The model type that declares a property, whose field list orders and filters it. */
  private static Class<?> owner(MemberScope<?, ?> member) {
    return member.getDeclaringType().getErasedType();
  }

  private static List<String> declaredProperties(Class<?> type) {
    List<String> reportFields = REPORT_TYPES.get(type);
    return reportFields != null ? reportFields : FieldNames.of(type).orElse(List.of());
  }

  private int propertyIndex(MemberScope<?, ?> member) {
    return declaredProperties(owner(member)).indexOf(member.getDeclaredName());
  }

  private String description(MemberScope<?, ?> member) {
    String simpleName = owner(member).getSimpleName();
    String field = member.getDeclaredName();
    String text = descriptions.getProperty(simpleName + "." + field);
    if (text == null) {
      text = descriptions.getProperty("*." + field);
    }
    if (text == null) {
      missingDescriptions.add(simpleName + "." + field);
      return null;
    }
    Sensitive sensitive = member.getAnnotation(Sensitive.class);
    return sensitive == null ? text : text + "（敏感信息 / sensitive personal data）";
  }

  private static BigDecimal bound(MemberScope<?, ?> member, int which) {
    if (member.isFakeContainerItemScope()) {
      return null;
    }
    Integer[] range = RANGES.get(owner(member).getSimpleName() + "." + member.getDeclaredName());
    return range == null || range[which] == null ? null : BigDecimal.valueOf(range[which]);
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /** Renders a schema deterministically: two-space indent, {@code \n}, final newline. */
  String render(JsonNode schema) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return mapper.writer().with(printer).writeValueAsString(schema) + "\n";
  }
}
