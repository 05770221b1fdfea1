package org.shegong.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.shegong.pipeline.Pipeline;
import org.shegong.pipeline.PipelineConfig;
import org.shegong.pipeline.PipelineSummary;
import org.shegong.pipeline.Source;
import org.shegong.serialization.ExchangeHeader;
import org.shegong.serialization.ExchangeWriter;
import org.shegong.serialization.WriteOptions;
import org.shegong.testing.mutation.DefectInjector;
import org.shegong.testing.mutation.SampleRecord;
import org.shegong.testing.sample.SampleData;
import org.shegong.validation.ValidationConfig;

/**
 * The pipeline's throughput in records per second: a generated exchange file of {@value #RECORDS}
 * records (every record type, as {@code shegong sample} writes them) read, validated and put
 * through the batch rules, at 1, 2 and all available threads ({@code threads = 0}).
 *
 * <p>The score is records per second (one operation is one record). {@code invalidRate} is the
 * share of records that carry one defect each, so that the cost of reporting is measured too.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class PipelineBenchmark {

  /** Records in the generated file. */
  public static final int RECORDS = 50_000;

  /** Worker threads; 0 for the available processors. */
  @Param({"1", "2", "0"})
  public int threads;

  /** Share of records with one defect each. */
  @Param({"0", "0.05"})
  public double invalidRate;

  private Path file;
  private Pipeline pipeline;

  /** Creates the benchmark state; JMH calls it. */
  public PipelineBenchmark() {}

  /**
   * Writes the file and builds the pipeline.
   *
   * @throws IOException when the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    SampleData data = SampleData.withSeed(1);
    file = Files.createTempFile("shegong-pipeline-bench-", ".ndjson");
    try (ExchangeWriter writer = ExchangeWriter.open(file, WriteOptions.full())) {
      writer.writeHeader(ExchangeHeader.builder().sender("bench").recordCount(RECORDS).build());
      for (SampleRecord sample :
          (Iterable<SampleRecord>) DefectInjector.of(data, invalidRate).stream(RECORDS)::iterator) {
        writer.write(sample.record());
      }
    }
    pipeline =
        Pipeline.of(
            PipelineConfig.builder()
                .validation(ValidationConfig.builder().asOf(data.asOf()).build())
                .threads(threads == 0 ? PipelineConfig.availableProcessors() : threads)
                .build());
    PipelineSummary summary = validateFile();
    if (summary.records() != RECORDS || (invalidRate == 0) != (summary.errors() == 0)) {
      throw new IllegalStateException("unexpected outcome of the benchmark file: " + summary);
    }
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates the whole file, issues counted by the sink (as the CLI's report writer consumes
   * them).
   *
   * @return the summary
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public PipelineSummary validateFile() {
    LongAdder issues = new LongAdder();
    return pipeline.run(List.of(Source.file(file)), issue -> issues.increment());
  }
}
