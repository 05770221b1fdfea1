package org.shegong.examples.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.issue.Severity;
import org.shegong.testing.sample.SampleData;

class ValidateExchangeFileTest {

  private static final Pattern CITIZEN_ID = Pattern.compile("\"citizenId\":\"([0-9]{17}[0-9X])\"");

  @TempDir Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private Report runOnGeneratedSample() throws IOException {
    Path input = ValidateExchangeFile.generateSample(dir.resolve("in.ndjson"));
    return ValidateExchangeFile.run(input, dir.resolve("out"), SampleData.DEFAULT_AS_OF, out);
  }

  @Test
  void findsExactlyTheThreeDefectsPutIntoTheSample() throws IOException {
    Report report = runOnGeneratedSample();

    assertThat(report.summary().records()).isEqualTo(ValidateExchangeFile.SAMPLE_RECORDS);
    assertThat(report.summary().validRecords()).isEqualTo(ValidateExchangeFile.SAMPLE_RECORDS - 3);
    assertThat(report.issues().stream().filter(Issue::isError).map(Issue::code))
        .contains("SG-CID-004", "SG-FWK-004")
        .anyMatch(code -> code.startsWith("SG-SYN-"));
    Issue syntax =
        report.issues().stream().filter(i -> i.code().startsWith("SG-SYN-")).findFirst().get();
    assertThat(syntax.line()).contains((long) ValidateExchangeFile.SAMPLE_RECORDS + 1);
    assertThat(output()).contains("Validated 60 records as of 2024-06-30").contains("57 valid");
  }

  @Test
  void writesTheValidRecordsInFullAndMasked() throws IOException {
    runOnGeneratedSample();

    Path full = dir.resolve("out").resolve(ValidateExchangeFile.FULL_OUTPUT);
    Path masked = dir.resolve("out").resolve(ValidateExchangeFile.MASKED_OUTPUT);
    List<String> fullLines = Files.readAllLines(full, StandardCharsets.UTF_8);
    List<String> maskedLines = Files.readAllLines(masked, StandardCharsets.UTF_8);
    // a header and the 57 valid records in each
    assertThat(fullLines).hasSize(58);
    assertThat(maskedLines).hasSize(58);
    assertThat(fullLines.get(0)).contains("\"recordCount\":57");

    List<String> rawIds = citizenIds(String.join("\n", fullLines));
    assertThat(rawIds).isNotEmpty();
    String maskedText = String.join("\n", maskedLines);
    assertThat(rawIds).noneMatch(maskedText::contains);
    assertThat(maskedText).containsPattern("\"citizenId\":\"[0-9]{6}\\*{8}[0-9]{3}[0-9X]\"");
  }

  @Test
  void printsNoRawCitizenId() throws IOException {
    runOnGeneratedSample();

    String full = Files.readString(dir.resolve("out").resolve(ValidateExchangeFile.FULL_OUTPUT));
    assertThat(citizenIds(full)).noneMatch(output()::contains);
    assertThat(output()).contains("First worker record, masked:").contains("********");
  }

  @Test
  void runsOnTheDefaultInputWhateverItIs() throws IOException {
    Path input = ValidateExchangeFile.defaultInput(dir);
    Report report =
        ValidateExchangeFile.run(input, dir.resolve("out"), SampleData.DEFAULT_AS_OF, out);

    assertThat(report.summary().records()).isPositive();
    long written =
        Files.readAllLines(dir.resolve("out").resolve(ValidateExchangeFile.FULL_OUTPUT)).size() - 1;
    assertThat(written).isEqualTo(report.summary().validRecords());
    assertThat(report.issues())
        .filteredOn(i -> i.severity() == Severity.ERROR)
        .allSatisfy(i -> assertThat(i.code()).startsWith("SG-"));
  }

  private static List<String> citizenIds(String text) {
    Matcher matcher = CITIZEN_ID.matcher(text);
    List<String> ids = new java.util.ArrayList<>();
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }
}
