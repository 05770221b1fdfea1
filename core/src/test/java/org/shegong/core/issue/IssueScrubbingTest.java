package org.shegong.core.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shegong.core.ShegongException;

class IssueScrubbingTest {

  @Test
  void everyFieldThatMayQuoteTheInputIsScrubbedWhoeverBuildsTheIssue() {
    Issue issue =
        Issue.builder()
            .severity(Severity.ERROR)
            .code("SG-BAT-002")
            .message("reference 11010519491231002X does not resolve")
            .path("/guardians/13800001234/name")
            .file("export-13900001234.ndjson")
            .recordType("child")
            .recordId("11010519491231002X")
            .build();

    assertThat(issue.message()).isEqualTo("reference 110105********002X does not resolve");
    assertThat(issue.path()).isEqualTo("/guardians/138****1234/name");
    assertThat(issue.file()).hasValue("export-139****1234.ndjson");
    assertThat(issue.recordId()).hasValue("110105********002X");
    assertThat(issue.toString()).doesNotContain("11010519491231002X", "13800001234");
  }

  @Test
  void anIssueWithoutPersonalDataIsKeptAsBuilt() {
    Issue issue =
        Issue.builder()
            .severity(Severity.WARNING)
            .code("SG-BAT-002")
            .message("reference C-0001 does not resolve")
            .path("/stationId")
            .recordId("C-0017")
            .build();

    assertThat(issue.recordId()).hasValue("C-0017");
    assertThat(issue.message()).isEqualTo("reference C-0001 does not resolve");
    assertThat(Issue.builder().from(issue).build()).isEqualTo(issue);
  }

  @Test
  void exceptionMessagesAreScrubbedWhicheverSubclassBuiltThem() {
    ShegongException e = new ShegongException("SG-X-001", "bad value 13800001234");

    assertThat(e.getMessage()).isEqualTo("bad value 138****1234");
  }
}
