package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;

class ExchangeWriterTest {

  private static final ExchangeHeader HEADER =
      ExchangeHeader.builder()
          .sender("宁夏中卫市民政局")
          .generatedAt(OffsetDateTime.of(2024, 6, 24, 10, 0, 0, 0, ZoneOffset.ofHours(8)))
          .recordCount(RecordType.values().length)
          .build();

  private static String write(WriteOptions options) throws IOException {
    StringWriter out = new StringWriter();
    try (ExchangeWriter writer = ExchangeWriter.open(out, options)) {
      writer.writeHeader(HEADER);
      for (RecordType type : RecordType.values()) {
        writer.write(Fixtures.BY_TYPE.get(type));
      }
      assertThat(writer.recordsWritten()).isEqualTo(RecordType.values().length);
    }
    return out.toString();
  }

  @Test
  void writesHeaderAndOneRecordPerLine() throws IOException {
    String text = write(WriteOptions.full());

    String[] lines = text.split("\n", -1);
    assertThat(lines).hasSize(RecordType.values().length + 2);
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(lines[0])
        .isEqualTo(
            "{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"sender\":\"宁夏中卫市民政局\","
                + "\"generatedAt\":\"2024-06-24T10:00:00+08:00\",\"recordCount\":9}");
    assertThat(text).doesNotContain("\r");
  }

  @Test
  void defaultOutputIsLossless() throws IOException {
    String text = write(WriteOptions.full());

    try (ExchangeReader reader =
        ExchangeReader.open(new StringReader(text), ReadOptions.defaults())) {
      assertThat(reader.header()).contains(HEADER);
      assertThat(reader.headerIssues()).isEmpty();
      List<ExchangeRecord> records = new ArrayList<>();
      for (ReadRecord read : reader) {
        assertThat(read.issues()).isEmpty();
        records.add(read.record().orElseThrow());
      }
      assertThat(records)
          .containsExactlyElementsOf(
              List.of(RecordType.values()).stream().map(Fixtures.BY_TYPE::get).toList());
      assertThat(reader.finish()).isEmpty();
    }
    assertThat(text).contains(Fixtures.CHILD_ID, Fixtures.CHILD_NAME, Fixtures.GUARDIAN_PHONE);
  }

  @Test
  void maskedOutputHasNoRawIdPhoneOrChildName() throws IOException {
    String text = write(WriteOptions.masked());

    assertThat(text)
        .doesNotContain(
            Fixtures.CHILD_ID,
            Fixtures.CHILD_NAME,
            Fixtures.GUARDIAN_NAME,
            Fixtures.GUARDIAN_PHONE,
            Fixtures.WORKER_ID,
            Fixtures.WORKER_PHONE,
            Fixtures.VOLUNTEER_PHONE,
            "\"situation\":\"" + Fixtures.CHILD.parents().get(0).situation().orElseThrow().code(),
            Fixtures.CHILD.birthDate().orElseThrow().toString())
        .contains(
            "\"birthDate\":\"" + Fixtures.CHILD.birthDate().orElseThrow().getYear() + "-**-**\"",
            Fixtures.CHILD_ID.substring(0, 6) + "********" + Fixtures.CHILD_ID.substring(14),
            "\"name\":\"" + Fixtures.CHILD_NAME.charAt(0) + "**\"",
            "\"phone\":\""
                + Fixtures.WORKER_PHONE.substring(0, 3)
                + "****"
                + Fixtures.WORKER_PHONE.substring(7)
                + "\"",
            "\"situation\":\"***\"")
        // a worker's name and an agency's name are not personal data of the people served
        .contains(
            "\"name\":\"" + Fixtures.WORKER.name().orElseThrow() + "\"",
            Fixtures.AGENCY.name().orElseThrow());
  }

  @Test
  void writesUtf8ToByteStreamsAndFiles(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ExchangeWriter writer = ExchangeWriter.open(bytes, WriteOptions.full())) {
      writer.write(Fixtures.STATION);
    }
    Path file = dir.resolve("out.ndjson");
    try (ExchangeWriter writer = ExchangeWriter.open(file, WriteOptions.full())) {
      writer.write(Fixtures.STATION);
    }

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains(Fixtures.STATION.name().orElseThrow()).endsWith("}\n");
    try (ExchangeReader reader = ExchangeReader.open(file, ReadOptions.defaults())) {
      ReadRecord read = reader.iterator().next();
      assertThat(read.record()).contains(Fixtures.STATION);
      assertThat(reader.finish()).isEmpty();
    }
  }

  @Test
  void fileNameOfPathGoesIntoIssues(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("batch.ndjson");
    java.nio.file.Files.writeString(file, "not json\n");

    try (ExchangeReader reader = ExchangeReader.open(file, ReadOptions.defaults())) {
      assertThat(reader.iterator().next().issues().get(0).file()).contains("batch.ndjson");
    }
  }

  @Test
  void headerAfterARecordIsRefused() throws IOException {
    try (ExchangeWriter writer = ExchangeWriter.open(new StringWriter(), WriteOptions.full())) {
      writer.write(Fixtures.AGENCY);
      assertThatThrownBy(() -> writer.writeHeader(HEADER))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("SG-HDR-002");
    }
  }
}
