package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleCatalogue;
import org.shegong.serialization.schema.JsonSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class OtherCommandsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest(name = "shegong {0} --help")
  @ValueSource(strings = {"validate", "schema", "sample", "coverage", "rules"})
  void everyCommandHasHelp(String command) {
    Cli.Result result = Cli.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: shegong " + command).contains("--help");
  }

  @Test
  void topLevelHelpListsTheCommands() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("validate", "schema", "sample", "coverage", "rules", "校验");
  }

  @Test
  void schemaWritesEveryFile() throws IOException {
    Path out = dir.resolve("schemas");
    Cli.Result result = Cli.run("schema", "--out", out.toString());

    assertThat(result.exitCode()).isZero();
    for (String name : JsonSchemas.fileNames()) {
      assertThat(out.resolve(name)).exists();
      assertThat(Files.readString(out.resolve(name))).isEqualTo(JsonSchemas.all().get(name));
      assertThat(result.out()).contains(name);
    }
  }

  @Test
  void schemaCannotWriteIntoAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("occupied"), "x");

    Cli.Result result = Cli.run("schema", "--out", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("SG-SCH-002");
  }

  @Test
  void rulesListsEveryRuleInTextAndMarkdown() {
    Cli.Result zh = Cli.run("rules");
    Cli.Result en = Cli.run("rules", "--locale", "en");
    Cli.Result markdown = Cli.run("rules", "--format", "markdown");

    RuleCatalogue catalogue = RuleCatalogue.load();
    assertThat(catalogue.size()).isGreaterThan(40);
    for (Rule rule : catalogue.rules()) {
      assertThat(zh.out()).contains(rule.code() + "  ").contains(rule.summaryZh());
      assertThat(en.out()).contains(rule.summaryEn());
      assertThat(zh.out()).contains(rule.messageZh(), rule.messageEn(), rule.example());
      assertThat(markdown.out()).contains("## " + rule.code() + "\n");
    }
    assertThat(en.out()).endsWith(catalogue.size() + " rules\n");
  }

  @Test
  void coverageCountsTheActiveTownshipStationsOfTheRegion() throws IOException {
    // 60 records: 固镇县 (340323) with stations in three of its townships, then 泰来县 (230224)
    Path file =
        Cli.writeSample(dir.resolve("stations.ndjson"), 2024, LocalDate.of(2026, 11, 22), 60);

    Cli.Result json =
        Cli.run(
            "coverage", "--stations", file.toString(), "--region", "340323", "--format", "json");
    Cli.Result text =
        Cli.run("coverage", "--stations", file.toString(), "--region", "340323", "--locale", "en");

    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode coverage = MAPPER.readTree(json.out());
    assertThat(coverage.get("region").get("name").asText()).isEqualTo("固镇县");
    assertThat(coverage.get("covered").asInt()).isEqualTo(3);
    assertThat(coverage.get("total").asInt()).isGreaterThan(3);
    assertThat(coverage.get("coveredUnits").findValuesAsString("name"))
        .containsExactly("濠城镇", "杨庙镇", "仲兴镇");
    assertThat(coverage.get("uncoveredUnits").size()).isEqualTo(coverage.get("total").asInt() - 3);
    assertThat(coverage.get("excludedStations").findValuesAsString("reason"))
        .contains("WRONG_STATION_LEVEL");
    assertThat(text.out())
        .contains("Township station coverage of 固镇县 (340323), division table 2022")
        .contains("covered 3 of " + coverage.get("total").asInt())
        .contains("uncovered (")
        .contains("not a station of the level counted");
  }

  @Test
  void coverageOfAnUnknownRegionCannotRun() {
    Path file = Cli.writeSample(dir.resolve("s.ndjson"), 1, LocalDate.of(2024, 6, 30), 10);

    Cli.Result result = Cli.run("coverage", "--stations", file.toString(), "--region", "999999");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("SG-COV-001");
    assertThat(Cli.run("coverage", "--region", "340323").exitCode()).isEqualTo(2);
  }

  @Test
  void versionIsPrinted() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("shegong ");
  }
}
