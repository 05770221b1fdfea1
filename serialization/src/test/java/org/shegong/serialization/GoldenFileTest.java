package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;

/**
 * Fixes the JSON shape of every record type: {@code golden/<recordType>.json} is the pretty-printed
 * sample record. Run with {@code -Dgolden.update=true} to rewrite the files after a deliberate
 * change of the format, and review the diff.
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

  private String written(RecordType type) throws IOException {
    return mapper
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(Samples.BY_TYPE.get(type))
            .replace("\r\n", "\n")
        + "\n";
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void writesTheGoldenShape(RecordType type) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Path dir = Path.of("src/test/resources/golden");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(type.code() + ".json"), written(type));
    }

    assertThat(written(type)).isEqualTo(golden(type));
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void readsTheGoldenFileBackToTheSameRecord(RecordType type) throws IOException {
    ExchangeRecord read = mapper.readValue(golden(type), ExchangeRecord.class);

    assertThat(read).isEqualTo(Samples.BY_TYPE.get(type));
  }
}
