package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A million records stream through one batch in a JVM with a 64 MB heap (docs/architecture.md,
 * "Performance targets"): the batch keeps hashes, not records.
 */
class LargeBatchTest {

  @Test
  void aMillionRecordsValidateInA64MegabyteHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    MillionRecordRun.class.getName(),
                    "1000000"))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    System.out.println(output);

    assertThat(output).doesNotContain("OutOfMemoryError").contains("records: 1000011");
    assertThat(process.exitValue()).as(output).isZero();
  }
}
