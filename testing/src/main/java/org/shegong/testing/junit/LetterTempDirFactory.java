package org.shegong.testing.junit;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * A JUnit {@code @TempDir} factory whose directories are named with letters only ({@code
 * junit-qhzkwmtrbx}).
 *
 * <p>JUnit's default names end in a random number, which now and then has the shape of a citizen ID
 * or a mobile number. Every output of Shegong masks such shapes wherever they appear, file paths
 * included, so a test that compares a report with the path of the file it validated would fail now
 * and then. Make this factory the default of a test suite in {@code
 * src/test/resources/junit-platform.properties}:
 *
 * <pre>{@code
 * junit.jupiter.tempdir.factory.default=org.shegong.testing.junit.LetterTempDirFactory
 * }</pre>
 *
 * <p>The directories are created under {@code java.io.tmpdir}; JUnit deletes them as usual. Needs
 * JUnit Jupiter 5.10 or newer on the test class path (an optional dependency of this module).
 *
 * @since 0.1.0
 */
public final class LetterTempDirFactory implements TempDirFactory {

  /** Creates the factory; JUnit calls it. */
  public LetterTempDirFactory() {}

  /**
   * Creates an empty directory named {@code junit-} and ten random lower-case letters.
   *
   * @param element the annotated field or parameter; not null
   * @param context the extension context; not null
   * @return the new directory, never null
   * @throws IOException when the directory cannot be created
   */
  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context)
      throws IOException {
    Path parent = Path.of(System.getProperty("java.io.tmpdir"));
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      StringBuilder name = new StringBuilder("junit-");
      for (int i = 0; i < 10; i++) {
        name.append((char) ('a' + random.nextInt(26)));
      }
      try {
        return Files.createDirectory(parent.resolve(name.toString()));
      } catch (FileAlreadyExistsException taken) {
        // draw another name
      }
    }
  }
}
