package org.shegong.validation;

import java.time.LocalDate;
import java.util.List;
import org.shegong.core.id.CitizenId;
import org.shegong.core.issue.Report;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.ServiceRecord;

/**
 * Streams a large generated batch through a validator and prints the counts, the time to build the
 * validator and the cost per record; run in its own JVM (for example with {@code -Xmx64m}) by
 * {@link LargeBatchTest}.
 *
 * <p>Arguments: the number of records (half child files with distinct citizen IDs, half service
 * records referring to them) and, optionally, a number of references: then a second batch of two
 * service records, each referring to that many workers that never come. Exit status 0 when the
 * reports have the expected counts.
 */
public final class MillionRecordRun {

  private MillionRecordRun() {}

  private static final Child CHILD = Generated.child();
  private static final ServiceRecord SERVICE = Generated.serviceRecord();
  private static final LocalDate BIRTH = LocalDate.of(2012, 1, 1);

  /** Returns generated record number i: even numbers are children, odd ones services to them. */
  static ExchangeRecord record(int i) {
    if (i % 2 == 1) {
      return SERVICE.withId("GR-" + i).withRecipientIds("GC-" + (i - 1));
    }
    LocalDate born = BIRTH.plusDays(i % 1500);
    int n = i / 2;
    // a distinct citizen ID per child: address 6405xx, birth date, sequence
    String first17 = "64" + four(n / 1000) + born.toString().replace("-", "") + three(n % 1000);
    String id = first17 + CitizenId.checkCharacter(first17);
    return CHILD.withId("GC-" + i).withCitizenId(CitizenId.lenient(id)).withBirthDate(born);
  }

  /** Two service records, each referring to {@code n} workers that never come. */
  private static boolean unresolved(ShegongValidator validator, int n) {
    BatchValidation batch = validator.newBatch(BatchOptions.retainingAtMost(0));
    for (int r = 0; r < 2; r++) {
      String[] workers = new String[n];
      for (int i = 0; i < n; i++) {
        workers[i] = "GW-" + r + "-" + i;
      }
      ServiceRecord record = SERVICE.withId("GU-" + r).withWorkerIds(workers).withRecipientIds();
      batch.addValidated(record, RecordLocation.of("refs.ndjson", r + 1L, r), List.of());
    }
    long[] dangling = new long[1];
    batch.finishFile(
        "refs.ndjson",
        issue ->
            dangling[0] +=
                issue.code().equals("SG-BAT-002") && issue.path().startsWith("/workerIds/")
                    ? 1
                    : 0);
    System.out.println(
        "unresolved references: " + dangling[0] + " (spilled: " + batch.spilled() + ")");
    return dangling[0] == 2L * n;
  }

  private static String four(int n) {
    String digits = String.valueOf(n % 10000);
    return "0000".substring(digits.length()) + digits;
  }

  private static String three(int n) {
    return n < 10 ? "00" + n : n < 100 ? "0" + n : String.valueOf(n);
  }

  /**
   * Runs the batch.
   *
   * @param args the number of records
   */
  public static void main(String[] args) {
    int count = Integer.parseInt(args[0]);
    long start = System.nanoTime();
    ShegongValidator validator = ShegongValidator.create(Generated.config());
    long built = System.nanoTime();
    BatchValidation batch = validator.newBatch(BatchOptions.retainingAtMost(100));
    List<ExchangeRecord> fixed = Generated.all();
    long line = 1;
    long index = 0;
    for (ExchangeRecord record : fixed) {
      batch.validate(record, RecordLocation.of("large.ndjson", ++line, index++));
    }
    // the cost of generating the records alone, to subtract from the validation loop
    long generationStart = System.nanoTime();
    long checksum = 0;
    for (int i = 0; i < count; i++) {
      checksum += record(i).id().length();
    }
    long generationNanos = System.nanoTime() - generationStart;
    long loopStart = System.nanoTime();
    for (int i = 0; i < count; i++) {
      batch.validate(record(i), RecordLocation.of("large.ndjson", ++line, index++));
    }
    long loopEnd = System.nanoTime();
    Report report = batch.report();
    boolean ok =
        report.summary().records() == count + fixed.size() && report.summary().errors() == 0;
    System.out.println("validator build ms: " + (built - start) / 1_000_000);
    System.out.println("records: " + report.summary().records());
    System.out.println("valid: " + report.summary().validRecords());
    System.out.println("errors: " + report.summary().errors());
    System.out.println("warnings: " + report.summary().warnings());
    System.out.println("issues kept: " + report.issues().size());
    report.issues().stream().limit(5).forEach(System.out::println);
    System.out.println("generation micros per record: " + generationNanos / 1000.0 / count);
    System.out.println(
        "validation micros per record: "
            + (loopEnd - loopStart - generationNanos) / 1000.0 / count
            + " (checksum "
            + checksum
            + ")");
    System.out.println("spilled: " + batch.spilled());
    if (args.length > 1) {
      ok &= unresolved(validator, Integer.parseInt(args[1]));
    }
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "heap used MB: "
            + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)
            + " of max "
            + rt.maxMemory() / (1024 * 1024));
    System.exit(ok ? 0 : 1);
  }
}
