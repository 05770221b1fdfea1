package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.serialization.report.ReportJson;

class SampleCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws IOException {
    Path a = dir.resolve("a.ndjson");
    Path b = dir.resolve("b.ndjson");
    Path c = dir.resolve("c.ndjson");

    assertThat(Cli.run("sample", "-n", "200", "--seed", "7", "-o", a.toString()).exitCode())
        .isZero();
    Cli.run("sample", "-n", "200", "--seed", "7", "-o", b.toString());
    Cli.run("sample", "-n", "200", "--seed", "8", "-o", c.toString());

    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
  }

  @Test
  void writesAHeaderThatCountsTheRecords() throws IOException {
    Path file = dir.resolve("s.ndjson");
    Cli.Result result = Cli.run("sample", "--records", "50", "-o", file.toString());

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(51);
    JsonNode header = MAPPER.readTree(lines.get(0));
    assertThat(header.get("recordType").asText()).isEqualTo("header");
    assertThat(header.get("recordCount").asLong()).isEqualTo(50);
    assertThat(result.err()).contains("wrote 50 records (0 with a defect)");
    assertThat(Files.exists(dir.resolve("s.ndjson.defects.tsv"))).isFalse();
  }

  @Test
  void writesToStandardOutputWithoutOut() {
    Cli.Result result = Cli.run("sample", "-n", "3", "--invalid-rate", "1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).hasSize(4);
    // the defect list goes to standard error
    assertThat(result.err())
        .contains("line\trecordIndex\trecordType\trecordId\tdefect\texpectedRule");
  }

  @Test
  void everyInjectedDefectIsReportedWithItsRuleCodeAtItsLine() throws IOException {
    Path file = dir.resolve("broken.ndjson");
    Cli.Result sample =
        Cli.run(
            "sample",
            "-n",
            "600",
            "--seed",
            "11",
            "--as-of",
            "2024-06-30",
            "--invalid-rate",
            "0.1",
            "-o",
            file.toString());
    assertThat(sample.exitCode()).isZero();
    List<String> defects = Files.readAllLines(dir.resolve("broken.ndjson.defects.tsv"));
    assertThat(defects.size()).isGreaterThan(30);

    Cli.Result validate =
        Cli.run("validate", "--as-of", "2024-06-30", "--format", "json", file.toString());

    assertThat(validate.exitCode()).isEqualTo(1);
    Report report = ReportJson.read(validate.out());
    for (String row : defects.subList(1, defects.size())) {
      String[] cells = row.split("\t");
      long line = Long.parseLong(cells[0]);
      String expected = cells[5];
      assertThat(expected)
          .as("defect %s has a rule code", cells[4])
          .matches("SG-[A-Z]{3}-[0-9]{3}");
      assertThat(report.issues())
          .as("line %d, defect %s", line, cells[4])
          .filteredOn(i -> i.line().orElse(-1L) == line)
          .extracting(Issue::code)
          .contains(expected);
    }
  }

  @Test
  void aSampleGeneratedWithTheDefaultDateValidatesCleanWithTheDefaultDate() throws IOException {
    Path file = dir.resolve("today.ndjson");
    assertThat(Cli.run("sample", "-n", "400", "--seed", "5", "-o", file.toString()).exitCode())
        .isZero();

    Cli.Result validate = Cli.run("validate", "--format", "json", file.toString());

    assertThat(validate.exitCode()).isZero();
    Report report = ReportJson.read(validate.out());
    assertThat(report.issues()).extracting(Issue::code).isEmpty();
  }

  @Test
  void rejectsARateOutsideZeroToOneAndANegativeCount() {
    assertThat(Cli.run("sample", "-n", "5", "--invalid-rate", "1.5").exitCode()).isEqualTo(2);
    assertThat(Cli.run("sample", "-n", "-5").exitCode()).isEqualTo(2);
    assertThat(Cli.run("sample").exitCode()).isEqualTo(2);
  }
}
