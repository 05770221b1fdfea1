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
 * The two ways a type model calls the model's builders and accessors (classes made by {@code
 * LambdaMetafactory} in the model's package, or method handles where that package is closed) read
 * and write the same records.
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

  private static Object read(TypeModel model, String json, List<Problem> problems) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      return model.bind(p, "", 1, ReadContext.collecting(problems::add, 16, true), false);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordTypes")
  void lambdasAndMethodHandlesBindTheSameRecords(RecordType type) {
    // on the class path, as the tests run, the model's package is open: the lambdas are made
    assertThat(Lambdas.in(type.javaType())).isNotNull();
    TypeModel lambdas = new TypeModel(type.javaType(), true);
    TypeModel handles = new TypeModel(type.javaType(), false);
    List<ExchangeRecord> samples =
        SampleData.withSeed(7).withVolunteers().stream(600)
            .filter(r -> r.recordType() == type)
            .toList();
    assertThat(samples).isNotEmpty();

    for (ExchangeRecord record : samples) {
      String json = write(handles, record, false);
      assertThat(write(lambdas, record, false)).isEqualTo(json);
      assertThat(write(lambdas, record, true)).isEqualTo(write(handles, record, true));
      List<Problem> problems = new ArrayList<>();
      assertThat(read(lambdas, json, problems))
          .isEqualTo(record)
          .isEqualTo(read(handles, json, problems));
      assertThat(problems).isEmpty();
    }
  }
}
