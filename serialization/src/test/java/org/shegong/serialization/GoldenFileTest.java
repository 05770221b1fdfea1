package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import tools.jackson.databind.ObjectMapper;

/**
 * Fixes the JSON shape of every record type: {@code golden/<recordType>.json} is a pretty-printed
 * record with every field of its type, kept by hand; reading it and writing the record again gives
 * the same text, so a change of the shape (names, order, absence, code forms) fails here.
 */
class GoldenFileTest {

  private final ObjectMapper mapper = ShegongModule.newMapper();

  private static String golden(RecordType type) throws IOException {
    try (InputStream in =
        GoldenFileTest.class.getResourceAsStream("/golden/" + type.code() + ".json")) {
      assertThat(in).as("golden file of %s", type.code()).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
  }

  private String written(ExchangeRecord record) {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(record).replace("\r\n", "\n")
        + "\n";
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void writesTheGoldenShapeOfWhatItReads(RecordType type) throws IOException {
    ExchangeRecord read = mapper.readValue(golden(type), ExchangeRecord.class);

    assertThat(read.recordType()).isEqualTo(type);
    assertThat(written(read)).isEqualTo(golden(type));
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void goldenFileSetsEveryFieldOfItsType(RecordType type) throws IOException {
    var tree = mapper.readTree(golden(type));

    assertThat(tree.propertyNames())
        .as("every field of %s is in its golden file", type.code())
        .containsAll(org.shegong.core.model.FieldNames.of(type.javaType()).orElseThrow());
  }
}
