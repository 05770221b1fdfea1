package org.shegong.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed schema files in sync with the model: regenerates every schema in memory and
 * fails, with a diff and the command that updates the files, when a committed file differs.
 *
 * <p>Update: {@code mvn -B -ntp -pl serialization -am test -Dtest=SchemaSyncTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dshegong.updateSchemas=true}
 */
class SchemaSyncTest {

  static final String UPDATE_PROPERTY = "shegong.updateSchemas";
  static final String UPDATE_COMMAND =
      "mvn -B -ntp -pl serialization -am test -Dtest=SchemaSyncTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -D"
          + UPDATE_PROPERTY
          + "=true";

  private static final Path COMMITTED =
      Path.of(System.getProperty("basedir", "."))
          .resolve("src/main/resources/org/shegong/serialization/schema");

  @Test
  void committedSchemasAreWhatTheModelGenerates() throws IOException {
    Map<String, String> generated = new ModelSchemaGenerator().generateAll();
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      update(generated);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> schema : generated.entrySet()) {
      Path file = COMMITTED.resolve(schema.getKey());
      if (!Files.exists(file)) {
        problems.add(schema.getKey() + ": missing");
      } else {
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        String difference = firstDifference(committed, schema.getValue());
        if (difference != null) {
          problems.add(schema.getKey() + ": " + difference);
        }
      }
    }
    for (String name : committedNames()) {
      if (!generated.containsKey(name)) {
        problems.add(name + ": committed but no longer generated (delete it)");
      }
    }
    if (!problems.isEmpty()) {
      fail(
          "The committed JSON Schemas under "
              + COMMITTED
              + " differ from what the model generates:\n"
              + String.join("\n", problems)
              + "\nIf the model change is intended, update the files with:\n  "
              + UPDATE_COMMAND
              + "\nand commit them.");
    }
  }

  @Test
  void theJarServesTheCommittedFiles() throws IOException {
    assumeFalse(Boolean.getBoolean(UPDATE_PROPERTY), "resources are copied before an update");
    for (Map.Entry<String, String> schema : JsonSchemas.all().entrySet()) {
      assertThat(schema.getValue())
          .as(schema.getKey())
          .isEqualTo(Files.readString(COMMITTED.resolve(schema.getKey()), StandardCharsets.UTF_8));
    }
    assertThat(committedNames()).containsExactlyInAnyOrderElementsOf(JsonSchemas.fileNames());
  }

  @Test
  void reportsTheFirstDifferingLineWithBothVersions() {
    String difference = firstDifference("{\n  \"a\": 1\n}\n", "{\n  \"a\": 2\n}\n");

    assertThat(difference)
        .contains("line 2")
        .contains("- committed:  \"a\": 1")
        .contains("+ generated:  \"a\": 2");
    assertThat(firstDifference("x\n", "x\n")).isNull();
  }

  private static void update(Map<String, String> generated) throws IOException {
    Files.createDirectories(COMMITTED);
    for (String name : committedNames()) {
      if (!generated.containsKey(name)) {
        Files.delete(COMMITTED.resolve(name));
      }
    }
    for (Map.Entry<String, String> schema : generated.entrySet()) {
      Files.writeString(
          COMMITTED.resolve(schema.getKey()), schema.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> committedNames() throws IOException {
    if (!Files.isDirectory(COMMITTED)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(COMMITTED)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".schema.json"))
          .sorted()
          .toList();
    }
  }

  /** A diff-style description of the first differing line, or null when the texts are equal. */
  static String firstDifference(String committed, String generated) {
    if (committed.equals(generated)) {
      return null;
    }
    String[] before = committed.split("\n", -1);
    String[] after = generated.split("\n", -1);
    int line = 0;
    while (line < before.length && line < after.length && before[line].equals(after[line])) {
      line++;
    }
    return "differs from line "
        + (line + 1)
        + "\n  - committed:"
        + (line < before.length ? before[line] : "<end of file>")
        + "\n  + generated:"
        + (line < after.length ? after[line] : "<end of file>");
  }
}
