package org.shegong.benchmarks;

import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.validation.ShegongValidator;

/**
 * Start-up cost, single shot: building a validator ({@link ShegongValidator#create}) against a
 * whole one-file run (build the validator, then read and validate a file of {@value
 * #RECORDS_PER_FILE} records), to show whether building dominates a one-file CLI run.
 *
 * <p>Run with {@code -wi 0 -i 1 -f N} for the cold cost (a fresh JVM per shot, as the CLI sees it);
 * with warm-up iterations the shots measure further validators built in a warm JVM.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class ValidatorBuildBenchmark {

  /** Records (children and stations alternating) in the file of {@link #oneFileRun}. */
  public static final int RECORDS_PER_FILE = 10_000;

  private final String file = buildFile();

  /** Creates the benchmark state; JMH calls it. */
  public ValidatorBuildBenchmark() {}

  /**
   * Builds a validator with the benchmarks' configuration.
   *
   * @return the validator
   */
  @Benchmark
  public ShegongValidator create() {
    return ShegongValidator.create(SampleLines.config());
  }

  /**
   * A whole one-file run: builds a validator, reads an in-memory file of {@value #RECORDS_PER_FILE}
   * records with the exchange reader and validates each.
   *
   * @return the number of issues (zero for the built-in lines)
   */
  @Benchmark
  public long oneFileRun() {
    ShegongValidator validator = ShegongValidator.create(SampleLines.config());
    long issues = 0;
    try (ExchangeReader reader =
        ExchangeReader.open(new StringReader(file), ReadOptions.defaults())) {
      for (ReadRecord read : reader) {
        issues += read.issues().size();
        issues += validator.validate(read.record().orElseThrow()).size();
      }
    }
    return issues;
  }

  private static String buildFile() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < RECORDS_PER_FILE; i++) {
      text.append(i % 2 == 0 ? SampleLines.CHILD : SampleLines.STATION).append('\n');
    }
    return text.toString();
  }
}
