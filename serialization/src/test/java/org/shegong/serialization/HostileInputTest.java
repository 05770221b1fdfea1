package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.ServiceRecord;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input written to break the reader: numbers no Java type holds, a line with 200,000 bad items, a
 * name typed into a code field. Each must become issues on its line, bounded in number, without
 * echoing the value.
 */
class HostileInputTest {

  /** An 18-digit citizen ID written as a number with an exponent outside the int range. */
  private static final String DIGITS = "340323198307278400";

  private static final String HUGE = DIGITS + "e9999999999";

  private static ReadOptions english() {
    return ReadOptions.defaults().withLocale(Locale.ENGLISH).withFileName("t.ndjson");
  }

  private record Read(List<Issue> header, List<ReadRecord> records, List<Issue> end) {
    List<Issue> all() {
      List<Issue> all = new ArrayList<>(header);
      records.forEach(r -> all.addAll(r.issues()));
      all.addAll(end);
      return all;
    }
  }

  private static Read read(String text, ReadOptions options) {
    try (ExchangeReader reader = ExchangeReader.open(new StringReader(text), options)) {
      List<Issue> header = reader.headerIssues();
      List<ReadRecord> records = new ArrayList<>();
      reader.forEach(records::add);
      return new Read(header, records, reader.finish());
    }
  }

  static Stream<String> hugeNumbers() {
    return Stream.of(
        // an unknown field, first and not first
        "{\"recordType\":\"station\",\"id\":\"S-1\",\"x\":" + HUGE + "}",
        "{\"id\":\"S-1\",\"x\":" + HUGE + ",\"recordType\":\"station\"}",
        // a known string field
        "{\"recordType\":\"station\",\"id\":\"S-1\",\"openedOn\":" + HUGE + "}",
        "{\"id\":\"S-1\",\"openedOn\":" + HUGE + ",\"recordType\":\"station\"}",
        // a known numeric field (int), in every spelling of a huge exponent
        "{\"recordType\":\"serviceRecord\",\"id\":\"R-1\",\"participants\":" + HUGE + "}",
        "{\"recordType\":\"serviceRecord\",\"id\":\"R-1\",\"participants\":1E+9999999999}",
        "{\"recordType\":\"serviceRecord\",\"id\":\"R-1\",\"participants\":-1e-9999999999}",
        "{\"participants\":" + HUGE + ",\"recordType\":\"serviceRecord\",\"id\":\"R-1\"}",
        "{\"recordType\":\"serviceRecord\",\"id\":\"R-1\",\"participants\":"
            + DIGITS
            + DIGITS
            + "}",
        // in arrays, known and unknown
        "{\"recordType\":\"child\",\"id\":\"C-1\",\"categories\":[" + HUGE + "," + HUGE + "]}",
        "{\"recordType\":\"child\",\"id\":\"C-1\",\"x\":[1,[" + HUGE + "],{\"y\":" + HUGE + "}]}",
        "{\"x\":[" + HUGE + "],\"recordType\":\"child\",\"id\":\"C-1\"}");
  }

