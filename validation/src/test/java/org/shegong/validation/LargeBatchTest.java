package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million records stream through one batch in a JVM with a 64 MB heap (docs/architecture.md,
 * "Performance targets"): beyond its default budget (8 MiB in such a heap) the batch spills its
 * cross-record state to disk; and two records with 83,000 unresolved references each do not exhaust
 * the heap either.
 */
class LargeBatchTest {

  /** Generous on a shared 2-core machine: the run takes about 10 s when the machine is quiet. */
  private static final long TIMEOUT_MINUTES = 10;

  /**
   * A million: enough to go well beyond the default budget of a 64 MB heap (8 MiB, about 300,000
   * records), while the run stays short enough for every build (a million and a half took two
   * minutes on a loaded machine, most of it in the records' own rules).
   */
  private static final int RECORDS = 1_000_000;

  private static final int REFERENCES = 83_000;

  @TempDir Path dir;

  @Test
  void aMillionRecordsValidateInA64MegabyteHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("run.log");
    // the child writes to a file, not a pipe: nothing blocks it, and this thread only waits, so
    // the timeout can fire
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    // the batch's hash tables grow by doubling; G1 places each large array in
                    // contiguous humongous regions, which a 64 MB heap fragments (an occasional
                    // OutOfMemoryError with 15 MB free): the serial collector compacts instead
                    "-XX:+UseSerialGC",
                    "-Dorg.jboss.logging.provider=jdk",
                    "-cp",
                    System.getProperty("java.class.path"),
                    MillionRecordRun.class.getName(),
                    String.valueOf(RECORDS),
                    String.valueOf(REFERENCES)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);

    assertThat(finished).as("finished within %d minutes: %s", TIMEOUT_MINUTES, output).isTrue();
    assertThat(output)
        .doesNotContain("OutOfMemoryError")
        .contains("records: " + (RECORDS + Generated.all().size()))
        .contains("spilled: true")
        .contains("unresolved references: " + 2 * REFERENCES + " (spilled: true)");
    assertThat(process.exitValue()).as(output).isZero();
  }
}
