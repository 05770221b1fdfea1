package org.shegong.examples.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;

class StationPlanCheckTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void acceptsTheConformingPlanAndReportsTheMissingDomainAsSgFwk004() {
    Report report = StationPlanCheck.run(Locale.ENGLISH, out);

    assertThat(report.summary().records()).isEqualTo(2);
    assertThat(report.summary().validRecords()).isEqualTo(1);
    assertThat(report.issues()).extracting(Issue::code).containsExactly("SG-FWK-004");
    Issue issue = report.issues().get(0);
    assertThat(issue.recordId()).contains("ST-0002");
    assertThat(issue.path()).isEqualTo("/servicePlan/slots/2");
    assertThat(issue.message()).contains("COMMUNITY_GOVERNANCE");
  }

  @Test
  void printsTheFrameworkAndEachStationsVerdict() {
    StationPlanCheck.run(Locale.ENGLISH, out);

    String ok =
        output()
            .substring(output().indexOf("Station ST-0001"), output().indexOf("Station ST-0002"));
    String broken = output().substring(output().indexOf("Station ST-0002"));
    assertThat(output()).contains("Framework 1+1+5+X").contains("slot 2: 5");
    assertThat(ok).contains("conforms: no issue");
    assertThat(broken)
        .contains("ERROR SG-FWK-004 at /servicePlan/slots/2")
        .doesNotContain("conforms");
    assertThat(output()).contains("Both as one batch: 2 records, 1 valid, 1 error(s)");
  }

  @Test
  void writesTheMessagesInChineseWhenAsked() {
    Report report = StationPlanCheck.run(Locale.forLanguageTag("zh-CN"), out);

    assertThat(report.issues().get(0).message()).containsPattern("\\p{IsHan}");
  }
}
