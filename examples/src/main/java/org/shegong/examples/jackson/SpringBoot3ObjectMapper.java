package org.shegong.examples.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.jackson2.ShegongJackson2Module;

/**
 * Shegong in a Spring Boot 3 style application: the application owns a Jackson 2 {@code
 * ObjectMapper} and registers {@code ShegongJackson2Module} on it. In Spring Boot 3 the same is a
 * bean:
 *
 * <pre>{@code
 * @Bean
 * Module shegongModule() {   // Boot registers every com.fasterxml.jackson.databind.Module bean
 *   return new ShegongJackson2Module();
 * }
 * }</pre>
 *
 * <p>The JSON is the same as {@link SpringBoot4JsonMapper}'s, character for character: the module
 * runs the binders of {@code shegong-serialization}.
 *
 * @since 0.1.0
 */
public final class SpringBoot3ObjectMapper {

  private SpringBoot3ObjectMapper() {}

  /**
   * Returns the application's Jackson 2 mapper with Shegong registered.
   *
   * @return the mapper, never null
   */
  public static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new ShegongJackson2Module());
  }

  /**
   * Writes one generated record of every record type with the mapper and reads each back, both as
   * its own type and as any {@link ExchangeRecord}.
   *
   * @param mapper the mapper; not null
   * @param seed the seed of the sample data
   * @return the JSON of each record type, in the order of {@link RecordType}, never null
   * @throws IllegalStateException when a record does not read back equal (it always does)
   * @throws UncheckedIOException when Jackson 2 fails to write or read
   */
  public static Map<RecordType, String> roundTrip(ObjectMapper mapper, long seed) {
    Map<RecordType, String> written = new EnumMap<>(RecordType.class);
    try {
      for (ExchangeRecord record : SpringBoot4JsonMapper.oneOfEachType(seed)) {
        String json = mapper.writeValueAsString(record);
        Object asItself = mapper.readValue(json, record.recordType().javaType());
        ExchangeRecord asAny = mapper.readValue(json, ExchangeRecord.class);
        if (!record.equals(asItself) || !record.equals(asAny)) {
          throw new IllegalStateException(record.recordType().code() + " did not read back equal");
        }
        written.put(record.recordType(), json);
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  /**
   * Prints whether the Jackson 2 JSON of every record type equals the Jackson 3 JSON.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    Map<RecordType, String> jackson2 = roundTrip(mapper(), 1);
    Map<RecordType, String> jackson3 =
        SpringBoot4JsonMapper.roundTrip(SpringBoot4JsonMapper.mapper(), 1);
    jackson2.forEach(
        (type, json) ->
            out.println(
                type.code() + ": " + (json.equals(jackson3.get(type)) ? "same JSON" : "DIFFERS")));
  }
}