  @ParameterizedTest
  @MethodSource("hugeNumbers")
  void aNumberWithAHugeExponentIsAnIssueOnItsLineWithoutItsDigits(String line) {
    Read read = read(line + "\n{\"recordType\":\"agency\",\"id\":\"A-1\"}\n", english());

    assertThat(read.records()).hasSize(2);
    ReadRecord first = read.records().get(0);
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.issues()).isNotEmpty().allSatisfy(i -> assertThat(i.line()).contains(1L));
    assertThat(first.issues())
        .extracting(Issue::code)
        .containsAnyOf("SG-STR-002", "SG-STR-004", "SG-STR-006");
    assertThat(read.records().get(1).issues()).isEmpty();
    assertThat(read.all()).allSatisfy(i -> assertThat(i.message()).doesNotContain(DIGITS));
  }

  @Test
  void aHeaderCountWithAHugeExponentIsAnIssueOfTheHeader() {
    Read read =
        read(
            "{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"recordCount\":"
                + HUGE
                + ",\"x\":["
                + HUGE
                + "]}\n{\"recordType\":\"agency\",\"id\":\"A-1\"}\n",
            english());

    assertThat(read.header())
        .extracting(Issue::code, Issue::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SG-STR-002", "/recordCount"),
            org.assertj.core.groups.Tuple.tuple("SG-STR-004", "/x"));
    assertThat(read.records()).hasSize(1);
    assertThat(read.all()).allSatisfy(i -> assertThat(i.message()).doesNotContain(DIGITS));
  }

  @ParameterizedTest
  @MethodSource("hugeNumbers")
  void theMapperThrowsItsOwnExceptionForAHugeExponentWithoutTheDigits(String line) {
    JsonMapper mapper = ShegongModule.newMapper();

    assertThatThrownBy(() -> mapper.readValue(line, ExchangeRecord.class))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageNotContaining(DIGITS)
        .hasMessageStartingWith("SG-STR-00");
  }

  @Test
  void theMapperReadsAHugeExponentIntoAnIntFieldAsAnIssue() {
    JsonMapper mapper = JsonMapper.builder().addModule(new ShegongModule()).build();

    assertThatThrownBy(
            () -> mapper.readValue("{\"participants\":" + HUGE + "}", ServiceRecord.class))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageContaining("SG-STR-002 at /participants")
        .hasMessageNotContaining(DIGITS);
  }

  private static String hugeArrayLine(int items) {
    StringBuilder line =
        new StringBuilder("{\"recordType\":\"child\",\"id\":\"C-1\",\"categories\":[");
    for (int i = 0; i < items; i++) {
      line.append(i == 0 ? "" : ",").append('1');
    }
    return line.append("]}").toString();
  }

  @Test
  void aLineWithTwoHundredThousandBadItemsListsAHundredIssuesAndCountsTheRest() {
    Read read = read(hugeArrayLine(200_000) + "\n", english());

    List<Issue> issues = read.records().get(0).issues();
    assertThat(issues).hasSize(Limits.DEFAULT_MAX_ISSUES_PER_RECORD + 1);
    assertThat(issues.subList(0, 100)).extracting(Issue::code).containsOnly("SG-STR-002");
    assertThat(issues.get(99).path()).isEqualTo("/categories/99");
    Issue last = issues.get(100);
    assertThat(last.code()).isEqualTo("SG-SYN-006");
    assertThat(last.severity()).isEqualTo(Severity.WARNING);
    assertThat(last.line()).contains(1L);
    assertThat(read.records().get(0).issuesOmitted()).isEqualTo(199_900);
    assertThat(last.message())
        .isEqualTo("issues of this record not listed: 199900 more (at most 100 per record)");
  }

  @Test
  void theIssuesListedPerRecordCanBeConfiguredAndCountFromZeroOnEachLine() {
    ReadOptions options = english().withLimits(Limits.defaults().withMaxIssuesPerRecord(3));
    String agency = "{\"recordType\":\"agency\",\"id\":\"A-1\",\"a\":1,\"b\":2}";

    Read read = read(hugeArrayLine(5) + "\n" + agency + "\n" + hugeArrayLine(4) + "\n", options);

    assertThat(read.records().get(0).issues())
        .extracting(Issue::code)
        .containsExactly("SG-STR-002", "SG-STR-002", "SG-STR-002", "SG-SYN-006");
    assertThat(read.records().get(0).issues().get(3).message()).contains(": 2 more");
    assertThat(read.records().get(1).issues())
        .extracting(Issue::code)
        .containsExactly("SG-STR-004", "SG-STR-004");
    assertThat(read.records().get(2).issues().get(3).message()).contains(": 1 more");
    assertThat(Limits.defaults().maxIssuesPerRecord()).isEqualTo(100);
    assertThatThrownBy(() -> Limits.defaults().withMaxIssuesPerRecord(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRecordWithinTheLimitHasNoOmissionIssue() {
    Read read = read(hugeArrayLine(100) + "\n", english());

    assertThat(read.records().get(0).issues())
        .hasSize(100)
        .extracting(Issue::code)
        .doesNotContain("SG-SYN-006");
  }

  static Stream<String> namesInCodeFields() {
    return Stream.of("Zhang San", "ZhangSan", "Zhang", "ZHANG", "zhangsan", "Wang_fang");
  }

  @ParameterizedTest
  @MethodSource("namesInCodeFields")
  void aNameTypedIntoACodeFieldIsNotEchoed(String name) {
    Read read =
        read("{\"recordType\":\"child\",\"id\":\"C-1\",\"sex\":\"" + name + "\"}\n", english());

    Issue unknown =
        read.all().stream().filter(i -> i.code().equals("SG-STR-003")).findFirst().orElseThrow();
    assertThat(unknown.message()).doesNotContain(name).contains("for Sex");
  }

  @ParameterizedTest
  @MethodSource("namesInCodeFields")
  void aNameTypedIntoADateFieldIsNotEchoed(String name) {
    Read read =
        read(
            "{\"recordType\":\"serviceRecord\",\"id\":\"SR-1\",\"startedOn\":\""
                + name
                + "\",\"endedOn\":\""
                + name
                + "\"}\n",
            english());

    assertThat(read.all())
        .filteredOn(i -> i.path().equals("/startedOn") || i.path().equals("/endedOn"))
        .hasSize(2)
        .allSatisfy(i -> assertThat(i.message()).doesNotContain(name).contains("found '"));
  }

  @Test
  void aCodeShapedValueIsStillEchoedInUnknownCode() {
    Read read =
        read(
            "{\"recordType\":\"child\",\"id\":\"C-1\",\"sex\":\"M\",\"classification\":"
                + "{\"tier\":\"TIER_9\"}}\n",
            english());

    assertThat(read.all())
        .filteredOn(i -> i.code().equals("SG-STR-003"))
        .extracting(Issue::message)
        .anySatisfy(m -> assertThat(m).contains("'M'"))
        .anySatisfy(m -> assertThat(m).contains("'TIER_9'"));
  }

  @Test
  void aMappingExceptionMessageIsScrubbedEvenWithTheSourceInItsLocation() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new ShegongModule())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    String id = "340323198307278409";

    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"recordType\":\"station\",\"id\":\"" + id + "\",\"level\":7}",
                    ExchangeRecord.class))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageStartingWith("SG-STR-002 at /level")
        .hasMessageNotContaining(id)
        .satisfies(e -> assertThat(e.toString()).doesNotContain(id));
  }
}
