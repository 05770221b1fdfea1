package org.shegong.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the examples' data files, whether an example runs from the repository root (as {@code mvn
 * -pl examples exec:java} does) or from the {@code examples} folder (as its tests do).
 *
 * @since 0.1.0
 */
public final class ExampleData {

  private ExampleData() {}

  /**
   * Returns the path of a file in {@code examples/data/}.
   *
   * @param name the file name, for example {@code identifiers.txt}; not null
   * @return {@code examples/data/<name>} when the working directory is the repository root, else
   *     {@code data/<name>}; the file itself may not exist
   */
  public static Path file(String name) {
    Path fromRoot = Path.of("examples", "data", name);
    return Files.isDirectory(Path.of("examples", "data")) ? fromRoot : Path.of("data", name);
  }
}
