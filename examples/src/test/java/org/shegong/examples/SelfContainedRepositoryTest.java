package org.shegong.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repository stands on its own: no tracked file refers to the design folder that developers and
 * CI keep beside the project, nor to its design document or specifications by their file names. The
 * project's own design lives in {@code docs/} (architecture, domain, exchange and tabular formats);
 * a reference must point there.
 *
 * <p>The files are those {@code git ls-files} lists at the project root; where git is missing or
 * the project is not a git work tree (a source archive), every file under the root is scanned
 * instead, except {@code target/} and {@code .git}. The root is found by walking up from the
 * working directory to the aggregator pom, so the sibling folder of a fresh CI clone is never
 * scanned.
 */
class SelfContainedRepositoryTest {

  /**
   * What counts as a reference outside the repository. The pieces are written so that this file
   * does not match its own pattern: the sibling folder, the design document by name or by section
   * ("DESIGN" then a section sign), and the specification files under their original names (the
   * project's copies are {@code docs/exchange-format.md} and {@code docs/tabular-format.md}).
   */
  static final Pattern OUTSIDE =
      Pattern.compile(
          Pattern.quote("..")
              + "/shared"
              + "|"
              + "DESIGN"
              + Pattern.quote(".")
              + "md"
              + "|"
              + "DESIGN\\s*\u00a7"
              + "|"
              + "spec/(exchange-format|tabular)-v1"
              + Pattern.quote(".")
              + "md");

  /** What the aggregator pom at the project root has and no module's pom has. */
  private static final String AGGREGATOR_MARK = "<module>examples</module>";

  @Test
  void noTrackedFileRefersOutsideTheRepository() throws IOException {
    Path root = projectRoot();
    List<Path> files = trackedFiles(root);
    assertThat(files).as("files of the project at %s", root).hasSizeGreaterThan(100);

    List<String> found = new ArrayList<>();
    for (Path file : files) {
      found.addAll(referencesIn(root, file));
    }

    assertThat(found)
        .as(
            "tracked files must refer to the project's own docs/ (architecture.md, domain.md,"
                + " exchange-format.md, tabular-format.md), not outside the repository")
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "see ../" + "shared/DESIGN" + ".md §1",
        "policy 'national (DESIGN" + ".md §3.4)'",
        "the ratios of DESIGN" + " \u00a77",
        "the report of `spec/exchange-format-v1" + ".md`",
        "columns as in spec/tabular-v1" + ".md",
        "cp ../" + "shared/data/divisions/*.csv core/src/main/resources"
      })
  void recognisesAReferenceOutsideTheRepository(String line) {
    assertThat(OUTSIDE.matcher(line).find()).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "see docs/architecture.md, \"Dependency rules\"",
        "the report of docs/exchange-format.md",
        "columns as in docs/tabular-format.md",
        "shared by core and validation",
        "a design decision (see docs/domain.md)"
      })
  void acceptsAReferenceToTheProjectsOwnDocs(String line) {
    assertThat(OUTSIDE.matcher(line).find()).as(line).isFalse();
  }

  /** The first directory upwards from the working directory that holds the aggregator pom. */
  static Path projectRoot() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path pom = dir.resolve("pom.xml");
      if (Files.isRegularFile(pom) && Files.readString(pom).contains(AGGREGATOR_MARK)) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no directory above " + Path.of("").toAbsolutePath() + " holds the aggregator pom");
  }

  private static List<Path> trackedFiles(Path root) throws IOException {
    List<Path> tracked = gitLsFiles(root);
    return tracked != null ? tracked : walk(root);
  }

  /** The files git tracks under {@code root}, or null when git cannot tell. */
  private static List<Path> gitLsFiles(Path root) {
    try {
      String top = run(root, "git", "rev-parse", "--show-toplevel");
      if (top == null || !Files.isSameFile(Path.of(top.strip()), root)) {
        return null;
      }
      String listing = run(root, "git", "ls-files", "-z");
      if (listing == null) {
        return null;
      }
      return Arrays.stream(listing.split("\0"))
          .filter(name -> !name.isEmpty())
          .map(root::resolve)
          .filter(Files::isRegularFile) // a deleted but still tracked file has nothing to say
          .toList();
    } catch (IOException e) {
      return null;
    }
  }

  /** Standard output of a command run in {@code dir}, or null when it cannot run or fails. */
  private static String run(Path dir, String... command) throws IOException {
    Path out = Files.createTempFile("shegong-git", ".out");
    try {
      Process process;
      try {
        process =
            new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
      } catch (IOException e) {
        return null; // no git on this machine
      }
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return null;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
        return null;
      }
      return process.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static List<Path> walk(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(
              path -> {
                for (Path part : root.relativize(path)) {
                  String name = part.toString();
                  if (name.equals("target") || name.equals(".git")) {
                    return false;
                  }
                }
                return true;
              })
          .toList();
    }
  }

  private static List<String> referencesIn(Path root, Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
      if (bytes[i] == 0) {
        return List.of(); // binary, as git decides it
      }
    }
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    List<String> found = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (OUTSIDE.matcher(lines[i]).find()) {
        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
      }
    }
    return found;
  }
}
