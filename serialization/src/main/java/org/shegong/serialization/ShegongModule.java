package org.shegong.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.shegong.serialization.internal.ShegongSerializers;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module of Shegong: added to a {@code JsonMapper}, it reads and writes every type of
 * the model with the field names of the exchange format.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ShegongModule()).build();
 * // or JsonMapper.builder().findAndAddModules().build(): the module is registered for discovery
 * Child child = mapper.readValue(json, Child.class);
 * ExchangeRecord any = mapper.readValue(json, ExchangeRecord.class); // dispatches on recordType
 * String text = mapper.writeValueAsString(child);
 * String masked = mapper.writer().withAttribute(ShegongModule.MASKED_OUTPUT, true)
 *     .writeValueAsString(child);
 * }</pre>
 *
 * <p>Shape of the JSON: records start with {@code recordType}, then their fields in the order of
 * the exchange format. Code sets are written as their {@code code()} (national codes such as {@code
 * "1"} for sex, UPPER_SNAKE names for the project's own), amounts as decimal strings ({@code
 * "3000.00"}), dates as ISO-8601 {@code yyyy-MM-dd}, identifiers and division codes as strings.
 * Following the model's absence policy, absent values, empty lists and an empty id are left out
 * when writing, except the lists the format requires even when empty ({@code categories} of a
 * child), which are written as {@code []}; JSON {@code null} and an absent list read as absent or
 * empty.
 *
 * <p>Reading binds straight from the token stream (no tree) and is strict, whatever the mapper's
 * configuration: a duplicate key, an unknown field, a value of the wrong JSON type, an unknown
 * code, a malformed date or amount, nesting deeper than {@link Limits#maxNestingDepth()} is a
 * {@link RecordMappingException} whose message starts with the rule code and names the field.
 * Identifiers are read leniently ({@code CitizenId.lenient}): a malformed one is kept for
 * validation to report. No annotation is needed on the model: the module binds it through the
 * model's builders. For a mapper that is strict about the whole document too (trailing tokens,
 * string and number lengths), use {@link #newMapper()}.
 *
 * <p>The {@link ExchangeReader} runs the same binding code but collects every problem of a record
 * as issues instead of throwing. Applications on Jackson 2 use {@code shegong-jackson2}, which runs
 * this binding code too.
 *
 * @since 0.1.0
 */
public final class ShegongModule extends JacksonModule {

  /**
   * The attribute ({@code ObjectWriter.withAttribute}) that asks for masked output: with value
   * {@code Boolean.TRUE}, every {@code @Sensitive} value of the model is written masked.
   */
  public static final String MASKED_OUTPUT = "org.shegong.serialization.maskedOutput";

  private static final Version VERSION = loadVersion();

  private final Limits limits;

  /**
   * Creates the module with the {@linkplain Limits#defaults() default limits}; also the constructor
   * {@code ServiceLoader} calls for {@code findAndAddModules()}.
   */
  public ShegongModule() {
    this(Limits.defaults());
  }

  /**
   * Creates the module with the given limits; of them the module itself enforces the nesting depth
   * of records.
   *
   * @param limits the limits; not null
   */
  public ShegongModule(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a new mapper with this module, strict about the whole document, with every default that
   * Jackson 3 changed from Jackson 2 set explicitly, so that the JSON and the strictness do not
   * depend on the Jackson release.
   *
   * <ul>
   *   <li>duplicate keys are errors ({@code STRICT_DUPLICATE_DETECTION});
   *   <li>content after the value is an error ({@code FAIL_ON_TRAILING_TOKENS});
   *   <li>unknown properties of types outside the model are errors ({@code
   *       FAIL_ON_UNKNOWN_PROPERTIES}, off by default in Jackson 3; the model's own types report
   *       unknown fields themselves);
   *   <li>nesting depth, string length and number length are limited ({@code
   *       StreamReadConstraints}, from {@link Limits});
   *   <li>properties are not sorted alphabetically ({@code SORT_PROPERTIES_ALPHABETICALLY}, on by
   *       default in Jackson 3): records keep the exchange format's order;
   *   <li>dates are ISO-8601 text, not timestamps ({@code WRITE_DATES_AS_TIMESTAMPS});
   *   <li>{@code /} is not escaped ({@code ESCAPE_FORWARD_SLASHES}, on by default in Jackson 3.0's
   *       release candidates), so the text is the same as Jackson 2's and {@code
   *       shegong-jackson2}'s.
   * </ul>
   *
   * @return a new mapper, never null
   */
  public static JsonMapper newMapper() {
    return newMapper(Limits.defaults());
  }

  /**
   * Returns a new strict mapper with this module and the given limits; see {@link #newMapper()}.
   *
   * @param limits the limits; not null
   * @return a new mapper, never null
   */
  public static JsonMapper newMapper(Limits limits) {
    return JsonMapper.builder(jsonFactory(limits))
        .addModule(new ShegongModule(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * Returns a JSON factory whose parsers enforce the limits on nesting depth, string length and
   * number length, and whose generators do not escape {@code /}.
   *
   * @param limits the limits; not null
   * @return a new factory, never null
   */
  static JsonFactory jsonFactory(Limits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build())
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .build();
  }

  /**
   * Returns a factory for reading exchange files with the given limits, shared by every reader with
   * equal limits: parsers of one factory share its table of property names, so that the names of
   * the format are found in it rather than built again for every line.
   *
   * @param limits the limits; not null
   * @return the shared factory, never null
   */
  static JsonFactory readingFactory(Limits limits) {
    if (limits.equals(Limits.defaults())) {
      return DefaultReading.FACTORY;
    }
    JsonFactory factory = READING.get(limits);
    if (factory == null) {
      factory = newReadingFactory(limits);
      if (READING.size() < 32) { // a few distinct limits are shared; any more are not kept
        JsonFactory raced = READING.putIfAbsent(limits, factory);
        if (raced != null) {
          factory = raced;
        }
      }
    }
    return factory;
  }

  private static final Map<Limits, JsonFactory> READING = new ConcurrentHashMap<>();

  /**
   * The factory for the default limits, built on first use.
   *
   * @since 0.1.0
   */
  private static final class DefaultReading {
    static final JsonFactory FACTORY = newReadingFactory(Limits.defaults());
  }

  /**
   * The factory of {@link #jsonFactory}, whose parsers take their buffers from a pool per thread (a
   * reader makes parsers all the time, and the shared pool's queue was a cost of its own). The
   * binders match property names with Jackson's name matchers, which need no interned names.
   */
  private static JsonFactory newReadingFactory(Limits limits) {
    return jsonFactory(limits).rebuild().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();
  }

  private static Version loadVersion() {
    Properties properties = new Properties();
    try (InputStream in = ShegongModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "version.properties is missing from shegong-serialization: the jar is incomplete");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"),
        properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }

  /**
   * Returns the name under which Jackson knows the module.
   *
   * @return {@code ShegongModule}
   */
  @Override
  public String getModuleName() {
    return "ShegongModule";
  }

  /**
   * Returns the version of {@code shegong-serialization}, as the build wrote it.
   *
   * @return the version, never null
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Returns the registration id: one Shegong module per mapper, whatever its limits.
   *
   * @return the class name
   */
  @Override
  public Object getRegistrationId() {
    return ShegongModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    ShegongSerializers lookup = new ShegongSerializers(limits.maxNestingDepth());
    context.addSerializers(lookup.serializers());
    context.addDeserializers(lookup.deserializers());
  }
}
