package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.testing.sample.SampleData;
import tools.jackson.databind.ObjectMapper;

/**
 * Round trip is lossless, as properties over generated records: the testing module's generator, one
 * seed per case (the seed is in the case name, so a failure can be replayed with {@code
 * SampleData.withSeed(seed)}).
 */
class RoundTripTest {

  private static final ObjectMapper MAPPER = ShegongModule.newMapper();

  /** 200 seeds, each giving one record of a type that rotates through the generator's output. */
  static Stream<Arguments> records() {
    return LongStream.rangeClosed(1, 200)
        .mapToObj(
            seed -> {
              List<ExchangeRecord> records = SampleData.withSeed(seed).withVolunteers().records(60);
              ExchangeRecord record = records.get(new SplittableRandom(seed).nextInt(60));
              return Arguments.of(seed, record.recordType().code(), record);
            });
  }

  /** 200 seeds, each giving a batch of 0 to 40 records. */
  static Stream<Arguments> batches() {
    return LongStream.rangeClosed(1, 200)
        .mapToObj(
            seed -> {
              int size = new SplittableRandom(seed).nextInt(41);
              return Arguments.of(seed, SampleData.withSeed(seed).withVolunteers().records(size));
            });
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("records")
  void mapperReadsBackWhatItWrote(long seed, String type, ExchangeRecord record) {
    String json = MAPPER.writeValueAsString(record);

    assertThat(MAPPER.readValue(json, ExchangeRecord.class)).isEqualTo(record);
    assertThat(MAPPER.readValue(json, record.recordType().javaType())).isEqualTo(record);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("batches")
  void exchangeFileReadsBackWhatWasWrittenWithoutIssues(long seed, List<ExchangeRecord> batch) {
    StringWriter out = new StringWriter();
    try (ExchangeWriter writer = ExchangeWriter.open(out, WriteOptions.full())) {
      writer.writeHeader(ExchangeHeader.builder().recordCount(batch.size()).build());
      batch.forEach(writer::write);
    }

    List<ExchangeRecord> read = new ArrayList<>();
    try (ExchangeReader reader =
        ExchangeReader.open(new StringReader(out.toString()), ReadOptions.defaults())) {
      assertThat(reader.headerIssues()).isEmpty();
      for (ReadRecord r : reader) {
        assertThat(r.issues()).isEmpty();
        read.add(r.record().orElseThrow());
      }
      assertThat(reader.finish()).isEmpty();
    }
    assertThat(read).isEqualTo(batch);
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("records")
  void readerBindsTheSameRecordWhenRecordTypeIsNotFirst(
      long seed, String type, ExchangeRecord record) {
    String json = MAPPER.writeValueAsString(record);
    // move "recordType":"…" to the end: the reader then buffers the tokens to dispatch
    String first = "\"recordType\":\"" + type + "\"";
    String moved =
        json.equals("{" + first + "}")
            ? json
            : "{" + json.substring(first.length() + 2, json.length() - 1) + "," + first + "}";

    try (ExchangeReader reader =
        ExchangeReader.open(new StringReader(moved), ReadOptions.defaults())) {
      ReadRecord read = reader.iterator().next();
      assertThat(read.issues()).isEmpty();
      assertThat(read.record()).contains(record);
    }
    assertThat(MAPPER.readValue(moved, ExchangeRecord.class)).isEqualTo(record);
  }
}
