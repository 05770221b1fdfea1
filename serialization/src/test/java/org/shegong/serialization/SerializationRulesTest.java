package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleCatalogue;

/**
 * The rules of the module, each shown firing: every rule has an input written here by hand that the
 * exchange reader reports with that rule's code, and the placeholders of every message are listed
 * here rather than taken from the rule (which would test the rule's own regex against itself).
 */
class SerializationRulesTest {

  private static final String LONG_LINE = "{\"recordType\":\"agency\",\"name\":\"" + "x".repeat(80);

  /** An input that breaks each rule, as an exchange file. */
  private static final Map<String, String> BREAKING_INPUT =
      Map.ofEntries(
          Map.entry("SG-SYN-001", "{\"recordType\":\"agency\",\"id\":\"A-1\","),
          Map.entry("SG-SYN-002", "{\"recordType\":\"agency\",\"id\":\"A-1\",\"id\":\"A-2\"}"),
          Map.entry("SG-SYN-003", "{\"recordType\":\"agency\",\"id\":\"A-1\"} {\"id\":\"A-2\"}"),
          Map.entry("SG-SYN-004", LONG_LINE + "\"}"),
          Map.entry("SG-SYN-005", "[{\"recordType\":\"agency\"}]"),
          // read with at most 2 issues listed per record (see LIMITS)
          Map.entry("SG-SYN-006", "{\"recordType\":\"child\",\"categories\":[1,2,3]}"),
          // a surrogate without its pair: read as characters, the reader sees its UTF-8 bytes
          Map.entry("SG-SYN-007", "{\"recordType\":\"agency\",\"id\":\"A-1\",\"name\":\"\uD800\"}"),
          Map.entry("SG-STR-002", "{\"recordType\":\"demand\",\"urgency\":\"high\"}"),
          Map.entry("SG-STR-003", "{\"recordType\":\"child\",\"sex\":\"M\"}"),
          Map.entry("SG-STR-004", "{\"recordType\":\"agency\",\"id\":\"A-1\",\"nmae\":\"…\"}"),
          Map.entry("SG-STR-005", "{\"recordType\":\"kid\",\"id\":\"C-1\"}"),
          Map.entry("SG-STR-006", "{\"recordType\":\"project\",\"amount\":\"3,000.00\"}"),
          Map.entry("SG-STR-007", "{\"recordType\":\"child\",\"id\":\"C-1\",\"name\":\"…\"}"),
          Map.entry(
              "SG-HDR-001",
              "{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"recordCount\":3}\n"
                  + "{\"recordType\":\"agency\",\"id\":\"A-1\"}\n"
                  + "{\"recordType\":\"agency\",\"id\":\"A-2\"}"),
          Map.entry(
              "SG-HDR-002",
              "{\"recordType\":\"agency\",\"id\":\"A-1\"}\n"
                  + "{\"recordType\":\"header\",\"formatVersion\":\"1.0\"}"),
          Map.entry("SG-HDR-003", "{\"recordType\":\"header\",\"formatVersion\":\"2.0\"}"));

  /** The placeholders of every rule's messages, written out. */
  private static final Map<String, Set<String>> PLACEHOLDERS =
      Map.ofEntries(
          Map.entry("SG-SYN-001", Set.of("column", "reason")),
          Map.entry("SG-SYN-002", Set.of("key", "column")),
          Map.entry("SG-SYN-003", Set.of("column")),
          Map.entry("SG-SYN-004", Set.of("limit", "max")),
          Map.entry("SG-SYN-005", Set.of("found")),
          Map.entry("SG-SYN-006", Set.of("omitted", "max")),
          Map.entry("SG-SYN-007", Set.of("offset", "count")),
          Map.entry("SG-STR-002", Set.of("expected", "found")),
          Map.entry("SG-STR-003", Set.of("code", "codeSet", "allowed")),
          Map.entry("SG-STR-004", Set.of("field")),
          Map.entry("SG-STR-005", Set.of("found", "allowed")),
          Map.entry("SG-STR-006", Set.of("expected", "found")),
          Map.entry("SG-STR-007", Set.of("field", "recordType")),
          Map.entry("SG-HDR-001", Set.of("declared", "actual")),
          Map.entry("SG-HDR-002", Set.of("line")),
          Map.entry("SG-HDR-003", Set.of("found", "supported")));

