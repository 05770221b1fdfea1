package org.shegong.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.testing.sample.SampleData;
import org.shegong.validation.BatchOptions;
import org.shegong.validation.BatchValidation;
import org.shegong.validation.RecordLocation;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;

/**
 * The cost of the batch rules per record in CPU time and allocated bytes of the calling thread,
 * which a loaded machine disturbs far less than wall time: feeds the same sample batch as {@link
 * BatchBenchmark} to a new {@link BatchValidation} round after round and prints the best and the
 * median round. Uses only the public API, so that the same class runs against older builds.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.shegong.benchmarks.BatchTiming
 * [records [rounds [memoryBudget]]]}; a small budget measures the spilled path.
 *
 * @since 0.1.0
 */
public final class BatchTiming {

  private BatchTiming() {}

  /**
   * Runs the rounds.
   *
   * @param args records (default 200,000), rounds (default 15), memory budget in bytes (default:
   *     the default budget)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<ExchangeRecord> records = List.copyOf(SampleData.withSeed(7).records(count));
    ShegongValidator validator =
        ShegongValidator.create(ValidationConfig.builder().asOf(SampleData.DEFAULT_AS_OF).build());
    BatchOptions options =
        args.length > 2
            ? BatchOptions.builder()
                .maxRetainedIssues(0)
                .memoryBudget(Long.parseLong(args[2]))
                .build()
            : BatchOptions.retainingAtMost(0);
    RecordLocation[] locations = new RecordLocation[count];
    for (int i = 0; i < count; i++) {
      locations[i] = RecordLocation.of("timing.ndjson", i + 1L, i);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    List<Issue> none = List.of();
    double[] nanos = new double[rounds];
    double[] bytes = new double[rounds];
    long issues = 0;
    for (int round = 0; round < rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long allocated = threads.getThreadAllocatedBytes(thread);
      BatchValidation batch = validator.newBatch(options);
      for (int i = 0; i < count; i++) {
        issues += batch.addValidated(records.get(i), locations[i], none).size();
      }
      issues += batch.finish().size();
      nanos[round] = (threads.getCurrentThreadCpuTime() - cpu) / (double) count;
      bytes[round] = (threads.getThreadAllocatedBytes(thread) - allocated) / (double) count;
    }
    // the first rounds warm the JIT up: the best and the median of the second half
    double[] ns = Arrays.copyOfRange(nanos, rounds / 2, rounds);
    double[] b = Arrays.copyOfRange(bytes, rounds / 2, rounds);
    Arrays.sort(ns);
    Arrays.sort(b);
    List<String> out = new ArrayList<>();
    out.add(String.format("records %d, rounds %d, issues %d", count, rounds, issues));
    out.add(
        String.format(
            "CPU ns/record: best %.0f, median %.0f (%.0f records/s of CPU at best)",
            ns[0], ns[ns.length / 2], 1e9 / ns[0]));
    out.add(String.format("allocated bytes/record: median %.0f", b[b.length / 2]));
    out.forEach(System.out::println);
  }
}
