package org.shegong.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import org.shegong.jackson2.internal.BridgeSerializers;
import org.shegong.serialization.Limits;
import org.shegong.serialization.ShegongModule;

/**
 * The Jackson 2 module of Shegong, for an application whose own {@code ObjectMapper} is on Jackson
 * 2 (Spring Boot 3, Spark jobs): it reads and writes every type of the model with the same JSON,
 * the same strictness and the same masking as {@link ShegongModule} on Jackson 3.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ShegongJackson2Module());
 * // or new ObjectMapper().findAndRegisterModules(): the module is registered for discovery
 * Child child = mapper.readValue(json, Child.class);
 * ExchangeRecord any = mapper.readValue(json, ExchangeRecord.class); // dispatches on recordType
 * String masked = mapper.writer().withAttribute(ShegongJackson2Module.MASKED_OUTPUT, true)
 *     .writeValueAsString(child);
 * }</pre>
 *
 * <p>Nothing is bound twice: each value's Jackson 2 tokens are copied into a Jackson 3 token buffer
 * and bound by the binders of {@code shegong-serialization}, and written values come back the same
 * way. A problem is a {@link RecordMappingException} with the rule code, the JSON Pointer and a
 * masked message, as on Jackson 3. Jackson 3 lives in the package {@code tools.jackson}, so it
 * never conflicts with the application's Jackson 2.
 *
 * @since 0.1.0
 */
public final class ShegongJackson2Module extends Module {

  /**
   * The attribute ({@code ObjectWriter.withAttribute}) that asks for masked output; the same key as
   * {@link ShegongModule#MASKED_OUTPUT}.
   */
  public static final String MASKED_OUTPUT = ShegongModule.MASKED_OUTPUT;

  private static final Version VERSION = loadVersion();

  private final Limits limits;

  /**
   * Creates the module with the {@linkplain Limits#defaults() default limits}; also the constructor
   * {@code ServiceLoader} calls for {@code findAndRegisterModules()}.
   */
  public ShegongJackson2Module() {
    this(Limits.defaults());
  }

  /**
   * Creates the module with the given limits; of them the module itself enforces the nesting depth
   * of records.
   *
   * @param limits the limits; not null
   */
  public ShegongJackson2Module(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a new Jackson 2 mapper with this module, strict about the whole document as {@link
   * ShegongModule#newMapper()} is on Jackson 3: duplicate keys, trailing tokens and unknown
   * properties are errors, nesting depth, string length and number length are limited, properties
   * are not sorted alphabetically and dates are not written as timestamps.
   *
   * @return a new mapper, never null
   */
  public static ObjectMapper newMapper() {
    return newMapper(Limits.defaults());
  }

  /**
   * Returns a new strict Jackson 2 mapper with this module and the given limits.
   *
   * @param limits the limits; not null
   * @return a new mapper, never null
   */
  public static ObjectMapper newMapper(Limits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new ShegongJackson2Module(limits))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  private static Version loadVersion() {
    Properties properties = new Properties();
    try (InputStream in = ShegongJackson2Module.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "version.properties is missing from shegong-jackson2: the jar is incomplete");
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
   * @return {@code ShegongJackson2Module}
   */
  @Override
  public String getModuleName() {
    return "ShegongJackson2Module";
  }

  /**
   * Returns the version of {@code shegong-jackson2}, as the build wrote it.
   *
   * @return the version, never null
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Returns the type id: one Shegong module per mapper, whatever its limits.
   *
   * @return the class name
   */
  @Override
  public Object getTypeId() {
    return ShegongJackson2Module.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    BridgeSerializers lookup = new BridgeSerializers(limits.maxNestingDepth());
    context.addSerializers(lookup.serializers());
    context.addDeserializers(lookup.deserializers());
  }
}
