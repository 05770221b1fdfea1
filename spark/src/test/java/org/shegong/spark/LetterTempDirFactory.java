package org.shegong.spark;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary directories named with letters only ({@code junit-qhzkwmtrbx}): JUnit's default names
 * end in a random number that can have the shape of a citizen ID or a mobile number, which every
 * output of Shegong masks, so a test comparing a report with its file's path would fail now and
 * then. Set as the default in {@code junit-platform.properties}.
 */
public final class LetterTempDirFactory implements TempDirFactory {

  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context)
      throws Exception {
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
