package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The fuzz test of the main job: reader, validator and report writers, through {@code shegong
 * validate} run in-process, with the properties of {@link FuzzChecks} checked on every input built
 * by {@link FuzzCase} from the fuzzer's bytes.
 *
 * <p>It lives in the cli module because only the command owns the whole job end to end: the
 * pipeline reads and validates, but the text and JSON report writers and the exit status are the
 * command's.
 *
 * <p><b>In every build</b> ({@code mvn verify}, no {@code JAZZER_FUZZ}) Jazzer runs it once per
 * committed input under {@code src/test/resources/org/shegong/cli/internal/ValidateFuzzTestInputs/
 * validateHoldsOnAnyInput/}: the seed corpus (valid records of every type, the bundled sample, edge
 * cases) and every crash found so far, a few seconds in all. <b>Fuzzing</b> is {@code
 * JAZZER_FUZZ=1} and {@code -Djazzer.max_duration=10m}; see {@code docs/fuzzing.md}. Inputs of
 * failures that are known and assigned to a fix in progress live in {@code
 * src/test/resources/fuzz/known/} instead, replayed by {@link KnownFindingsTest}; while fuzzing, an
 * input that breaks only such known properties is passed over so that the fuzzer looks for new ones
 * ({@code -Dshegong.fuzz.strict=true} fails on them too).
 */
class ValidateFuzzTest {

  /** A directory named with letters only: the report shows the file's path, which is scrubbed. */
  private static final Path DIRECTORY = letterDirectory();

  @FuzzTest(maxDuration = "60s")
  // entries in libFuzzer's dictionary syntax, \xNN a byte and \\ a backslash (doubled in Java)
  @DictionaryEntries({
    "\"recordType\":",
    "\"header\"",
    "\"id\":",
    "\"recordCount\":",
    "\\x0d",
    "\\x0d\\x0a",
    "1e9999999999",
    "\\\\u0000",
    "\\\\ud800",
    "\\xef\\xbb\\xbf",
    "#!ed2\\x0a",
  })
  void validateHoldsOnAnyInput(byte[] data) {
    FuzzCase input = FuzzCase.decode(data);
    List<FuzzChecks.Violation> violations = FuzzChecks.check(input, DIRECTORY);
    boolean strict = Boolean.getBoolean("shegong.fuzz.strict");
    if (violations.stream().anyMatch(v -> strict || v.known() == null)) {
      throw new AssertionError(describe(input, violations));
    }
  }

  @Test
  void theLeakCheckFindsRawSecretsAndPassesMaskedOnes() {
    Set<String> secrets = Set.of("110105194912310021", "13800001234");
    Set<String> names = Set.of("欧阳娜娜");

    assertThat(FuzzChecks.leak(secrets, names, List.of("recordId 110105194912310021")))
        .isEqualTo("ID or phone 110105194912310021");
    assertThat(FuzzChecks.leak(secrets, names, List.of("ok", "tel １３８００００１２３４")))
        .isEqualTo("ID or phone 13800001234");
    assertThat(FuzzChecks.leak(secrets, names, List.of("guardian 欧阳娜娜"))).isEqualTo("name 欧阳娜娜");
    assertThat(
            FuzzChecks.leak(
                secrets, names, List.of("110105********0021 138****1234 欧* 110105194912310022")))
        .isNull();
  }

  @Test
  void theScannerFindsTheShapesTheScrubberMasksAndLinesEndAsTheFormatSays() {
    // the harness must be able to fail: its secret scanner finds the shapes the scrubber masks
    assertThat(FuzzChecks.shapes("id 110105194912310021 and 11010519491231002x, tel 13800001234"))
        .containsExactly("110105194912310021", "11010519491231002X", "13800001234");
    assertThat(FuzzChecks.shapes("+8613800001234 or 138 0000 1234; 110105491231002"))
        .containsExactly("13800001234", "110105491231002");
    assertThat(FuzzChecks.shapes("１３８００００１２３４ but not 23800001234 nor 1380000123"))
        .containsExactly("13800001234");
    // lines as the exchange format counts them: LF, CRLF and a bare CR end a line
    FuzzChecks.Lines lines = FuzzChecks.Lines.of("a\r\n\nb\rc\n  \t\n".getBytes());
    assertThat(lines.count).isEqualTo(5);
    assertThat(lines.nonBlank).containsExactlyInAnyOrder(1L, 3L, 4L);
    assertThat(lines.bareCr).isTrue();
  }

  @Test
  void directivesPlantTheSecretsTheyReport() {
    // a worker: field 1 (id) gets an ID, field 2 a mobile number, field 3 or the next one that is
    // not an id a planted name
    FuzzCase input = FuzzCase.decode("@\5\0\1\1\2\3\3\n".getBytes(StandardCharsets.ISO_8859_1));
    String file = new String(input.file, StandardCharsets.UTF_8);

    assertThat(input.secrets).containsExactly(FuzzCase.citizenId(1), FuzzCase.mobile(2));
    assertThat(file).contains(FuzzCase.citizenId(1), FuzzCase.mobile(2), FuzzCase.NAMES.get(3));
    assertThat(input.names).contains(FuzzCase.NAMES.get(3));
    assertThat(file.lines()).hasSize(1);
    // what a name field holds after a mutation is a secret only when it looks like a name
    assertThat(FuzzCase.looksLikeAName("谢佳静")).isTrue();
    assertThat(FuzzCase.looksLikeAName("Zhang Weiming")).isTrue();
    assertThat(FuzzCase.looksLikeAName("2999-12-31")).isFalse();
    assertThat(FuzzCase.looksLikeAName("TIER_1")).isFalse();
  }

  private static String describe(FuzzCase input, List<FuzzChecks.Violation> violations) {
    StringBuilder s = new StringBuilder("properties broken by this input:");
    for (FuzzChecks.Violation v : violations) {
      s.append("\n- ").append(v);
    }
    String file = new String(input.file, StandardCharsets.UTF_8);
    s.append("\nthe file (")
        .append(input.file.length)
        .append(" bytes, shown with secrets masked):\n")
        .append(
            org.shegong.core.privacy.Scrubber.scrub(
                file.length() > 2000 ? file.substring(0, 2000) + "…" : file));
    return s.toString();
  }

  private static Path letterDirectory() {
    Path parent = Path.of(System.getProperty("java.io.tmpdir"));
    ThreadLocalRandom random = ThreadLocalRandom.current();
    try {
      while (true) {
        StringBuilder name = new StringBuilder("shegong-fuzz-");
        for (int i = 0; i < 10; i++) {
          name.append((char) ('a' + random.nextInt(26)));
        }
        Path directory = parent.resolve(name.toString());
        if (!Files.exists(directory)) {
          Path created = Files.createDirectory(directory);
          created.toFile().deleteOnExit();
          created.resolve("fuzz.ndjson").toFile().deleteOnExit();
          return created;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
