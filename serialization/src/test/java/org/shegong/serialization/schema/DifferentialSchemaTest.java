package org.shegong.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.serialization.ShegongModule;
import org.shegong.testing.sample.SampleData;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writer, the exported JSON Schemas and the Java reader + validator keep one contract: every
 * record the writer emits is valid under its schema, and for every single-defect mutation a JSON
 * Schema can express, the schema (networknt 3, draft 2020-12, formats asserted) and Java give the
 * same verdict.
 *
 * <p>Records come from the testing module's generator, several seeds (in the case names); the
 * mutation sites are found by walking each record's own schema, so every typed, enumerated,
 * patterned, formatted, bounded and required property of every record type is a candidate. Per
 * record and per kind of defect one site is picked with the seed, to keep the run short.
 *
 * <p>Disagreements on purpose are {@link #ON_PURPOSE listed} with the rule and the reason; the test
 * checks that they are the only ones.
 */
class DifferentialSchemaTest {

  private static final long[] SEEDS = {11, 22, 33, 44};
  private static final int RECORDS_PER_SEED = 800;
  private static final JsonMapper MAPPER = ShegongModule.newMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ShegongValidator VALIDATOR =
      ShegongValidator.create(
          ValidationConfig.builder().asOf(SampleData.DEFAULT_AS_OF).locale(Locale.ENGLISH).build());
  private static final Map<RecordType, JsonNode> SCHEMAS = new EnumMap<>(RecordType.class);
  private static final Map<String, Integer> CHECKED = new TreeMap<>();

  /**
   * The kinds of defect a JSON Schema can express, each done to one value of a valid record.
   *
   * @since 0.1.0
   */
  enum Defect {
    /** A value of another JSON type (a number for a string, a string for the rest). */
    WRONG_TYPE,
    /** JSON {@code null} instead of the value. */
    NULL_VALUE,
    /** A string that is not one of the {@code enum}'s codes. */
    NOT_IN_ENUM,
    /** A string that does not match the {@code pattern}. */
    PATTERN_MISMATCH,
    /** A date that is not a {@code format: date} (month 13). */
    BAD_DATE,
    /** An integer below the {@code minimum}. */
    BELOW_MINIMUM,
    /** An integer above the {@code maximum}. */
    ABOVE_MAXIMUM,
    /** An empty string where {@code minLength} is 1. */
    TOO_SHORT,
    /** A {@code required} field left out. */
    MISSING_REQUIRED,
    /** A member no schema property names, on the record or on a nested object. */
    UNKNOWN_FIELD
  }

  /**
   * The disagreements on purpose: the defect, the condition and why Java decides otherwise. Every
   * other mutation must get the same verdict from both.
   */
  static final Map<Defect, String> ON_PURPOSE =
      Map.of(
          Defect.NULL_VALUE,
          "an optional field set to null: the schema rejects null (the format leaves an absent"
              + " value out), the reader accepts it as absent (the model's absence policy, which"
              + " tolerates writers that write null); a required field set to null is SG-STR-001"
              + " in both");

  /** A place in a record where a defect can be put: a JSON Pointer and the schema of the value. */
  record Site(String pointer, JsonNode schema, boolean required) {}

  static Stream<Arguments> records() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed : SEEDS) {
      List<ExchangeRecord> records =
          SampleData.withSeed(seed).withVolunteers().records(RECORDS_PER_SEED);
      cases.add(Arguments.of(seed, records));
    }
    return cases.stream();
  }

  private static JsonNode schema(RecordType type) {
    return SCHEMAS.computeIfAbsent(type, t -> MAPPER.readTree(JsonSchemas.forRecordType(t)));
  }

  private static boolean schemaRejects(RecordType type, JsonNode instance) {
    return !SchemaValidation.validate(JsonSchemas.fileName(type), instance).isEmpty();
  }

  /** The Java verdict: the exchange reader (EXCHANGE) then the validator; an ERROR rejects. */
  private static boolean javaRejects(String line) {
    List<Issue> issues = new ArrayList<>();
    try (ExchangeReader reader =
        ExchangeReader.open(new StringReader(line), ReadOptions.defaults())) {
      for (ReadRecord read : reader) {
        issues.addAll(read.issues());
        read.record().ifPresent(record -> issues.addAll(VALIDATOR.validate(record)));
      }
    }
    return issues.stream().anyMatch(Issue::isError);
  }

  private static List<Issue> javaIssues(ExchangeRecord record) {
    List<Issue> issues = new ArrayList<>(VALIDATOR.validate(record));
    try (ExchangeReader reader =
        ExchangeReader.open(
            new StringReader(MAPPER.writeValueAsString(record)), ReadOptions.defaults())) {
      reader.forEach(read -> issues.addAll(read.issues()));
    }
    return issues;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("records")
  void everyRecordTheWriterEmitsIsValidUnderItsSchemaAndForJava(
      long seed, List<ExchangeRecord> records) {
    for (ExchangeRecord record : records) {
      JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(record));

      assertThat(SchemaValidation.validate(JsonSchemas.fileName(record.recordType()), written))
          .as("seed %d, %s %s", seed, record.recordType().code(), record.id())
          .isEmpty();
      assertThat(javaIssues(record))
          .as("seed %d, %s %s", seed, record.recordType().code(), record.id())
          .filteredOn(Issue::isError)
          .isEmpty();
    }
  }

  @Test
  void aChildWithoutCategoriesIsWrittenWithAnEmptyListThatTheSchemaAccepts() {
    Child child =
        Child.builder()
            .from(
                (Child)
                    SampleData.withSeed(5).records(200).stream()
                        .filter(Child.class::isInstance)
                        .findFirst()
                        .orElseThrow())
            .categories(List.of())
            .build();
    ObjectNode written = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(child));

    assertThat(written.get("categories").isArray()).isTrue();
    assertThat(schemaRejects(RecordType.CHILD, written)).isFalse();
    written.remove("categories");
    assertThat(schemaRejects(RecordType.CHILD, written)).isTrue();
    assertThat(javaRejects(MAPPER.writeValueAsString(written))).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("records")
  void schemaAndJavaGiveTheSameVerdictOnEverySingleDefect(long seed, List<ExchangeRecord> records) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> disagreements = new ArrayList<>();
    for (ExchangeRecord record : records) {
      RecordType type = record.recordType();
      ObjectNode written = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(record));
      List<Site> sites = new ArrayList<>();
      collect(written, schema(type), "", true, sites);
      for (Defect defect : Defect.values()) {
        for (Map.Entry<String, ObjectNode> entry : mutate(written, sites, defect, random)) {
          ObjectNode mutant = entry.getValue();
          boolean schema = schemaRejects(type, mutant);
          boolean java = javaRejects(MAPPER.writeValueAsString(mutant));
          CHECKED.merge(defect.name(), 1, Integer::sum);
          if (schema != java && !onPurpose(defect, mutant, written, type)) {
            disagreements.add(
                String.format(
                    "seed %d %s %s %s at %s: schema %s, Java %s",
                    seed,
                    type.code(),
                    record.id(),
                    defect,
                    entry.getKey(),
                    schema ? "rejects" : "accepts",
                    java ? "rejects" : "accepts"));
          }
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @AfterAll
  static void everyKindOfDefectWasTried() {
    assertThat(CHECKED.keySet()).containsExactlyInAnyOrder(names());
    assertThat(CHECKED.values()).allSatisfy(count -> assertThat(count).isGreaterThan(20));
  }

  private static String[] names() {
    return Stream.of(Defect.values()).map(Enum::name).toArray(String[]::new);
  }

  /** A null for an optional value: the schema rejects it, the reader reads it as absent. */
  private static boolean onPurpose(
      Defect defect, ObjectNode mutant, ObjectNode written, RecordType type) {
    if (defect != Defect.NULL_VALUE) {
      return false;
    }
    return schemaRejects(type, mutant) && !javaRejects(MAPPER.writeValueAsString(mutant));
  }

  /** Collects the values of an instance that its schema constrains, with their pointers. */
  private static void collect(
      JsonNode instance, JsonNode schema, String pointer, boolean top, List<Site> sites) {
    JsonNode properties = schema.get("properties");
    if (instance instanceof ObjectNode object && properties != null) {
      JsonNode required = schema.path("required");
      for (String name : object.propertyNames()) {
        JsonNode property = properties.get(name);
        if (property == null || name.equals("recordType")) {
          continue;
        }
        boolean isRequired = false;
        for (JsonNode r : required) {
          isRequired |= r.asString().equals(name);
        }
        String child = pointer + "/" + name;
        sites.add(new Site(child, property, top && isRequired));
        collect(object.get(name), property, child, false, sites);
      }
    } else if (instance instanceof ArrayNode array && schema.has("items")) {
      for (int i = 0; i < array.size(); i++) {
        String child = pointer + "/" + i;
        sites.add(new Site(child, schema.get("items"), false));
        collect(array.get(i), schema.get("items"), child, false, sites);
      }
    }
  }

  /**
   * The mutants of one kind, by the pointer of the defect (never the values: the output of a
   * failure names no person): one random applicable site, two for unknown fields (top, nested).
   */
  private static List<Map.Entry<String, ObjectNode>> mutate(
      ObjectNode written, List<Site> sites, Defect defect, SplittableRandom random) {
    List<Map.Entry<String, ObjectNode>> mutants = new ArrayList<>();
    if (defect == Defect.UNKNOWN_FIELD) {
      ObjectNode top = written.deepCopy();
      top.put("unknownField", 1);
      mutants.add(Map.entry("/unknownField", top));
      List<Site> objects =
          sites.stream().filter(s -> written.at(s.pointer()) instanceof ObjectNode).toList();
      if (!objects.isEmpty()) {
        ObjectNode nested = written.deepCopy();
        String pointer = objects.get(random.nextInt(objects.size())).pointer();
        ((ObjectNode) nested.at(pointer)).put("unknownField", "x");
        mutants.add(Map.entry(pointer + "/unknownField", nested));
      }
      return mutants;
    }
    List<Site> applicable = sites.stream().filter(s -> applies(defect, s, written)).toList();
    if (applicable.isEmpty()) {
      return mutants;
    }
    Site site = applicable.get(random.nextInt(applicable.size()));
    ObjectNode mutant = written.deepCopy();
    if (defect == Defect.MISSING_REQUIRED) {
      mutant.remove(site.pointer().substring(1));
    } else {
      replace(mutant, site.pointer(), replacement(defect, site));
    }
    mutants.add(Map.entry(site.pointer(), mutant));
    return mutants;
  }

  private static boolean applies(Defect defect, Site site, JsonNode written) {
    JsonNode schema = site.schema();
    String type = schema.path("type").asString("");
    return switch (defect) {
      case WRONG_TYPE, NULL_VALUE -> !type.isEmpty();
      case NOT_IN_ENUM -> schema.has("enum");
      case PATTERN_MISMATCH -> schema.has("pattern");
      case BAD_DATE -> "date".equals(schema.path("format").asString(""));
      case BELOW_MINIMUM -> schema.has("minimum");
      case ABOVE_MAXIMUM -> schema.has("maximum");
      case TOO_SHORT -> schema.path("minLength").asInt(0) > 0;
      case MISSING_REQUIRED -> site.required();
      case UNKNOWN_FIELD -> false;
    };
  }

  private static JsonNode replacement(Defect defect, Site site) {
    JsonNode schema = site.schema();
    return switch (defect) {
      case WRONG_TYPE ->
          "string".equals(schema.path("type").asString())
              ? NODES.numberNode(12345)
              : NODES.stringNode("12345");
      case NULL_VALUE -> NODES.nullNode();
      case NOT_IN_ENUM -> NODES.stringNode("NOT_A_CODE");
      case PATTERN_MISMATCH -> NODES.stringNode("x-1");
      case BAD_DATE -> NODES.stringNode("2024-13-01");
      case BELOW_MINIMUM -> NODES.numberNode(schema.get("minimum").asInt() - 1);
      case ABOVE_MAXIMUM -> NODES.numberNode(schema.get("maximum").asInt() + 1);
      case TOO_SHORT -> NODES.stringNode("");
      default -> throw new IllegalArgumentException(defect.name());
    };
  }

  private static void replace(ObjectNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
  }
}
