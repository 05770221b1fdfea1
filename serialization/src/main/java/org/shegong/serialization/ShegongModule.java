package org.shegong.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Objects;
import org.shegong.serialization.internal.ShegongSerializers;

/**
 * The Jackson module of Shegong: registered on an {@code ObjectMapper}, it reads and writes every
 * type of the model with the field names of the exchange format.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ShegongModule());
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
 * when writing (an absent array and an empty array are the same on reading); JSON {@code null} is
 * read as absent.
 *
 * <p>Reading is strict: a duplicate key, an unknown field, a value of the wrong JSON type, an
 * unknown code, a malformed date or amount, nesting deeper than {@link Limits#maxNestingDepth()} is
 * a {@link RecordMappingException} whose message starts with the rule code and names the field.
 * Identifiers are read leniently ({@code CitizenId.lenient}): a malformed one is kept for
 * validation to report. No annotation is needed on the model: the module binds it through the
 * model's builders. It also registers {@link JavaTimeModule}. For a mapper that is strict about the
 * whole document (trailing tokens, string and number lengths) use {@link #newMapper()}.
 *
 * <p>The {@link ExchangeReader} uses the same binding code but collects every problem of a record
 * as issues instead of throwing.
 *
 * @since 0.1.0
 */
public final class ShegongModule extends Module {

  /**
   * The attribute ({@code ObjectWriter.withAttribute}) that asks for masked output: with value
   * {@code Boolean.TRUE}, every {@code @Sensitive} value of the model is written masked.
   */
  public static final String MASKED_OUTPUT = "org.shegong.serialization.maskedOutput";

  private static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "org.shegong", "shegong-serialization");

  private final Limits limits;

  /** Creates the module with the {@linkplain Limits#defaults() default limits}. */
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
   * Returns a new mapper with this module, strict about the whole document: duplicate keys ({@code
   * STRICT_DUPLICATE_DETECTION}), trailing tokens ({@code FAIL_ON_TRAILING_TOKENS}) and the default
   * limits on nesting depth, string length and number length ({@code StreamReadConstraints}).
   *
   * @return a new mapper, never null
   */
  public static JsonMapper newMapper() {
    return newMapper(Limits.defaults());
  }

  /**
   * Returns a new strict mapper with this module and the given limits.
   *
   * @param limits the limits; not null
   * @return a new mapper, never null
   */
  public static JsonMapper newMapper(Limits limits) {
    return JsonMapper.builder(jsonFactory(limits))
        .addModule(new ShegongModule(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Returns a JSON factory whose parsers enforce the limits on nesting depth, string length and
   * number length.
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
        .build();
  }

  @Override
  public String getModuleName() {
    return "ShegongModule";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public Object getTypeId() {
    return ShegongModule.class.getName();
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    ShegongSerializers lookup = new ShegongSerializers(limits.maxNestingDepth());
    context.addSerializers(lookup.serializers());
    context.addDeserializers(lookup.deserializers());
  }
}
