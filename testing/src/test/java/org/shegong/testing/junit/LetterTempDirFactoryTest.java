package org.shegong.testing.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.privacy.Scrubber;

/** Temporary directories of the factory: new, empty, named with letters, never masked. */
class LetterTempDirFactoryTest {

  @TempDir(factory = LetterTempDirFactory.class)
  Path dir;

  @RepeatedTest(20)
  void aDirectoryIsNewEmptyAndNamedWithLettersOnly() throws Exception {
    assertThat(dir).isDirectory().isEmptyDirectory();
    assertThat(dir.getFileName().toString()).matches("junit-[a-z]{10}");
    assertThat(dir.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    Path file = Files.writeString(dir.resolve("sample.ndjson"), "");
    assertThat(Scrubber.scrub(file.toString())).isEqualTo(file.toString());
  }
}
