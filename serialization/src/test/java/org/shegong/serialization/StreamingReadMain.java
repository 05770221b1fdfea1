package org.shegong.serialization;

import java.io.IOException;
import java.nio.file.Path;

/** Reads an exchange file and prints "records issues millis"; run in a small-heap JVM by a test. */
final class StreamingReadMain {

  private StreamingReadMain() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    long records = 0;
    long issues = 0;
    try (ExchangeReader reader = ExchangeReader.open(Path.of(args[0]), ReadOptions.defaults())) {
      for (ReadRecord read : reader) {
        records++;
        issues += read.issues().size();
        if (read.record().isEmpty()) {
          issues++;
        }
      }
      issues += reader.finish().size() + reader.headerIssues().size();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(records + " " + issues + " " + millis);
  }
}
