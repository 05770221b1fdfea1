package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hostile user or a hostile environment does to the command line: option values out of
 * range, standard output that cannot be written, numbers no Java type holds, a failure inside
 * Shegong. Every case ends with a clear status and at most a line or two on standard error, never a
 * stack trace.
 */
class HardeningTest {

  private static final String DIGITS = "340323198307278400";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-01-01", "+10000-01-01", "2024-6-30", "20240630", " "})
  void aReferenceDateThatIsNotYyyyMmDdIsRefusedBeforeAnyWork(String date) {
    Cli.Result run =
        Cli.run("validate", "--locale", "en", "--as-of", date, Cli.sampleFile().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("Invalid value for option '--as-of'")
        .contains("is not a date of the form yyyy-MM-dd")
        .doesNotContain("HV0", "unexpected", "\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1899-12-31", "3000-01-01", "9999-12-31"})
  void aReferenceDateOutsideTheDocumentedYearsIsRefused(String date) {
    Cli.Result run =
        Cli.run("validate", "--locale", "en", "--as-of", date, Cli.sampleFile().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("must be in the years 1900 to 2999").doesNotContain("\tat ");
  }

  @Test
  void theEdgesOfTheDocumentedYearsAreAccepted() {
    assertThat(new Options.DateConverter().convert("1900-01-01").getYear()).isEqualTo(1900);
    assertThat(new Options.DateConverter().convert("2999-12-31").getYear()).isEqualTo(2999);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--threads=0", "--threads=-1", "--threads=5000", "--max-issues=0"})
  void countsOutOfRangeAreRefusedBeforeAnyWork(String option) {
    Cli.Result run = Cli.run("validate", "--locale", "en", option, Cli.sampleFile().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(option.substring(0, option.indexOf('='))).contains("was");
  }

  @Test
  void maxIssuesTruncatesTheTextReportAndSaysSoButCountsEverything() {
    String file = Cli.sampleFile().toString();
    Cli.Result all = Cli.run("validate", "--locale", "en", "--as-of", Cli.SAMPLE_AS_OF, file);
    Cli.Result three =
        Cli.run(
            "validate", "--locale", "en", "--as-of", Cli.SAMPLE_AS_OF, "--max-issues", "3", file);

    assertThat(three.exitCode()).isEqualTo(all.exitCode()).isEqualTo(1);
    assertThat(three.out().lines().filter(l -> l.startsWith("    ERROR")).count()).isEqualTo(3);
    assertThat(three.out())
        .contains(
            "report truncated at --max-issues 3: 6 more issues not listed (the counts include"
                + " them)");
    String summary = all.out().lines().filter(l -> l.startsWith("INVALID")).findFirst().get();
    assertThat(three.out()).contains(summary.substring(0, summary.indexOf(';')));
    assertThat(all.out()).doesNotContain("truncated");
  }

  @Test
  void maxIssuesTruncatesTheJsonReportWithItsSummaryKeys() {
    String file = Cli.sampleFile().toString();
    Cli.Result all = Cli.run("validate", "--format", "json", "--as-of", Cli.SAMPLE_AS_OF, file);
    Cli.Result two =
        Cli.run(
            "validate", "--format", "json", "--as-of", Cli.SAMPLE_AS_OF, "--max-issues=2", file);

    JsonNode full = JsonMapper.shared().readTree(all.out());
    JsonNode cut = JsonMapper.shared().readTree(two.out());
    // the sample's malformed line has a column, so its full report is 1.1 already
    assertThat(full.get("reportVersion").asString()).isEqualTo("1.1");
    assertThat(full.get("summary").has("truncated")).isFalse();
    assertThat(cut.get("reportVersion").asString()).isEqualTo("1.1");
    assertThat(cut.get("issues")).hasSize(2);
    assertThat(cut.get("summary").get("truncated").asBoolean()).isTrue();
    assertThat(cut.get("summary").get("issuesOmitted").asLong())
        .isEqualTo(full.get("issues").size() - 2);
    assertThat(cut.get("summary").get("errors")).isEqualTo(full.get("summary").get("errors"));
    assertThat(cut.get("issues").get(1)).isEqualTo(full.get("issues").get(1));
    // the library reads the truncated report back, as a partner's tooling would
    assertThat(
            org.shegong.serialization.report.ReportJson.read(two.out()).summary().issuesOmitted())
        .isEqualTo(full.get("issues").size() - 2);
  }

  /** A standard output whose every write fails, as on a full disk or a closed pipe. */
  private static PrintWriter failingOutput() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    return new PrintWriter(new OutputStreamWriter(broken, StandardCharsets.UTF_8), true);
  }

  private static Cli.Result runWithFailingOutput(String... args) {
    StringWriter err = new StringWriter();
    int code =
        ShegongCommand.commandLine(failingOutput(), new PrintWriter(err, true)).execute(args);
    return new Cli.Result(code, "", err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void aReportThatCannotBeWrittenExitsWithTwo(String format) {
    Cli.Result run =
        runWithFailingOutput(
            "validate",
            "--locale",
            "en",
            "--format",
            format,
            "--as-of",
            Cli.SAMPLE_AS_OF,
            Cli.sampleFile().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("shegong: SG-CLI-004 cannot write to standard output")
        .doesNotContain("\tat ");
    assertThat(run.err().lines().filter(l -> l.contains("SG-CLI-004"))).hasSize(1);
  }

  @Test
  void aSampleThatCannotBeWrittenDoesNotClaimItWasWritten() {
    Cli.Result run = runWithFailingOutput("sample", "--locale", "en", "--records", "100");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("wrote").contains("SG-CLI-004").doesNotContain("\tat ");
  }

  @Test
  void aSampleWrittenToAGoodOutputStillSaysSo() {
    Cli.Result run = Cli.run("sample", "--locale", "en", "--records", "5");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("wrote 5 records");
  }

  private static int runWith(Callable<Integer> command, StringWriter err, String... args) {
    PrintWriter out = new PrintWriter(new StringWriter(), true);
    CommandLine commandLine = ShegongCommand.commandLine(out, new PrintWriter(err));
    commandLine.addSubcommand("boom", new CommandLine(new Boom(command)));
    // writers set again so that the added subcommand has them too
    commandLine.setOut(out);
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  /** A command that fails as a bug inside Shegong would. */
  @CommandLine.Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    private final Callable<Integer> body;

    @CommandLine.Option(names = "--locale")
    String locale = "zh-CN";

    Boom(Callable<Integer> body) {
      this.body = body;
    }

    @Override
    public Integer call() throws Exception {
      return body.call();
    }
  }

  @Test
  void anErrorInsideACommandEndsInOneLineWithAStableCodeAndStatusTwo() {
    StringWriter err = new StringWriter();

    int code =
        runWith(
            () -> {
              throw new StackOverflowError();
            },
            err,
            "boom",
            "--locale=en");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "shegong: SG-INT-002 internal failure of Shegong (java.lang.StackOverflowError); the"
                + " run stopped; set SHEGONG_DEBUG=1 for the stack trace"
                + System.lineSeparator());
  }

  @Test
  void anUnexpectedExceptionIsNamedByItsClassNeverByItsMessage() {
    StringWriter err = new StringWriter();

    int code =
        runWith(
            () -> {
              throw new IllegalStateException("bug while reading " + DIGITS + " Zhang San");
            },
            err,
            "boom");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("SG-INT-002", "java.lang.IllegalStateException")
        .doesNotContain(DIGITS, "Zhang", "\tat ");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void numbersWithHugeExponentsAreIssuesOnTheirLinesAndTheirDigitsAreNotShown() throws IOException {
    Path file = dir.resolve("numbers.ndjson");
    String huge = DIGITS + "e9999999999";
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"recordCount\":" + huge + "}",
            "{\"recordType\":\"station\",\"id\":\"S-1\",\"openedOn\":" + huge + "}",
            "{\"recordType\":\"child\",\"id\":\"C-1\",\"categories\":["
                + huge
                + "],\"x\":"
                + huge
                + "}",
            "{\"x\":[" + huge + "],\"recordType\":\"serviceRecord\",\"participants\":" + huge + "}",
            ""));

    for (String format : new String[] {"text", "json"}) {
      Cli.Result run =
          Cli.run(
              "validate",
              "--locale",
              "en",
              "--format",
              format,
              "--as-of",
              Cli.SAMPLE_AS_OF,
              file.toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.out() + run.err()).doesNotContain(DIGITS).doesNotContain("NumberFormat");
      assertThat(run.out())
          .contains("SG-STR-002")
          .contains("/recordCount")
          .contains("/participants");
    }
  }
}
