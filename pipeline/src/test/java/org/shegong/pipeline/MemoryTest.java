package org.shegong.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.shegong.serialization.ExchangeHeader;
import org.shegong.serialization.ExchangeWriter;
import org.shegong.serialization.WriteOptions;
import org.shegong.testing.mutation.DefectInjector;
import org.shegong.testing.mutation.SampleRecord;
import org.shegong.testing.sample.SampleData;
import org.shegong.validation.ValidationConfig;

class MemoryTest {

  private static final int RECORDS = 150_000;

  @Test
  void aLargeStreamWithManyIssuesRunsInBoundedMemory() throws Exception {
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    Thread producer =
        new Thread(
            () -> {
              DefectInjector injector =
                  DefectInjector.of(SampleData.withSeed(9).asOf(Fixtures.AS_OF), 0.5);
              try (ExchangeWriter writer =
                  ExchangeWriter.open(
                      new OutputStreamWriter(out, StandardCharsets.UTF_8), WriteOptions.full())) {
                writer.writeHeader(ExchangeHeader.builder().recordCount(RECORDS).build());
                for (SampleRecord sample :
                    (Iterable<SampleRecord>) injector.stream(RECORDS)::iterator) {
                  writer.write(sample.record());
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "memory-test-producer");
    producer.start();
    Pipeline pipeline =
        Pipeline.of(
            PipelineConfig.builder()
                .validation(ValidationConfig.builder().asOf(Fixtures.AS_OF).build())
                .threads(2)
                .spoolMemoryBytes(1 << 20)
                .build());
    AtomicLong counted = new AtomicLong();
    long[] heap = {Long.MAX_VALUE, 0};
    int[] events = {0};

    PipelineSummary summary =
        pipeline.run(
            List.of(Source.stream("generated.ndjson", in)),
            issue -> counted.incrementAndGet(),
            event -> {
              if (events[0]++ % 25 == 5) {
                long used = usedAfterGc();
                heap[0] = Math.min(heap[0], used);
                heap[1] = Math.max(heap[1], used);
              }
            });
    producer.join();

    assertThat(summary.records()).isEqualTo(RECORDS);
    assertThat(summary.issues()).isGreaterThan(RECORDS / 4);
    assertThat(counted.get()).isEqualTo(summary.issues());
    // the issues alone would take far more than this if they were kept (about 200 bytes each)
    assertThat(heap[1] - heap[0]).as("heap growth in bytes").isLessThan(32L << 20);
    assertThat(events[0]).isGreaterThan(30);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
