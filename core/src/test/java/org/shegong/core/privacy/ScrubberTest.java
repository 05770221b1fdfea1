package org.shegong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.core.id.CitizenId;

class ScrubberTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "11010519491231002X|110105********002X",
        "11010519491231002x|110105********002x",
        "110105194912310021|110105********0021",
        "110105491231002|1101**********2",
        "13800001234|138****1234",
        "+8613800001234|+86138****1234",
        "8613800001234|86138****1234",
        "+86 13800001234|+86 138****1234",
        "+86-138-0000-1234|+86-138-****-1234",
        "138 0000 1234|138 **** 1234",
        "(+86)13800001234|(+86)138****1234",
        "id 11010519491231002X is|id 110105********002X is",
        "ID11010519491231002X|ID110105********002X",
        "身份证11010519491231002X号|身份证110105********002X号",
        "110105194912310021e9999|110105********0021e9999",
        "/children/13800001234/name|/children/138****1234/name",
        "a 13800001234, b 13900001234|a 138****1234, b 139****1234",
        "１３８００００１２３４|１３８****１２３４",
      })
  void masksEveryShapeWhereverItIs(String raw, String masked) {
    assertThat(Scrubber.scrub(raw)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} is kept")
  @CsvSource(
      delimiter = '|',
      value = {
        "C-0017",
        "SG-CID-004",
        "line 18 · child C-0017",
        "12345678901234567890",
        "1101051949123100211",
        "23800001234",
        "1380000123",
        "110105001001",
        "91110000600037341N",
        "138 0000-1234",
        "138  0000 1234",
        "2025-01-01",
        "1e9999999999",
      })
  void keepsTextWithoutTheShapes(String text) {
    assertThat(Scrubber.scrub(text)).isSameAs(text);
  }

  @Test
  void nullIsPrintedAsConcatenationWould() {
    assertThat(Scrubber.scrub(null)).isEqualTo("null");
    assertThat(Scrubber.excerpt(null)).isEqualTo("null");
  }

  @Test
  void returnsTheSameInstanceWhenNothingMatches() {
    String text = "SG-BAT-002 reference C-0001 does not resolve";
    assertThat(Scrubber.scrub(text)).isSameAs(text);
    assertThat(Scrubber.scrub("")).isSameAs("");
  }

  @Test
  void aLongTextOfDigitsAndSeparatorsIsScrubbedInLinearTime() {
    String hostile = "1 ".repeat(500_000) + "138-0000-".repeat(100_000);
    long started = System.nanoTime();
    String scrubbed = Scrubber.scrub(hostile);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(scrubbed).hasSameSizeAs(hostile);
    assertThat(millis).isLessThan(2_000);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1|1",
        "ECO|ECO",
        "m_2|m_2",
        "Zhang San|Z…(9 chars)",
        "张三|张…(2 chars)",
        "13800001234|*…(11 chars)",
        "'' |''",
        "male|male",
        "males|m…(5 chars)",
      })
  void excerptsEchoOnlyShortPlainCodesInFull(String raw, String echoed) {
    assertThat(Scrubber.excerpt(raw)).isEqualTo(echoed);
  }

  static Stream<Arguments> secretsInContext() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed = 1; seed <= 300; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      String secret = random.nextBoolean() ? citizenId(random) : mobile(random);
      String[] before = {"", " ", "id=", "/", "身份证", "\"", "A", "-", "(", "x"};
      String[] after = {"", " ", "/x", "号", "\"", ",", "e99", "b", ")"};
      String text =
          before[random.nextInt(before.length)] + secret + after[random.nextInt(after.length)];
      cases.add(Arguments.of("seed " + seed, secret, text));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("secretsInContext")
  void noGeneratedSecretSurvivesInAnyContext(String seed, String secret, String text) {
    String scrubbed = Scrubber.scrub(text);

    assertThat(scrubbed).doesNotContain(secret).hasSameSizeAs(text);
    String masked = secret.length() == 18 ? Masking.citizenId(secret) : Masking.phone(secret);
    assertThat(scrubbed).contains(masked);
  }

  static Stream<Arguments> longDigitRuns() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed = 1; seed <= 100; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int length = 19 + random.nextInt(20);
      StringBuilder run = new StringBuilder();
      for (int i = 0; i < length; i++) {
        run.append((char) ('0' + random.nextInt(10)));
      }
      cases.add(Arguments.of("seed " + seed, "id " + run + " end"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("longDigitRuns")
  void longerDigitRunsAreNeverMaskedInside(String seed, String text) {
    assertThat(Scrubber.scrub(text)).isSameAs(text);
  }

  static String citizenId(SplittableRandom random) {
    StringBuilder first17 = new StringBuilder("110105");
    first17.append(1950 + random.nextInt(70));
    first17.append(String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
    first17.append(String.format("%03d", random.nextInt(1000)));
    return first17.toString() + CitizenId.checkCharacter(first17.toString());
  }

  static String mobile(SplittableRandom random) {
    StringBuilder number = new StringBuilder("1").append((char) ('3' + random.nextInt(7)));
    for (int i = 0; i < 9; i++) {
      number.append((char) ('0' + random.nextInt(10)));
    }
    return number.toString();
  }
}
