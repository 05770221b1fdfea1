package org.shegong.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.testing.sample.SampleData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A type model binds through its generated {@link ModelBinder}: every field of every record type is
 * written and read back to the same record, masked writing masks, and the binder's setters and
 * accessors agree field by field.
 */
class TypeModelBindingTest {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  static Stream<RecordType> recordTypes() {
    return Stream.of(RecordType.values());
  }

  private static String write(TypeModel model, Object value, boolean masked) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      model.write(g, value, masked);
    }
    return out.toString();
  }

  /** The records of a type among a sample of every type; at least one. */
  private static List<ExchangeRecord> samples(RecordType type, long seed, int records) {
    List<ExchangeRecord> samples =
        SampleData.withSeed(seed).withVolunteers().stream(records)
            .filter(r -> r.recordType() == type)
            .toList();
    assertThat(samples).as("%s records among %d", type, records).isNotEmpty();
    return samples;
  }

  private static Object read(TypeModel model, String json, List<Problem> problems) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      return model.bind(p, "", 1, ReadContext.collecting(problems::add, 16, true), false);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordTypes")
  void theGeneratedBinderWritesAndReadsBackEveryRecord(RecordType type) {
    TypeModel model = TypeModel.of(type);
    List<ExchangeRecord> samples = samples(type, 7, 600);

    for (ExchangeRecord record : samples) {
      String json = write(model, record, false);
      List<Problem> problems = new ArrayList<>();
      assertThat(read(model, json, problems)).isEqualTo(record);
      assertThat(problems).isEmpty();
      String masked = write(model, record, true);
      if (record.recordType() == RecordType.CHILD) {
        // a child has a name and a citizen ID in every sample: masking changes the JSON
        assertThat(masked).isNotEqualTo(json);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordTypes")
  void aBinderSetsWhatItsAccessorReturns(RecordType type) {
    ModelBinder binder = ModelBinders.of(type.javaType());
    assertThat(binder).isNotNull();
    ExchangeRecord record =
        SampleData.withSeed(11).withVolunteers().stream(600)
            .filter(r -> r.recordType() == type)
            .findFirst()
            .orElseThrow();
    Object builder = binder.newBuilder();
    for (int i = 0; i < binder.fields().size(); i++) {
      Object value = binder.get(record, i);
      if (value instanceof java.util.Optional<?> optional) {
        if (optional.isPresent()) {
          binder.set(builder, i, optional.get());
        }
      } else {
        binder.set(builder, i, value);
      }
    }
    assertThat(binder.build(builder)).isEqualTo(record);
  }

  /**
   * The fields of one JSON object as name and value texts, in the order written, and the object
   * written again in another order: every name escaped ({@code \u0069d} for {@code id}), an unknown
   * field put in front, and the names in reverse.
   */
  private static List<String[]> members(String json) {
    List<String[]> members = new ArrayList<>();
    tools.jackson.databind.JsonNode tree =
        new tools.jackson.databind.json.JsonMapper().readTree(json);
    tree.properties()
        .forEach(
            member -> members.add(new String[] {member.getKey(), member.getValue().toString()}));
    return members;
  }

  private static String object(List<String[]> members, boolean escaped) {
    StringBuilder json = new StringBuilder("{");
    for (String[] member : members) {
      if (json.length() > 1) {
        json.append(',');
      }
      String name = member[0];
      if (escaped) {
        StringBuilder e = new StringBuilder();
        name.chars().forEach(c -> e.append(String.format("\\u%04x", c)));
        name = e.toString();
      }
      json.append('"').append(name).append("\":").append(member[1]);
    }
    return json.append('}').toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordTypes")
  void namesAreMatchedInAnyOrderWrittenAnyWayWhateverTheOrderOfTheObjectsBefore(RecordType type) {
    // a type model guesses each next name from the objects it read before: objects in the
    // writer's order, reversed, escaped, with unknown and repeated names, read one after the other,
    // read as they read alone
    TypeModel model = TypeModel.of(type);
    List<ExchangeRecord> samples = samples(type, 13, 400);
    samples = samples.subList(0, Math.min(6, samples.size()));
    for (ExchangeRecord record : samples) {
      List<String[]> members = members(write(model, record, false));
      List<String[]> reversed = new ArrayList<>(members);
      java.util.Collections.reverse(reversed);
      List<String[]> withUnknown = new ArrayList<>(members);
      withUnknown.add(Math.min(1, withUnknown.size()), new String[] {"wechat", "\"x\""});
      List<String[]> repeated = new ArrayList<>(members);
      repeated.add(members.get(members.size() - 1));
      for (String json :
          List.of(
              object(members, false),
              object(reversed, false),
              object(members, true),
              object(reversed, true),
              object(members, false))) {
        List<Problem> problems = new ArrayList<>();
        assertThat(read(model, json, problems)).as(json).isEqualTo(record);
        assertThat(problems).as(json).isEmpty();
      }
      List<Problem> problems = new ArrayList<>();
      assertThat(read(model, object(withUnknown, false), problems)).isEqualTo(record);
      assertThat(problems)
          .singleElement()
          .satisfies(problem -> assertThat(problem.path()).isEqualTo("/wechat"));
      String last = members.get(members.size() - 1)[0];
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> read(model, object(repeated, false), new ArrayList<>()))
          .isInstanceOf(ProblemException.class)
          .hasMessageContaining(last);
    }
  }
}
