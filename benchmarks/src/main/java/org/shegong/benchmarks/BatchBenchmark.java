package org.shegong.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.testing.sample.SampleData;
import org.shegong.validation.BatchOptions;
import org.shegong.validation.BatchValidation;
import org.shegong.validation.RecordLocation;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;

/**
 * Throughput of the batch rules alone ({@link BatchValidation#addValidated}: duplicate ids,
 * references, one file per child, the slots of {@code responsibleIds}), the part of the main job
 * that runs serially on the calling thread. The records' own rules are not run: each record is
 * handed over with no issues of its own. One invocation is a whole batch of {@value #RECORDS}
 * sample records, so the figure is records per second including {@code finish()}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BatchBenchmark -f 1 -wi 3 -i 5}. The
 * state stays in memory here (the default budget); the spilled path is measured end to end by
 * {@code benchmarks/big-file.sh}.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@State(Scope.Benchmark)
public class BatchBenchmark {

  /** Records per batch. */
  public static final int RECORDS = 200_000;

  private ShegongValidator validator;
  private List<ExchangeRecord> records;
  private RecordLocation[] locations;

  /** Creates the benchmark state; JMH calls {@link #setUp()}. */
  public BatchBenchmark() {}

  /** Generates the sample once. */
  @Setup
  public void setUp() {
    SampleData sample = SampleData.withSeed(7);
    records = List.copyOf(sample.records(RECORDS));
    validator =
        ShegongValidator.create(ValidationConfig.builder().asOf(SampleData.DEFAULT_AS_OF).build());
    locations = new RecordLocation[RECORDS];
    for (int i = 0; i < RECORDS; i++) {
      locations[i] = RecordLocation.of("bench.ndjson", i + 1L, i);
    }
  }

  /**
   * Feeds the whole sample to one batch and finishes it.
   *
   * @return the number of issues, so that nothing is optimised away
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long batchRules() {
    BatchValidation batch = validator.newBatch(BatchOptions.retainingAtMost(0));
    long issues = 0;
    List<Issue> none = List.of();
    for (int i = 0; i < RECORDS; i++) {
      issues += batch.addValidated(records.get(i), locations[i], none).size();
    }
    return issues + batch.finish().size();
  }
}
