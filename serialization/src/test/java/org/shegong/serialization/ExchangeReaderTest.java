package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.Agency;
import org.shegong.core.model.Child;
import org.shegong.core.model.RecordType;

class ExchangeReaderTest {

  private static final String AGENCY = "{\"recordType\":\"agency\",\"id\":\"A-1\",\"name\":\"阳光\"}";
  private static final String HEADER =
      "{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"sender\":\"中卫\","
          + "\"generatedAt\":\"2024-06-24T10:00:00+08:00\",\"recordCount\":2}";

  private static List<ReadRecord> readAll(String text, ReadOptions options) {
    try (ExchangeReader reader = ExchangeReader.open(new StringReader(text), options)) {
      List<ReadRecord> all = new ArrayList<>();
      reader.forEach(all::add);
      return all;
    }
  }

  private static List<ReadRecord> readAll(String text) {
    return readAll(
        text, ReadOptions.defaults().withLocale(Locale.ENGLISH).withFileName("t.ndjson"));
  }

  private static Issue onlyIssue(ReadRecord read) {
    assertThat(read.issues()).hasSize(1);
    return read.issues().get(0);
  }

  @Test
  void readsRecordsWithLineAndIndexAndNoIssues() {
    List<ReadRecord> all = readAll(AGENCY + "\n" + AGENCY.replace("A-1", "A-2") + "\n");

    assertThat(all).hasSize(2);
    assertThat(all.get(1).line()).isEqualTo(2);
    assertThat(all.get(1).recordIndex()).isEqualTo(1);
    assertThat(all.get(1).recordType()).contains(RecordType.AGENCY);
    assertThat(all.get(1).recordId()).contains("A-2");
    assertThat(all.get(1).issues()).isEmpty();
    assertThat(all.get(1).record()).contains(Agency.builder().id("A-2").name("阳光").build());
  }

  @Test
  void malformedLineBecomesSyntaxIssueWithColumnAndReadingGoesOn() {
    List<ReadRecord> all = readAll("{\"recordType\":\"agency\",\"id\":}\n" + AGENCY);

    Issue issue = onlyIssue(all.get(0));
    assertThat(issue.code()).isEqualTo("SG-SYN-001");
    assertThat(issue.line()).contains(1L);
    assertThat(issue.column()).contains(29L);
    assertThat(issue.file()).contains("t.ndjson");
    assertThat(issue.recordIndex()).contains(0L);
    assertThat(all.get(0).record()).isEmpty();
    assertThat(all.get(1).record()).isPresent();
    assertThat(all.get(1).recordIndex()).isEqualTo(1);
  }

  @Test
  void duplicateKeyIsSyntaxIssueWithPointerAndColumn() {
    List<ReadRecord> all =
        readAll("{\"recordType\":\"agency\",\"id\":\"A\",\"id\":\"B\"}\n" + AGENCY);

    Issue issue = onlyIssue(all.get(0));
    assertThat(issue.code()).isEqualTo("SG-SYN-002");
    assertThat(issue.path()).isEqualTo("/id");
    assertThat(issue.column()).contains(33L);
    assertThat(all.get(1).issues()).isEmpty();
  }

  @Test
  void trailingContentIsReportedAfterTheRecord() {
    List<ReadRecord> all = readAll(AGENCY + " {\"x\":1}\n" + AGENCY);

    Issue issue = onlyIssue(all.get(0));
    assertThat(issue.code()).isEqualTo("SG-SYN-003");
    assertThat(issue.column()).contains((long) AGENCY.length() + 2);
    assertThat(all.get(1).issues()).isEmpty();
  }

