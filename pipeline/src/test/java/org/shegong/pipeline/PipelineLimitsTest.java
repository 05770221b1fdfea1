package org.shegong.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.RuleCatalogue;
import org.shegong.core.issue.Severity;
import org.shegong.validation.ValidationConfig;

/**
 * The bounds of a run: issues listed per record, issues kept per run, and a failure inside Shegong
 * that ends in a report rather than a stack trace.
 */
class PipelineLimitsTest {

  private static final ValidationConfig CONFIG =
      ValidationConfig.builder().asOf(Fixtures.AS_OF).locale(Locale.ENGLISH).build();

  private static final String GOOD = "{\"recordType\":\"agency\",\"id\":\"A-1\",\"name\":\"阳光\"}";

  private static String badChild(String id, int badItems) {
    StringBuilder line =
        new StringBuilder("{\"recordType\":\"child\",\"id\":\"" + id + "\",\"categories\":[");
    for (int i = 0; i < badItems; i++) {
      line.append(i == 0 ? "" : ",").append(i);
    }
    return line.append("]}").toString();
  }

  private static PipelineResult run(PipelineConfig.Builder config, List<String> lines) {
    return Pipeline.of(config.validation(CONFIG).threads(2).build())
        .validate(Source.lines("t.ndjson", lines));
  }

  private static List<Issue> ofLine(PipelineResult result, long line) {
    return result.issues().stream()
        .filter(i -> i.line().equals(java.util.Optional.of(line)))
        .toList();
  }

  @Test
  void aRecordListsAtMostItsLimitOfIssuesAndOneIssueCountsTheRest() {
    List<String> lines = List.of(GOOD, badChild("C-1", 40), GOOD.replace("A-1", "A-2"));

    PipelineResult all = run(PipelineConfig.builder(), lines);
    PipelineResult capped = run(PipelineConfig.builder().maxIssuesPerRecord(10), lines);

    List<Issue> every = ofLine(all, 2);
    List<Issue> listed = ofLine(capped, 2);
    // 40 wrong types while reading, then the child's own rules (missing fields, age)
    assertThat(every).hasSizeGreaterThan(40).extracting(Issue::code).doesNotContain("SG-SYN-006");
    assertThat(listed).hasSize(11);
    assertThat(listed.subList(0, 10)).isEqualTo(every.subList(0, 10));
    Issue omitted = listed.get(10);
    assertThat(omitted.code()).isEqualTo("SG-SYN-006");
    assertThat(omitted.severity()).isEqualTo(Severity.WARNING);
    assertThat(omitted.recordId()).contains("C-1");
    assertThat(omitted.recordIndex()).contains(1L);
    assertThat(omitted.message())
        .isEqualTo(
            "issues of this record not listed: "
                + (every.size() - 10)
                + " more (at most 10 per record)");
    assertThat(capped.summary().records()).isEqualTo(3);
    assertThat(capped.summary().validRecords()).isEqualTo(all.summary().validRecords());
  }

  @Test
  void theDefaultListsAHundredIssuesPerRecord() {
    PipelineResult result = run(PipelineConfig.builder(), List.of(badChild("C-1", 150)));

    assertThat(PipelineConfig.builder().build().maxIssuesPerRecord()).isEqualTo(100);
    assertThat(result.issues()).hasSize(101);
    assertThat(result.issues().get(100).code()).isEqualTo("SG-SYN-006");
    assertThat(result.issues().get(100).message()).contains(": ").contains(" more (at most 100");
  }

