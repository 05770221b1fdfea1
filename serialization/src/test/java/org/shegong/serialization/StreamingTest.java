package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Worker;

/**
 * Memory does not grow with the file: 200,000 records are read in a JVM with a 32 MB heap, about a
 * third of the size of the file.
 */
class StreamingTest {

  private static final int RECORDS = 200_000;

  @Test
  void readsALargeFileInASmallHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("large.ndjson");
    long writeStart = System.nanoTime();
    try (ExchangeWriter writer = ExchangeWriter.open(file, WriteOptions.full())) {
      writer.writeHeader(ExchangeHeader.builder().recordCount(RECORDS).build());
      for (int i = 0; i < RECORDS; i++) {
        ExchangeRecord record =
            i % 2 == 0
                ? Child.builder().from(Fixtures.CHILD).id("C-" + i).build()
                : Worker.builder().from(Fixtures.WORKER).id("W-" + i).build();
        writer.write(record);
      }
    }
    long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;

    String[] result = runInSmallHeap(file).trim().split(" ");

    assertThat(Long.parseLong(result[0])).isEqualTo(RECORDS);
    assertThat(Long.parseLong(result[1])).isZero();
    long readMillis = Long.parseLong(result[2]);
    System.out.printf(
        "StreamingTest: %d records, %d MB; wrote %d records/s; read in -Xmx32m at %d records/s%n",
        RECORDS,
        Files.size(file) / 1_000_000,
        RECORDS * 1000L / Math.max(1, writeMillis),
        RECORDS * 1000L / Math.max(1, readMillis));
    assertThat(Files.size(file)).isGreaterThan(96L * 1024 * 1024);
  }

  private static String runInSmallHeap(Path file) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = file.resolveSibling("out.txt");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx32m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    StreamingReadMain.class.getName(),
                    file.toString()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean done = process.waitFor(60, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(done).as("reader finished in time: %s", text).isTrue();
    assertThat(process.exitValue()).as("reader output: %s", text).isZero();
    String[] lines = text.split("\\R");
    return lines[lines.length - 1];
  }
}