  @Test
  void overLongLineIsSkippedWithLimitIssue() {
    String longLine = "{\"recordType\":\"agency\",\"name\":\"" + "x".repeat(200) + "\"}";
    ReadOptions options =
        ReadOptions.defaults()
            .withLocale(Locale.ENGLISH)
            .withLimits(Limits.defaults().withMaxLineLength(100));

    List<ReadRecord> all = readAll(longLine + "\n" + AGENCY + "\n", options);

    Issue issue = onlyIssue(all.get(0));
    assertThat(issue.code()).isEqualTo("SG-SYN-004");
    assertThat(issue.message()).contains("maxLineLength", "100");
    assertThat(all.get(1).line()).isEqualTo(2);
    assertThat(all.get(1).issues()).isEmpty();
  }

  @Test
  void tooDeepNestingIsLimitIssue() {
    String deep = "{\"recordType\":\"agency\",\"name\":" + "[".repeat(20) + "]".repeat(20) + "}";

    List<ReadRecord> all = readAll(deep + "\n" + AGENCY);

    Issue issue = onlyIssue(all.get(0));
    assertThat(issue.code()).isEqualTo("SG-SYN-004");
    assertThat(issue.message()).contains("maxNestingDepth", "16");
    assertThat(all.get(1).issues()).isEmpty();
  }

  @Test
  void tooLongStringIsLimitIssue() {
    ReadOptions options =
        ReadOptions.defaults()
            .withLocale(Locale.ENGLISH)
            .withLimits(Limits.defaults().withMaxStringLength(10));

    List<ReadRecord> all =
        readAll("{\"recordType\":\"agency\",\"name\":\"" + "x".repeat(50) + "\"}", options);

    assertThat(onlyIssue(all.get(0)).code()).isEqualTo("SG-SYN-004");
    assertThat(onlyIssue(all.get(0)).message()).contains("maxStringLength");
  }

  @Test
  void lineThatIsNotAnObjectIsReported() {
    Issue issue = onlyIssue(readAll("[1,2]").get(0));

    assertThat(issue.code()).isEqualTo("SG-SYN-005");
    assertThat(issue.message()).contains("array");
  }

  @Test
  void unknownFieldIsErrorInExchangeAndWarningInDraftAndRecordIsKept() {
    String line = "{\"recordType\":\"agency\",\"id\":\"A-1\",\"nmae\":\"x\"}";

    ReadRecord exchange = readAll(line).get(0);
    ReadRecord draft = readAll(line, ReadOptions.defaults().withProfile(Profile.DRAFT)).get(0);

    assertThat(onlyIssue(exchange).code()).isEqualTo("SG-STR-004");
    assertThat(onlyIssue(exchange).severity()).isEqualTo(Severity.ERROR);
    assertThat(onlyIssue(exchange).path()).isEqualTo("/nmae");
    assertThat(onlyIssue(draft).severity()).isEqualTo(Severity.WARNING);
    assertThat(exchange.record()).contains(Agency.builder().id("A-1").build());
  }

  @Test
  void collectsEveryStructureProblemOfARecordAndKeepsTheGoodValues() {
    String line =
        "{\"recordType\":\"child\",\"id\":\"C-9\",\"sex\":\"M\",\"birthDate\":\"2015/03/12\","
            + "\"ruralHousehold\":\"yes\",\"categories\":[\"ORPHAN\",\"ALIEN\"],"
            + "\"classification\":{\"tier\":\"TIER_2\",\"nextReviewOn\":20240901},\"hobby\":1}";

    ReadRecord read = readAll(line).get(0);

    assertThat(read.issues())
        .extracting(Issue::code, Issue::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SG-STR-003", "/sex"),
            org.assertj.core.groups.Tuple.tuple("SG-STR-006", "/birthDate"),
            org.assertj.core.groups.Tuple.tuple("SG-STR-002", "/ruralHousehold"),
            org.assertj.core.groups.Tuple.tuple("SG-STR-003", "/categories/1"),
            org.assertj.core.groups.Tuple.tuple("SG-STR-002", "/classification/nextReviewOn"),
            org.assertj.core.groups.Tuple.tuple("SG-STR-004", "/hobby"));
    assertThat(read.issues())
        .allSatisfy(
            issue -> {
              assertThat(issue.recordType()).contains("child");
              assertThat(issue.recordId()).contains("C-9");
              assertThat(issue.line()).contains(1L);
              assertThat(issue.recordIndex()).contains(0L);
            });
    assertThat(read.issues().get(0).message()).contains("allowed: 0, 1, 2, 9");
    Child child = (Child) read.record().orElseThrow();
    assertThat(child.id()).isEqualTo("C-9");
    assertThat(child.sex()).isEmpty();
    assertThat(child.birthDate()).isEmpty();
    assertThat(child.categories()).containsExactly(org.shegong.core.code.ChildCategory.ORPHAN);
    assertThat(child.classification().orElseThrow().tier())
        .contains(org.shegong.core.code.RiskTier.TIER_2);
  }