  @Test
  void aRunStopsKeepingIssuesAtItsLimitButCountsEverything() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      lines.add(i % 3 == 0 ? GOOD.replace("A-1", "A-" + i) : badChild("C-" + i, 2));
    }

    PipelineResult all = run(PipelineConfig.builder(), lines);
    PipelineResult capped = run(PipelineConfig.builder().maxIssues(7), lines);

    assertThat(all.summary().truncated()).isFalse();
    assertThat(all.summary().issuesOmitted()).isZero();
    assertThat(capped.issues()).hasSize(7).isEqualTo(all.issues().subList(0, 7));
    assertThat(capped.summary().truncated()).isTrue();
    assertThat(capped.summary().issuesOmitted()).isEqualTo(all.issues().size() - 7);
    assertThat(capped.summary().issues()).isEqualTo(all.summary().issues());
    assertThat(capped.summary().reportSummary()).isEqualTo(all.summary().reportSummary());
  }

  @Test
  void limitsOfIssuesAreAtLeastOne() {
    assertThatThrownBy(() -> PipelineConfig.builder().maxIssues(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PipelineConfig.builder().maxIssuesPerRecord(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Lines whose iterator fails, with a message that quotes a citizen ID, after some lines. */
  private static Iterable<String> failingAfter(List<String> lines) {
    return () ->
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public String next() {
            if (next < lines.size()) {
              return lines.get(next++);
            }
            if (next > lines.size()) {
              throw new NoSuchElementException();
            }
            next++;
            throw new IllegalStateException("bug while reading 340323198307278409");
          }
        };
  }

  @Test
  void aFailureInsideASourceEndsItWithAnInternalFailureIssueAndTheRunGoesOn() {
    List<String> before = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      before.add(badChild("C-" + i, 1));
    }
    Pipeline pipeline =
        Pipeline.of(PipelineConfig.builder().validation(CONFIG).threads(2).chunkBytes(64).build());

    PipelineResult result =
        pipeline.validate(
            Source.lines("broken.ndjson", failingAfter(before)),
            Source.lines("next.ndjson", List.of(badChild("N-1", 1))));

    List<Issue> internal =
        result.issues().stream().filter(i -> i.code().equals("SG-INT-001")).toList();
    assertThat(internal).hasSize(1);
    Issue failure = internal.get(0);
    assertThat(failure.severity()).isEqualTo(Severity.ERROR);
    assertThat(failure.file()).contains("broken.ndjson");
    assertThat(failure.message())
        .isEqualTo(
            "internal failure of Shegong (java.lang.IllegalStateException): reading stopped"
                + " here; the rest was not checked")
        .doesNotContain("340323198307278409");
    // what was read before the failure is reported, and so is the next source
    assertThat(result.issues())
        .filteredOn(i -> i.file().equals(java.util.Optional.of("broken.ndjson")))
        .hasSizeGreaterThan(1);
    assertThat(result.summary().source("next.ndjson").orElseThrow().records()).isEqualTo(1);
    assertThat(result.issues()).anySatisfy(i -> assertThat(i.recordId()).contains("N-1"));
    // the failure is the last issue of its source
    Issue lastOfBroken =
        result.issues().stream()
            .filter(i -> i.file().equals(java.util.Optional.of("broken.ndjson")))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(lastOfBroken).isEqualTo(failure);
  }

  @Test
  void anInMemorySourceThatThrowsIsAnInternalFailureOfThatSource() {
    Iterable<org.shegong.core.model.ExchangeRecord> records =
        () ->
            new Iterator<>() {
              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public org.shegong.core.model.ExchangeRecord next() {
                throw new UnsupportedOperationException("no");
              }
            };

    PipelineResult result = Pipeline.of(CONFIG).validate(Source.records(records));

    assertThat(result.issues()).extracting(Issue::code).containsExactly("SG-INT-001");
    assertThat(result.issues().get(0).recordIndex()).contains(0L);
    assertThat(result.summary().errors()).isEqualTo(1);
  }

  @Test
  void theInternalFailureRuleIsInTheCatalogue() {
    assertThat(RuleCatalogue.load().find("SG-INT-001")).contains(PipelineRules.INTERNAL_FAILURE);
    assertThat(PipelineRules.all()).containsExactly(PipelineRules.INTERNAL_FAILURE);
  }
}
