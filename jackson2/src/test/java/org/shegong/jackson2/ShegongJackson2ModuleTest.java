package org.shegong.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.code.Sex;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Guardian;
import org.shegong.core.money.Money;
import org.shegong.serialization.Limits;
import org.shegong.serialization.ShegongModule;
import org.shegong.testing.sample.SampleData;
import tools.jackson.databind.json.JsonMapper;

class ShegongJackson2ModuleTest {

  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(new ShegongJackson2Module());
  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new ShegongModule()).build();

  /** Generated records of every type, three seeds; the seed is in the case name. */
  static Stream<Arguments> records() {
    return Stream.of(1L, 2L, 3L)
        .flatMap(
            seed ->
                SampleData.withSeed(seed).withVolunteers().records(400).stream()
                    .map(record -> Arguments.of(seed, record.recordType().code(), record)));
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("records")
  void writesTheSameJsonAsJackson3AndReadsItBack(long seed, String type, ExchangeRecord record)
      throws Exception {
    String json2 = JACKSON2.writeValueAsString(record);

    assertThat(json2).isEqualTo(JACKSON3.writeValueAsString(record));
    assertThat(JACKSON2.readValue(json2, ExchangeRecord.class)).isEqualTo(record);
    assertThat(JACKSON2.readValue(json2, record.recordType().javaType())).isEqualTo(record);
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("records")
  void masksAsJackson3Does(long seed, String type, ExchangeRecord record) throws Exception {
    assertThat(
            JACKSON2
                .writer()
                .withAttribute(ShegongJackson2Module.MASKED_OUTPUT, true)
                .writeValueAsString(record))
        .isEqualTo(
            JACKSON3
                .writer()
                .withAttribute(ShegongModule.MASKED_OUTPUT, true)
                .writeValueAsString(record));
  }

  @Test
  void isFoundByFindAndRegisterModules() throws Exception {
    ObjectMapper discovered = new ObjectMapper().findAndRegisterModules();

    assertThat(discovered.getRegisteredModuleIds()).contains(ShegongJackson2Module.class.getName());
    assertThat(discovered.writeValueAsString(Sex.MALE)).isEqualTo("\"1\"");
  }

  @Test
  void reportsTheVersionOfTheBuild() {
    assertThat(new ShegongJackson2Module().version().toString()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(new ShegongJackson2Module().version().getArtifactId()).isEqualTo("shegong-jackson2");
  }

  @Test
  void failsWithTheRuleCodeAndPointerAsOnJackson3() {
    String json = "{\"recordType\":\"child\",\"sex\":\"M\"}";

    assertThatThrownBy(() -> JACKSON2.readValue(json, Child.class))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageStartingWith("SG-STR-003 at /sex:")
        .hasMessageContaining("allowed: 0, 1, 2, 9");
    assertThatThrownBy(() -> JACKSON3.readValue(json, Child.class))
        .hasMessageStartingWith("SG-STR-003 at /sex:");
    assertThatThrownBy(() -> JACKSON2.readValue("{\"id\":\"A\",\"id\":\"B\"}", Child.class))
        .hasMessageStartingWith("SG-SYN-002 at /id");
    assertThatThrownBy(() -> JACKSON2.readValue("{\"recordType\":\"kid\"}", ExchangeRecord.class))
        .hasMessageStartingWith("SG-STR-005 at /recordType");
  }

  @Test
  void masksSensitiveValuesInMessages() {
    String id = "110105201503120021";

    assertThatThrownBy(() -> JACKSON2.readValue("{\"name\":" + id + "}", Child.class))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id));
  }

  @Test
  void limitsNestingDepth() {
    ObjectMapper shallow =
        new ObjectMapper()
            .registerModule(new ShegongJackson2Module(Limits.defaults().withMaxNestingDepth(2)));

    assertThatThrownBy(
            () ->
                shallow.readValue(
                    "{\"servicePlan\":{\"slots\":[[\"a\"]]}}",
                    org.shegong.core.model.Station.class))
        .hasMessageStartingWith("SG-SYN-004")
        .hasMessageContaining("maxNestingDepth");
  }

  @Test
  void strictMapperRejectsTrailingTokensDuplicatesAndUnknownProperties() {
    ObjectMapper strict = ShegongJackson2Module.newMapper();

    assertThatThrownBy(() -> strict.readValue("{\"id\":\"A\"} {}", Child.class))
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> strict.readValue("{\"x\":1,\"x\":2}", java.util.Map.class))
        .hasMessageContaining("Duplicate field");
    assertThatThrownBy(() -> strict.readValue("{\"nmae\":\"x\"}", Guardian.class))
        .hasMessageStartingWith("SG-STR-004 at /nmae");
  }

  @Test
  void readsAndWritesStandaloneValuesAndContainers() throws Exception {
    assertThat(JACKSON2.readValue("\"9\"", Sex.class)).isEqualTo(Sex.UNSPECIFIED);
    assertThat(JACKSON2.writeValueAsString(Money.parse("12.5"))).isEqualTo("\"12.50\"");
    List<ExchangeRecord> records = SampleData.withSeed(7).records(20);
    String json = JACKSON2.writeValueAsString(records);

    assertThat(json).isEqualTo(JACKSON3.writeValueAsString(records));
    assertThat(JACKSON2.readValue(json, new TypeReference<List<ExchangeRecord>>() {}))
        .isEqualTo(records);
  }

  @Test
  void writesAnEmptyCategoriesListAsJackson3Does() throws Exception {
    Child child = Child.builder().id("C-1").build();

    assertThat(JACKSON2.writeValueAsString(child))
        .isEqualTo("{\"recordType\":\"child\",\"id\":\"C-1\",\"categories\":[]}");
  }
}
