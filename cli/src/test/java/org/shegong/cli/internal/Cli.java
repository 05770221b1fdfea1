package org.shegong.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.serialization.ExchangeHeader;
import org.shegong.serialization.ExchangeWriter;
import org.shegong.serialization.WriteOptions;
import org.shegong.testing.sample.SampleData;

/** Runs the command line in the test JVM with captured output. */
final class Cli {

  /** The date the committed sample file is valid at. */
  static final String SAMPLE_AS_OF = "2026-11-22";

  private Cli() {}

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ShegongCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The repository root: the parent of the module directory surefire runs in. */
  static Path repoRoot() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("shegong")) || !Files.isDirectory(root.resolve("cli"))) {
      throw new IllegalStateException("tests run in the cli module directory; root not at " + root);
    }
    return root;
  }

  static Path sampleFile() {
    return repoRoot().resolve("examples/data/sample-exchange.ndjson");
  }

  /** Writes the first n records of a seeded sample, valid at asOf, with a header. */
  static Path writeSample(Path file, long seed, LocalDate asOf, int n) {
    return write(file, SampleData.withSeed(seed).asOf(asOf).records(n));
  }

  static Path write(Path file, List<? extends ExchangeRecord> records) {
    try (ExchangeWriter writer = ExchangeWriter.open(file, WriteOptions.full())) {
      writer.writeHeader(
          ExchangeHeader.builder().sender("test").recordCount(records.size()).build());
      records.forEach(writer::write);
    }
    return file;
  }
}
