package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A value the reader cannot take is reported once, by the reader's rule. */
class OneDefectOneIssueTest {

  @TempDir Path dir;

  @Test
  void aMalformedAmountIsOnlyAFormatIssueNotAlsoAMissingField() throws IOException {
    Path file = Cli.writeSample(dir.resolve("a.ndjson"), 3, LocalDate.of(2024, 6, 30), 80);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    int project = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"recordType\":\"project\"")
          && lines.get(i).contains("\"amount\"")) {
        project = i;
        lines.set(i, lines.get(i).replaceFirst("\"amount\":\"[0-9.]+\"", "\"amount\":\"12.345\""));
        break;
      }
    }
    assertThat(project).as("a project with an amount in the sample").isNotNegative();
    Files.write(file, lines, StandardCharsets.UTF_8);

    Cli.Result result =
        Cli.run("validate", "--as-of", "2024-06-30", "--format", "json", file.toString());
    JsonNode report = new ObjectMapper().readTree(result.out());

    List<String> codes = new ArrayList<>();
    for (JsonNode issue : report.get("issues")) {
      codes.add(issue.get("code").asText() + " " + issue.get("path").asText());
    }
    assertThat(codes).containsExactly("SG-STR-006 /amount");
    assertThat(report.get("issues").get(0).get("line").asLong()).isEqualTo(project + 1L);
  }
}
