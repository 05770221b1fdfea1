package org.shegong.examples.jackson;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.ShegongModule;
import org.shegong.testing.sample.SampleData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shegong in a Spring Boot 4 style application: the application owns a Jackson 3 {@code JsonMapper}
 * and adds {@code ShegongModule} to it. In Spring Boot 4 the same is a bean:
 *
 * <pre>{@code
 * @Bean
 * JacksonModule shegongModule() {   // Boot adds every JacksonModule bean to its JsonMapper
 *   return new ShegongModule();
 * }
 * }</pre>
 *
 * <p>Run with {@code mvn -B -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=org.shegong.examples.jackson.SpringBoot4JsonMapper}.
 *
 * @since 0.1.0
 */
public final class SpringBoot4JsonMapper {

  private SpringBoot4JsonMapper() {}

  /**
   * Returns the application's mapper with Shegong added, configured as an application would (Boot's
   * own settings are left as they are; the module does not depend on them).
   *
   * @return the mapper, never null
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder().addModule(new ShegongModule()).build();
  }

  /**
   * Writes one generated record of every record type with the mapper and reads each back, both as
   * its own type and as any {@link ExchangeRecord} (dispatching on {@code recordType}).
   *
   * @param mapper the mapper; not null
   * @param seed the seed of the sample data
   * @return the JSON of each record type, in the order of {@link RecordType}, never null
   * @throws IllegalStateException when a record does not read back equal (it always does)
   */
  public static Map<RecordType, String> roundTrip(JsonMapper mapper, long seed) {
    Map<RecordType, String> written = new EnumMap<>(RecordType.class);
    for (ExchangeRecord record : oneOfEachType(seed)) {
      String json = mapper.writeValueAsString(record);
      Object asItself = mapper.readValue(json, record.recordType().javaType());
      ExchangeRecord asAny = mapper.readValue(json, ExchangeRecord.class);
      if (!record.equals(asItself) || !record.equals(asAny)) {
        throw new IllegalStateException(record.recordType().code() + " did not read back equal");
      }
      written.put(record.recordType(), json);
    }
    return written;
  }

  /**
   * Returns one generated record of every record type, the volunteers' included.
   *
   * @param seed the seed of the sample data
   * @return the records, one per record type, never null
   */
  static List<ExchangeRecord> oneOfEachType(long seed) {
    Map<RecordType, ExchangeRecord> first = new EnumMap<>(RecordType.class);
    for (ExchangeRecord record : SampleData.withSeed(seed).withVolunteers().records(2000)) {
      first.putIfAbsent(record.recordType(), record);
    }
    return new ArrayList<>(first.values());
  }

  /**
   * Prints the size of the JSON of every record type and a child written masked, as for a log.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    JsonMapper mapper = mapper();
    roundTrip(mapper, 1)
        .forEach((type, json) -> out.println(type.code() + ": " + json.length() + " characters"));
    ExchangeRecord child =
        oneOfEachType(1).stream()
            .filter(r -> r.recordType() == RecordType.CHILD)
            .findFirst()
            .orElseThrow();
    out.println(
        mapper.writer().withAttribute(ShegongModule.MASKED_OUTPUT, true).writeValueAsString(child));
  }
}