  static Stream<Arguments> rules() {
    return SerializationRules.all().stream().map(rule -> Arguments.of(rule.code(), rule));
  }

  private static List<Issue> read(String text, Profile profile) {
    return read(text, profile, Limits.defaults().withMaxLineLength(LONG_LINE.length()));
  }

  private static List<Issue> read(String text, Profile profile, Limits limits) {
    ReadOptions options =
        ReadOptions.defaults().withProfile(profile).withLocale(Locale.ENGLISH).withLimits(limits);
    List<Issue> issues = new ArrayList<>();
    try (ExchangeReader reader = ExchangeReader.open(new StringReader(text), options)) {
      issues.addAll(reader.headerIssues());
      reader.forEach(read -> issues.addAll(read.issues()));
      issues.addAll(reader.finish());
    }
    return issues;
  }

  @Test
  void rulesAreContributedToTheCatalogue() {
    RuleCatalogue catalogue = RuleCatalogue.load();

    for (Rule rule : SerializationRules.all()) {
      assertThat(catalogue.find(rule.code())).contains(rule);
    }
  }

  @Test
  void definesExactlyTheCodesItOwnsAndNotRequiredFields() {
    assertThat(SerializationRules.all())
        .extracting(Rule::code)
        .containsExactly(
            "SG-SYN-001",
            "SG-SYN-002",
            "SG-SYN-003",
            "SG-SYN-004",
            "SG-SYN-005",
            "SG-SYN-006",
            "SG-SYN-007",
            "SG-STR-002",
            "SG-STR-003",
            "SG-STR-004",
            "SG-STR-005",
            "SG-STR-006",
            "SG-STR-007",
            "SG-HDR-001",
            "SG-HDR-002",
            "SG-HDR-003")
        .doesNotContain("SG-STR-001");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void firesOnItsBreakingInputAndNotOnTheRepairedOne(String code, Rule rule) {
    String input = BREAKING_INPUT.get(code);

    assertThat(input).as("a breaking input for %s", code).isNotNull();
    Limits limits = Limits.defaults().withMaxLineLength(LONG_LINE.length());
    if (code.equals("SG-SYN-006")) {
      limits = limits.withMaxIssuesPerRecord(2);
    }
    assertThat(read(input, Profile.EXCHANGE, limits)).extracting(Issue::code).contains(code);
    assertThat(read(Fixtures.validFileText(), Profile.EXCHANGE, Limits.defaults()))
        .extracting(Issue::code)
        .doesNotContain(code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void exampleOfAJsonRuleIsItsBreakingInput(String code, Rule rule) {
    String example = rule.example();

    if (example.startsWith("{") || example.startsWith("[")) {
      assertThat(BREAKING_INPUT.get(code)).startsWith(example.split(" \\(| \\+ ")[0]);
    } else {
      assertThat(example).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void messagesUseTheListedPlaceholdersInBothLanguages(String code, Rule rule) {
    Set<String> names = PLACEHOLDERS.get(code);
    Map<String, Object> arguments = new java.util.HashMap<>();
    names.forEach(name -> arguments.put(name, "«" + name + "»"));

    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      String message = rule.message(locale, arguments);
      for (String name : names) {
        assertThat(message).as("%s %s", code, locale).contains("«" + name + "»");
      }
      assertThat(message).doesNotContain("{", "}");
    }
  }

  @Test
  void missingCategoriesIsNotReportedInDrafts() {
    String input = BREAKING_INPUT.get("SG-STR-007");

    assertThat(read(input, Profile.DRAFT)).extracting(Issue::code).doesNotContain("SG-STR-007");
    assertThat(read(input.replace("}", ",\"categories\":[]}"), Profile.EXCHANGE))
        .extracting(Issue::code)
        .doesNotContain("SG-STR-007");
  }
}
