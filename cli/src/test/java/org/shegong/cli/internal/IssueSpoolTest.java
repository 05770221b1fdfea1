package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Severity;

class IssueSpoolTest {

  private static Issue issue(String file, long line, String code, Severity severity) {
    return Issue.builder()
        .severity(severity)
        .code(code)
        .message("m")
        .path("/id")
        .file(file)
        .line(line)
        .build();
  }

  private static List<String> playBack(int memoryLimit) throws IOException {
    try (IssueSpool spool =
        new IssueSpool(Profile.EXCHANGE, LocalDate.of(2024, 6, 30), "2022", memoryLimit)) {
      for (int line = 2; line < 400; line++) {
        spool.add(issue("a", line, "SG-AAA-001", Severity.ERROR));
        if (line % 50 == 0) {
          spool.addLate(issue("a", line, "SG-BAT-002", Severity.ERROR));
        }
      }
      spool.addLate(issue("a", 1, "SG-HDR-001", Severity.ERROR));
      spool.endFile();
      spool.add(issue("b", 3, "SG-BBB-001", Severity.WARNING));
      spool.addLate(issue("b", 2, "SG-BAT-002", Severity.ERROR));
      spool.finish();
      assertThat(spool.spilled()).isEqualTo(memoryLimit < 10_000);
      assertThat(spool.errors()).isEqualTo(398 + 7 + 1 + 1);
      assertThat(spool.warnings()).isEqualTo(1);
      List<String> seen = new ArrayList<>();
      spool.inFileOrder(
          List.of("a", "b"),
          i ->
              seen.add(
                  i.get("file").asText()
                      + ":"
                      + i.get("line").asLong()
                      + ":"
                      + i.get("code").asText()));
      return seen;
    }
  }

  @Test
  void playsIssuesBackInFileOrderWithLateOnesMergedIn() throws IOException {
    List<String> seen = playBack(1 << 20);

    assertThat(seen).hasSize(398 + 7 + 1 + 2);
    assertThat(seen.get(0)).isEqualTo("a:1:SG-HDR-001");
    assertThat(seen).containsSubsequence("a:50:SG-AAA-001", "a:50:SG-BAT-002", "a:51:SG-AAA-001");
    assertThat(seen.subList(seen.size() - 2, seen.size()))
        .containsExactly("b:2:SG-BAT-002", "b:3:SG-BBB-001");
  }

  @Test
  void spillingToDiskChangesNothing() throws IOException {
    assertThat(playBack(512)).isEqualTo(playBack(1 << 20));
  }
}
