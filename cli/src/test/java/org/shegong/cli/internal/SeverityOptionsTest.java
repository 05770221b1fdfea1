package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code --severity} and {@code --rules-config} change the report as documented. */
class SeverityOptionsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode json(Cli.Result result) throws IOException {
    return MAPPER.readTree(result.out());
  }

  private static List<String> severitiesOf(JsonNode report, String code) {
    List<String> severities = new ArrayList<>();
    for (JsonNode issue : report.get("issues")) {
      if (issue.get("code").asText().equals(code)) {
        severities.add(issue.get("severity").asText());
      }
    }
    return severities;
  }

  private Cli.Result validate(String... options) {
    List<String> args = new ArrayList<>(List.of("validate", "--as-of", Cli.SAMPLE_AS_OF));
    args.addAll(List.of(options));
    args.add(Cli.sampleFile().toString());
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aSeverityOnTheCommandLineChangesTheReportIncludingTheReadersRules() throws IOException {
    JsonNode before = json(validate("--format", "json"));
    JsonNode after =
        json(
            validate(
                "--format",
                "json",
                "--severity",
                "SG-STR-004=WARNING",
                "--severity",
                "SG-CHD-004=OFF"));

    assertThat(severitiesOf(before, "SG-STR-004")).isNotEmpty().containsOnly("ERROR");
    assertThat(severitiesOf(after, "SG-STR-004")).isNotEmpty().containsOnly("WARNING");
    assertThat(severitiesOf(before, "SG-CHD-004")).isNotEmpty();
    assertThat(severitiesOf(after, "SG-CHD-004")).isEmpty();
    long removed =
        severitiesOf(before, "SG-STR-004").size() + severitiesOf(before, "SG-CHD-004").size();
    assertThat(after.get("summary").get("errors").asLong())
        .isEqualTo(before.get("summary").get("errors").asLong() - removed);
    assertThat(after.get("summary").get("warnings").asLong())
        .isEqualTo(
            before.get("summary").get("warnings").asLong()
                + severitiesOf(before, "SG-STR-004").size());
  }

  @Test
  void theTextReportSaysWhichSeveritiesTheConfigurationSet() {
    Cli.Result zh = validate("--severity", "SG-STR-004=WARNING", "--severity", "SG-CHD-004=OFF");
    Cli.Result en = validate("--locale", "en", "--severity", "SG-STR-004=WARNING");
    Cli.Result json = validate("--format", "json", "--severity", "SG-STR-004=INFO");

    assertThat(zh.out()).contains("按配置调整的严重程度：SG-CHD-004 关闭，SG-STR-004 警告");
    assertThat(en.out()).contains("severities set by configuration: SG-STR-004 WARNING");
    assertThat(json.err()).contains("按配置调整的严重程度：SG-STR-004 提示");
    assertThat(json.out()).doesNotContain("按配置调整");
  }

  @Test
  void aRulesConfigFileDoesTheSameAndTheCommandLineWins() throws IOException {
    Path config = dir.resolve("rules.properties");
    Files.writeString(
        config,
        "# 某省的严重程度\n\n! also a comment\nSG-STR-004 = warning\nSG-CHD-004: OFF\n"
            + "SG-BAT-001=INFO\n",
        StandardCharsets.UTF_8);

    JsonNode report =
        json(
            validate(
                "--format",
                "json",
                "--rules-config",
                config.toString(),
                "--severity",
                "SG-BAT-001=WARNING"));

    assertThat(severitiesOf(report, "SG-STR-004")).isNotEmpty().containsOnly("WARNING");
    assertThat(severitiesOf(report, "SG-CHD-004")).isEmpty();
    assertThat(severitiesOf(report, "SG-BAT-001")).isNotEmpty().containsOnly("WARNING");
  }

  @Test
  void anUnknownCodeIsAUsageErrorInTheChosenLanguage() {
    Cli.Result zh = validate("--severity", "SG-CHD-999=ERROR");
    Cli.Result en = validate("--locale", "en", "--severity", "SG-CHD-999=ERROR");

    assertThat(zh.exitCode()).isEqualTo(2);
    assertThat(zh.err()).contains("--severity：没有代码为 SG-CHD-999 的规则");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err()).contains("--severity: no rule has the code SG-CHD-999");
    assertThat(zh.out()).isEmpty();
  }

  @Test
  void malformedSeveritiesAreUsageErrors() {
    Cli.Result level = validate("--locale", "en", "--severity", "SG-CHD-014=FATAL");
    Cli.Result pair = validate("--locale", "en", "--severity", "SG-CHD-014");
    Cli.Result empty = validate("--severity", "SG-CHD-014=");

    assertThat(level.exitCode()).isEqualTo(2);
    assertThat(level.err()).contains("a severity is ERROR, WARNING, INFO or OFF, got 'FATAL'");
    assertThat(pair.exitCode()).isEqualTo(2);
    assertThat(pair.err()).contains("expected CODE=LEVEL").contains("'SG-CHD-014'");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("应为 规则代码=严重程度");
  }

  @Test
  void mistakesInTheFileNameTheLine() throws IOException {
    Path config = dir.resolve("bad.properties");
    Files.writeString(config, "# ok\nSG-CHD-014=ERROR\nSG-CHD-014 ERROR\n", StandardCharsets.UTF_8);
    Path unknown = dir.resolve("unknown.properties");
    Files.writeString(unknown, "SG-XYZ-001=OFF\n", StandardCharsets.UTF_8);

    Cli.Result bad = validate("--locale", "en", "--rules-config", config.toString());
    Cli.Result badZh = validate("--rules-config", unknown.toString());
    Cli.Result missing =
        validate("--locale", "en", "--rules-config", dir.resolve("nope.properties").toString());

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--rules-config " + config + " line 3: expected CODE=LEVEL");
    assertThat(badZh.exitCode()).isEqualTo(2);
    assertThat(badZh.err()).contains("第1行：没有代码为 SG-XYZ-001 的规则");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read the --rules-config file");
  }

  @Test
  void theRulesCommandShowsTheEffectiveSeverity() {
    Cli.Result en = Cli.run("rules", "--locale", "en", "--severity", "SG-CHD-014=ERROR");
    Cli.Result zh = Cli.run("rules", "--severity", "SG-TEL-001=OFF");
    Cli.Result plain = Cli.run("rules", "--locale", "en");

    assertThat(en.exitCode()).isZero();
    assertThat(en.out())
        .contains("SG-CHD-014  ERROR (set by configuration; catalogue: WARNING)  domain");
    assertThat(plain.out()).contains("SG-CHD-014  WARNING  domain");
    assertThat(zh.out()).contains("SG-TEL-001  关闭（已按配置调整，规则目录为错误）");
    assertThat(Cli.run("rules", "--severity", "SG-NOP-001=OFF").exitCode()).isEqualTo(2);
  }
}
