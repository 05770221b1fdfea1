package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.shegong.core.id.CitizenId;
import org.shegong.core.model.ExchangeRecord;

class RoundTripProperties {

  private final ObjectMapper mapper = ShegongModule.newMapper();

  @Provide
  Arbitrary<ExchangeRecord> records() {
    return RecordArbitraries.anyRecord();
  }

  @Provide
  Arbitrary<List<ExchangeRecord>> batches() {
    return RecordArbitraries.anyRecord().list().ofMaxSize(6);
  }

  @Property(tries = 200)
  void mapperReadsBackWhatItWrote(@ForAll("records") ExchangeRecord record) throws IOException {
    String json = mapper.writeValueAsString(record);

    assertThat(mapper.readValue(json, ExchangeRecord.class)).isEqualTo(record);
    assertThat(mapper.readValue(json, record.recordType().javaType())).isEqualTo(record);
  }

  @Property(tries = 200)
  void exchangeFileReadsBackWhatWasWrittenWithoutIssues(
      @ForAll("batches") List<ExchangeRecord> batch) throws IOException {
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

  @Property(tries = 100)
  void generatedCitizenIdsAreValid(@ForAll("citizenIds") CitizenId id) {
    assertThat(id.isValid()).isTrue();
  }

  @Provide
  Arbitrary<CitizenId> citizenIds() {
    return RecordArbitraries.citizenIds();
  }
}
