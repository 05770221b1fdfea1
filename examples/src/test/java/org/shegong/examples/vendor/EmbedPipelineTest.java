package org.shegong.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.examples.exchange.ValidateExchangeFile;
import org.shegong.pipeline.PipelineSummary;

class EmbedPipelineTest {

  @TempDir Path dir;

  @Test
  void printsEveryIssueOfTheFileInFileOrderAndTheCounts() throws Exception {
    Path file = ValidateExchangeFile.generateSample(dir.resolve("received.ndjson"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    PipelineSummary summary = EmbedPipeline.validate(List.of(file), LocalDate.of(2024, 6, 30), out);

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(summary.valid()).isFalse();
    assertThat(summary.records()).isEqualTo(ValidateExchangeFile.SAMPLE_RECORDS);
    assertThat(lines).hasSize((int) summary.issues() + 1);
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("60 records, 3 errors, 0 warnings (division table 2022)");
    assertThat(String.join("\n", lines))
        .contains("ERROR SG-CID-004")
        .contains("ERROR SG-FWK-004")
        .contains(":61 ERROR SG-SYN-001");
  }
}