  @Test
  void badMoneyIsWrongFormat() {
    ReadRecord read =
        readAll(
                "{\"recordType\":\"project\",\"amount\":\"3000.001\"}\n{\"recordType\":\"project\",\"amount\":3000}")
            .get(0);
    List<ReadRecord> both =
        readAll(
            "{\"recordType\":\"project\",\"amount\":\"3000.001\"}\n{\"recordType\":\"project\",\"amount\":3000}");

    assertThat(onlyIssue(read).code()).isEqualTo("SG-STR-006");
    assertThat(onlyIssue(read).path()).isEqualTo("/amount");
    assertThat(onlyIssue(both.get(1)).code()).isEqualTo("SG-STR-002");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "2024-02-30",
        "2023-02-29",
        "2024-13-01",
        "2024-1-01",
        "2024-01-1",
        "2024/01/01",
        "20240101",
        "2024-01-01T08:00",
        " 2024-01-01",
        "２０２４-01-01",
        "-024-01-01",
        "2024-0a-01",
        ""
      })
  void aDateThatIsNotAStrictCalendarDateIsWrongFormatAndTheRecordIsKept(String date) {
    ReadRecord read =
        readAll("{\"recordType\":\"agency\",\"id\":\"AG-1\",\"registeredOn\":\"" + date + "\"}")
            .get(0);

    assertThat(onlyIssue(read).code()).isEqualTo("SG-STR-006");
    assertThat(onlyIssue(read).path()).isEqualTo("/registeredOn");
    assertThat(read.record()).isPresent();
  }

  @Test
  void anItemOfAListInsideAListIsNamedByItsOwnPointerInEveryRecord() {
    // the slots of a service plan are lists in a list: each inner list has its own pointer
    StringBuilder lines = new StringBuilder();
    List<String> expected = new java.util.ArrayList<>();
    for (int record = 0; record < 40; record++) {
      int slot = record % 20; // more inner lists than are kept, and back to the first ones
      StringBuilder slots = new StringBuilder();
      for (int s = 0; s <= slot; s++) {
        slots.append(s == 0 ? "" : ",").append(s == slot ? "[\"a\",7]" : "[\"a\"]");
      }
      lines
          .append("{\"recordType\":\"station\",\"id\":\"ST-")
          .append(record)
          .append("\",\"servicePlan\":{\"framework\":\"1+1+5+X\",\"slots\":[")
          .append(slots)
          .append("]}}\n");
      expected.add("/servicePlan/slots/" + slot + "/1");
    }

    List<ReadRecord> all = readAll(lines.toString());

    assertThat(all).extracting(read -> onlyIssue(read).path()).containsExactlyElementsOf(expected);
    assertThat(all).extracting(read -> onlyIssue(read).code()).containsOnly("SG-STR-002");
  }

  @Test
  void aDateIsReadFromItsCharactersEscapedOrNot() {
    List<ReadRecord> all =
        readAll(
            "{\"recordType\":\"agency\",\"id\":\"AG-1\",\"registeredOn\":\"2024-02-29\"}\n"
                + "{\"recordType\":\"agency\",\"id\":\"AG-2\",\"registeredOn\":\"2024\\u002d12-31\"}");

    assertThat(all).allSatisfy(read -> assertThat(read.issues()).isEmpty());
    assertThat(all)
        .extracting(
            read -> ((org.shegong.core.model.Agency) read.record().orElseThrow()).registeredOn())
        .containsExactly(
            java.util.Optional.of(java.time.LocalDate.of(2024, 2, 29)),
            java.util.Optional.of(java.time.LocalDate.of(2024, 12, 31)));
  }

  @Test
  void aBadAmountIsDescribedInWordsInEachLanguageWithoutItsDigits() {
    String line = "{\"recordType\":\"project\",\"amount\":\"12.345\"}";
    Issue en = onlyIssue(readAll(line).get(0));
    Issue zh =
        onlyIssue(
            readAll(line, ReadOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE)).get(0));
    Issue comma = onlyIssue(readAll(line.replace("12.345", "3,000.00")).get(0));

    assertThat(en.message())
        .isEqualTo(
            "wrong format: expected a decimal string of yuan with at most two fraction digits,"
                + " found 3 fraction digits");
    assertThat(zh.message()).isEqualTo("格式错误：应为以元为单位、最多两位小数的十进制字符串，实有 3 位小数");
    assertThat(comma.message()).endsWith("it contains the character ','");
    assertThat(List.of(en.message(), zh.message(), comma.message()))
        .noneMatch(m -> m.contains("345") || m.contains("99.999") || m.contains("3000"));
  }

  @Test
  void aSyntaxErrorExplainsItselfInChineseUnderZhAndKeepsJacksonsReasonInEnglish() {
    String line = "{\"recordType\":\"agency\",\"id\":\"A-1\",";
    Issue zh =
        onlyIssue(
            readAll(line, ReadOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE)).get(0));
    Issue en = onlyIssue(readAll(line).get(0));

    assertThat(zh.code()).isEqualTo("SG-SYN-001");
    assertThat(zh.message()).startsWith("第").endsWith("JSON 尚未结束，这一行就结束了");
    assertThat(zh.message().replace("JSON", "")).doesNotContainPattern("[A-Za-z]");
    assertThat(en.message()).contains("Unexpected end-of-input");
  }

  @Test
  void missingOrUnknownRecordTypeGivesNoRecord() {
    List<ReadRecord> all = readAll("{\"id\":\"X-1\"}\n{\"recordType\":\"kid\",\"id\":\"X-2\"}");

    assertThat(all).allSatisfy(read -> assertThat(read.record()).isEmpty());
    assertThat(onlyIssue(all.get(0)).code()).isEqualTo("SG-STR-005");
    assertThat(onlyIssue(all.get(0)).recordId()).contains("X-1");
    assertThat(onlyIssue(all.get(1)).message()).contains("'kid'", "allowed: agency");
  }

  @Test
  void readsHeaderOnFirstLineAndIndexesRecordsWithoutIt() throws IOException {
    String text = HEADER + "\n" + AGENCY + "\n\n   \n" + AGENCY + "\n";
    try (ExchangeReader reader =
        ExchangeReader.open(new StringReader(text), ReadOptions.defaults())) {
      assertThat(reader.header().orElseThrow().recordCount()).contains(2L);
      assertThat(reader.header().orElseThrow().sender()).contains("中卫");
      assertThat(reader.headerIssues()).isEmpty();
      List<ReadRecord> all = reader.records().toList();
      assertThat(all).extracting(ReadRecord::line).containsExactly(2L, 5L);
      assertThat(all).extracting(ReadRecord::recordIndex).containsExactly(0L, 1L);
      assertThat(reader.finish()).isEmpty();
    }
  }

  @Test
  void recordCountMismatchIsReportedAtTheEnd() throws IOException {
    String text = HEADER + "\n" + AGENCY + "\n";
    try (ExchangeReader reader =
        ExchangeReader.open(new StringReader(text), ReadOptions.defaults())) {
      List<Issue> end = reader.finish();
      assertThat(end).extracting(Issue::code).containsExactly("SG-HDR-001");
      assertThat(end.get(0).line()).contains(1L);
      assertThat(end.get(0).path()).isEqualTo("/recordCount");
      assertThat(end.get(0).message()).contains("2", "1");
    }
  }

  @Test
  void headerAnywhereButFirstIsReported() {
    List<ReadRecord> all = readAll(AGENCY + "\n" + HEADER + "\n" + AGENCY);

    assertThat(all).hasSize(3);
    assertThat(onlyIssue(all.get(1)).code()).isEqualTo("SG-HDR-002");
    assertThat(all.get(1).record()).isEmpty();
  }

  @Test
  void unsupportedFormatVersionAndBadHeaderValuesAreHeaderIssues() throws IOException {
    String header =
        "{\"recordType\":\"header\",\"formatVersion\":\"2.0\",\"generatedAt\":\"2024-06-24T10:00:00\",\"x\":1}";
    try (ExchangeReader reader =
        ExchangeReader.open(new StringReader(header + "\n" + AGENCY), ReadOptions.defaults())) {
      assertThat(reader.headerIssues())
          .extracting(Issue::code)
          .containsExactlyInAnyOrder("SG-HDR-003", "SG-STR-006", "SG-STR-004");
      assertThat(reader.headerIssues()).allSatisfy(i -> assertThat(i.recordIndex()).isEmpty());
      assertThat(reader.records().count()).isEqualTo(1);
    }
  }

  @Test
  void toleratesByteOrderMarkAndCrLf() throws IOException {
    byte[] bytes =
        ("\uFEFF" + HEADER + "\r\n" + AGENCY + "\r\n" + AGENCY).getBytes(StandardCharsets.UTF_8);
    try (ExchangeReader reader =
        ExchangeReader.open(new ByteArrayInputStream(bytes), ReadOptions.defaults())) {
      assertThat(reader.header()).isPresent();
      assertThat(reader.records()).allSatisfy(r -> assertThat(r.issues()).isEmpty());
      assertThat(reader.finish()).isEmpty();
    }
  }

  @Test
  void messagesAreChineseByDefault() {
    Issue issue =
        onlyIssue(readAll("{\"recordType\":\"agency\",\"nmae\":1}", ReadOptions.defaults()).get(0));

    assertThat(issue.message()).isEqualTo("未知字段“nmae”");
  }

  @Test
  void issuesNeverContainRawIdsPhonesOrNames() {
    String bad =
        "{\"recordType\":\"child\",\"name\":\""
            + Fixtures.CHILD_NAME
            + "\",\"citizenId\":"
            + Fixtures.CHILD_ID.substring(0, 17)
            + ",\"guardian\":{\"phone\":"
            + Fixtures.GUARDIAN_PHONE
            + ",\"name\":[\""
            + Fixtures.GUARDIAN_NAME
            + "\"]},\"parents\":[{\"situation\":\"IMPRISONED_"
            + Fixtures.CHILD_NAME
            + "\"}],\"sex\":\""
            + Fixtures.CHILD_NAME
            + "\"}";
    String broken = "{\"recordType\":\"child\",\"citizenId\":\"" + Fixtures.CHILD_ID + "\",x}";
    String unquoted = "{\"recordType\":\"child\",\"name\":" + Fixtures.CHILD_NAME + "}";

    List<ReadRecord> all = readAll(bad + "\n" + broken + "\n" + unquoted);

    List<Issue> issues = all.stream().flatMap(r -> r.issues().stream()).toList();
    assertThat(issues).hasSizeGreaterThanOrEqualTo(6);
    assertThat(issues)
        .allSatisfy(
            issue ->
                assertThat(issue.message() + issue.path() + issue.toString())
                    .doesNotContain(
                        Fixtures.CHILD_NAME,
                        Fixtures.CHILD_ID.substring(0, 17),
                        Fixtures.GUARDIAN_NAME,
                        Fixtures.GUARDIAN_PHONE));
  }

  @org.junit.jupiter.api.Test
  void duplicateKeyKeepsItsColumnWhenRecordTypeIsNotFirst() {
    String line = "{\"id\":\"A-1\",\"recordType\":\"agency\",\"id\":\"A-2\"}";

    List<ReadRecord> read = readAll(line);

    assertThat(read).hasSize(1);
    assertThat(read.get(0).issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.code()).isEqualTo("SG-SYN-002");
              assertThat(issue.path()).isEqualTo("/id");
              assertThat(issue.column()).contains(line.lastIndexOf("\"id\"") + 1L);
            });
  }

  @org.junit.jupiter.api.Test
  void childWithoutCategoriesIsMissingARequiredFieldOnlyInExchange() {
    String line = "{\"recordType\":\"child\",\"id\":\"C-1\"}";

    assertThat(readAll(line).get(0).issues())
        .extracting(org.shegong.core.issue.Issue::code, org.shegong.core.issue.Issue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SG-STR-007", "/categories"));
    assertThat(
            readAll(line, ReadOptions.defaults().withProfile(org.shegong.core.issue.Profile.DRAFT))
                .get(0)
                .issues())
        .isEmpty();
    assertThat(readAll(line.replace("}", ",\"categories\":null}")).get(0).issues())
        .extracting(org.shegong.core.issue.Issue::code)
        .containsExactly("SG-STR-007");
    assertThat(readAll(line.replace("}", ",\"categories\":[]}")).get(0).issues()).isEmpty();
    assertThat(readAll(line.replace("}", ",\"categories\":[]}")).get(0).record())
        .contains(org.shegong.core.model.Child.builder().id("C-1").build());
  }

  private static List<ReadRecord> readAll(byte[] bytes) {
    ReadOptions options = ReadOptions.defaults().withLocale(Locale.ENGLISH);
    try (ExchangeReader reader = ExchangeReader.open(bytes, 0, bytes.length, options)) {
      List<ReadRecord> all = new ArrayList<>();
      reader.forEach(all::add);
      return all;
    }
  }

  private static List<ReadRecord> readStream(byte[] bytes) {
    ReadOptions options = ReadOptions.defaults().withLocale(Locale.ENGLISH);
    // one byte at a time, so that a CRLF and a UTF-8 sequence are split between two reads
    java.io.InputStream trickle =
        new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
          }
        };
    try (ExchangeReader reader = ExchangeReader.open(trickle, options)) {
      List<ReadRecord> all = new ArrayList<>();
      reader.forEach(all::add);
      return all;
    }
  }

  @Test
  void aBareCrEndsALineAsLfAndCrLfDo() {
    String bad = "{\"recordType\":\"agency\",\"id\":\"A-3\",x}";
    String text = AGENCY + "\r" + AGENCY.replace("A-1", "A-2") + "\r\n\r" + bad + "\n\r" + AGENCY;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    for (List<ReadRecord> all : List.of(readAll(text), readAll(bytes), readStream(bytes))) {
      assertThat(all).extracting(ReadRecord::line).containsExactly(1L, 2L, 4L, 6L);
      assertThat(all.get(1).record()).isPresent();
      assertThat(all.get(1).issues()).isEmpty();
      Issue syntax = onlyIssue(all.get(2));
      assertThat(syntax.code()).isEqualTo("SG-SYN-001");
      assertThat(syntax.column()).contains(bad.indexOf('x') + 1L);
      assertThat(all.get(3).issues()).isEmpty();
    }
  }

  @Test
  void aFileOfBareCrsHasAllItsRecordsRead() {
    String text = HEADER + "\r" + AGENCY + "\r" + AGENCY.replace("A-1", "A-2") + "\r";
    try (ExchangeReader reader =
        ExchangeReader.open(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            ReadOptions.defaults())) {
      assertThat(reader.header()).isPresent();
      assertThat(reader.headerIssues()).isEmpty();
      assertThat(reader.records()).hasSize(2).allSatisfy(r -> assertThat(r.issues()).isEmpty());
      assertThat(reader.finish()).isEmpty();
    }
  }

  @Test
  void columnsCountCharactersOnALineWithChinese() {
    String line = "{\"recordType\":\"agency\",\"name\":\"阳光社工\",\"id\":\"A\",\"id\":\"B\"}";
    String broken = "{\"recordType\":\"agency\",\"name\":\"阳光社工\",x}";

    List<ReadRecord> all = readAll((line + "\n" + broken).getBytes(StandardCharsets.UTF_8));

    Issue duplicate = onlyIssue(all.get(0));
    assertThat(duplicate.code()).isEqualTo("SG-SYN-002");
    assertThat(duplicate.column()).contains(line.lastIndexOf("\"id\"") + 1L);
    assertThat(duplicate.message()).contains("column " + (line.lastIndexOf("\"id\"") + 1));
    Issue syntax = onlyIssue(all.get(1));
    assertThat(syntax.column()).contains(broken.indexOf('x') + 1L);
    assertThat(syntax.message()).contains("column " + (broken.indexOf('x') + 1));
  }

  static java.util.stream.Stream<byte[]> malformedSequences() {
    return java.util.stream.Stream.of(
        new byte[] {(byte) 0xC0, (byte) 0xAF}, // an overlong '/'
        new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // an overlong '/' in three bytes
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate, U+D800
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        new byte[] {(byte) 0x80}, // a continuation byte alone
        new byte[] {(byte) 0xE4, (byte) 0xB8}, // a sequence cut short
        new byte[] {(byte) 0xFF});
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("malformedSequences")
  void malformedUtf8IsReportedAtItsByteOffsetAndTheLineIsStillChecked(byte[] sequence)
      throws IOException {
    byte[] before =
        "{\"recordType\":\"agency\",\"id\":\"A-1\",\"name\":\"阳".getBytes(StandardCharsets.UTF_8);
    byte[] after = "光\",\"nmae\":1}".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(AGENCY.replace("A-1", "A-0").getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    out.write(before);
    out.write(sequence);
    out.write(after);
    out.write('\n');
    out.write(AGENCY.replace("A-1", "A-2").getBytes(StandardCharsets.UTF_8));
    byte[] bytes = out.toByteArray();

    for (List<ReadRecord> all : List.of(readAll(bytes), readStream(bytes))) {
      assertThat(all).hasSize(3);
      assertThat(all.get(0).issues()).isEmpty();
      assertThat(all.get(2).issues()).isEmpty();
      ReadRecord bad = all.get(1);
      assertThat(bad.issues()).extracting(Issue::code).containsExactly("SG-SYN-007", "SG-STR-004");
      Issue encoding = bad.issues().get(0);
      assertThat(encoding.severity()).isEqualTo(Severity.ERROR);
      assertThat(encoding.line()).contains(2L);
      assertThat(encoding.message()).contains("byte offset " + before.length + " ");
      assertThat(encoding.column())
          .contains((long) new String(before, StandardCharsets.UTF_8).length() + 1);
      // the rest of the line is read, the bad bytes as U+FFFD
      assertThat(bad.record())
          .hasValueSatisfying(
              r ->
                  assertThat(((Agency) r).name())
                      .hasValueSatisfying(
                          name -> assertThat(name).startsWith("阳\uFFFD").endsWith("光")));
    }
  }

  @Test
  void aSurrogateWithoutItsPairInTextIsReportedAsItsBytesWouldBe() {
    String line = "{\"recordType\":\"agency\",\"id\":\"A-1\",\"name\":\"阳\uDC00光\"}";

    Issue issue = onlyIssue(readAll(line + "\n" + AGENCY).get(0));

    assertThat(issue.code()).isEqualTo("SG-SYN-007");
    assertThat(issue.message()).contains("byte offset " + (line.indexOf('阳') + 3) + " ");
    assertThat(readAll("{\"recordType\":\"agency\",\"name\":\"\uD83D\uDE00\"}").get(0).issues())
        .isEmpty();
  }
}
