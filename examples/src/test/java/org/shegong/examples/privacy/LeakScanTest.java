package org.shegong.examples.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shegong.cli.Main;
import org.shegong.core.id.CitizenId;
import org.shegong.core.privacy.Masking;

/**
 * The leak scan of the privacy hardening: generated citizen IDs and mobile numbers put where they
 * do not belong (record ids, references, JSON keys, code fields, the header, file names, station
 * names in a coverage run, command-line arguments) go through {@code shegong validate} (text and
 * JSON reports) and {@code shegong coverage}, and no output — standard output or standard error —
 * may carry one of them raw. The count of raw secrets found is printed; it must be zero.
 */
class LeakScanTest {

  /** A person's name typed into a code field: it has no shape, so it must never be echoed. */
  private static final String NAME = "Zhang San";

  /** Latin names without a space, which look like a word of letters (a mistyped code). */
  private static final List<String> WORD_NAMES = List.of("ZhangSan", "Lifang", "WANGWEI");

  private static final AtomicLong RUNS = new AtomicLong();
  private static final AtomicLong SECRETS = new AtomicLong();
  private static final AtomicLong LEAKS = new AtomicLong();

  @TempDir Path dir;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noRawSecretInAnyOutput(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> secrets = new ArrayList<>();
    String[] id = new String[8];
    String[] ph = new String[8];
    for (int i = 0; i < id.length; i++) {
      id[i] = citizenId(random);
      ph[i] = mobile(random);
      secrets.add(id[i]);
      secrets.add(ph[i]);
    }
    Path data = dir.resolve("export-" + ph[7] + ".ndjson");
    Files.writeString(
        data,
        String.join(
            "\n",
            "{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"sender\":\""
                + ph[0]
                + "\",\"generatedAt\":\"2026-11-22T10:00:00+08:00\",\"recordCount\":\""
                + id[0]
                + "\"}",
            // a citizen ID as a station's id, a phone in a code field, a citizen ID as a reference
            "{\"recordType\":\"station\",\"id\":\""
                + id[1]
                + "\",\"name\":\"站\",\"level\":\""
                + ph[1]
                + "\",\"divisionCode\":\"340323107\",\"operatorAgencyId\":\""
                + id[2]
                + "\",\"openedOn\":\"2023-01-04\",\"status\":\"ACTIVE\"}",
            // the same id again (a duplicate), with a citizen ID as a JSON key
            "{\"recordType\":\"station\",\"id\":\""
                + id[1]
                + "\",\"name\":\"站\",\"level\":\"TOWNSHIP_STATION\",\"divisionCode\":\"340323107\","
                + "\"openedOn\":\"2023-01-04\",\"status\":\"ACTIVE\",\""
                + id[3]
                + "\":\"x\"}",
            // a phone as a worker's id, references that are a citizen ID and a phone, a code list
            "{\"recordType\":\"worker\",\"id\":\""
                + ph[2]
                + "\",\"name\":\"王芳\",\"citizenId\":\"340323198307278409\",\"phone\":\""
                + ph[3]
                + "\",\"roles\":[\""
                + id[4]
                + "\"],\"agencyId\":\""
                + ph[4]
                + "\",\"stationId\":\""
                + id[5]
                + "\"}",
            // a citizen ID as a child's id, a phone in sex, a phone as a nested JSON key
            "{\"recordType\":\"child\",\"id\":\""
                + id[6]
                + "\",\"name\":\"郑平兰\",\"citizenId\":\"340323201210310431\","
                + "\"birthDate\":\"2012-10-31\",\"sex\":\""
                + ph[5]
                + "\",\"divisionCode\":\"340323107208\",\"ruralHousehold\":false,"
                + "\"guardian\":{\"name\":\"郑芳\",\"relation\":\"母亲\",\""
                + ph[6]
                + "\":\"y\"}}",
            // a line that is not JSON and quotes a citizen ID
            "{\"recordType\":\"child\",\"id\":\"" + id[7] + "\", oops",
            ""));

    List<String> outputs = new ArrayList<>();
    for (String format : List.of("text", "json")) {
      outputs.addAll(
          run(
              "validate",
              "--no-progress",
              "--as-of",
              "2026-11-22",
              "--format",
              format,
              data.toString()));
    }
    // digits in the header's count, a citizen ID written as a number with a huge exponent, a
    // name in a code field
    String digitsOnly = id[2].substring(0, 17) + "0";
    secrets.add(digitsOnly);
    secrets.add(NAME);
    Path numbers = dir.resolve("numbers.ndjson");
    Files.writeString(
        numbers,
        String.join(
            "\n",
            "{\"recordType\":\"header\",\"formatVersion\":\"1.0\",\"sender\":\"s\","
                + "\"generatedAt\":\"2026-11-22T10:00:00+08:00\",\"recordCount\":"
                + ph[3]
                + "}",
            "{\"recordType\":\"child\",\"id\":\"C-1\",\"sex\":\"" + NAME + "\"}",
            ""));
    for (String format : List.of("text", "json")) {
      outputs.addAll(
          run(
              "validate",
              "--no-progress",
              "--profile",
              "DRAFT",
              "--as-of",
              "2026-11-22",
              "--format",
              format,
              numbers.toString()));
    }

    // names typed into code fields as one word, a citizen ID as numbers with huge exponents in an
    // int field and in an array of 300 bad items (past the issues listed per record), and a run
    // cut at --max-issues
    secrets.addAll(WORD_NAMES);
    Path words = dir.resolve("words.ndjson");
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      wide.append(i == 0 ? "" : ",").append(digitsOnly).append("e9999999999");
    }
    Files.writeString(
        words,
        String.join(
            "\n",
            "{\"recordType\":\"child\",\"id\":\"C-2\",\"sex\":\"" + WORD_NAMES.get(0) + "\"}",
            "{\"recordType\":\"station\",\"id\":\"S-2\",\"level\":\""
                + WORD_NAMES.get(1)
                + "\","
                + "\"status\":\""
                + WORD_NAMES.get(2)
                + "\"}",
            "{\"recordType\":\"serviceRecord\",\"id\":\"R-1\",\"participants\":"
                + digitsOnly
                + "e9999999999}",
            "{\"recordType\":\"child\",\"id\":\"" + id[6] + "\",\"categories\":[" + wide + "]}",
            ""));
    for (String format : List.of("text", "json")) {
      outputs.addAll(
          run(
              "validate",
              "--no-progress",
              "--locale",
              "en",
              "--as-of",
              "2026-11-22",
              "--format",
              format,
              words.toString()));
      outputs.addAll(
          run(
              "validate",
              "--no-progress",
              "--max-issues",
              "5",
              "--format",
              format,
              words.toString()));
    }

    // a number the reader cannot hold: its message is scrubbed too
    Path exponent = dir.resolve("exponent.ndjson");
    Files.writeString(
        exponent,
        "{\"recordType\":\"station\",\"id\":\"S-1\",\"openedOn\":" + digitsOnly + "e9999999999}\n");
    outputs.addAll(run("validate", "--no-progress", exponent.toString()));

    // failures of the command (exit status 2) quote their arguments
    outputs.addAll(run("validate", dir.resolve("missing-" + id[0] + ".ndjson").toString()));
    outputs.addAll(run("validate", "--as-of", ph[0], data.toString()));
    outputs.addAll(run("coverage", "--stations", data.toString(), "--region", ph[1]));

    // coverage: stations excluded for several reasons, named and identified by secrets
    String[] stationIds = {id[1], ph[2], id[3]};
    String[] stationNames = {"王建国" + ph[3], id[4] + "站", ph[5]};
    String[] divisions = {"340323107", "640502", "640502100"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < stationIds.length; i++) {
      lines.add(
          "{\"recordType\":\"station\",\"id\":\""
              + stationIds[i]
              + "\",\"name\":\""
              + stationNames[i]
              + "\",\"level\":\"TOWNSHIP_STATION\",\"divisionCode\":\""
              + divisions[i]
              + "\",\"status\":\""
              + (i == 2 ? "CLOSED" : "ACTIVE")
              + "\"}");
    }
    Path stations = dir.resolve("stations-" + id[6] + ".ndjson");
    Files.writeString(stations, String.join("\n", lines) + "\n");
    for (String format : List.of("text", "json")) {
      outputs.addAll(
          run(
              "coverage",
              "--stations",
              stations.toString(),
              "--region",
              "640500",
              "--format",
              format));
    }

    long leaks = 0;
    List<String> found = new ArrayList<>();
    for (String output : outputs) {
      for (String secret : secrets) {
        int at = output.indexOf(secret);
        while (at >= 0) {
          leaks++;
          found.add(secret + " in …" + around(output, at) + "…");
          at = output.indexOf(secret, at + 1);
        }
      }
    }
    RUNS.incrementAndGet();
    SECRETS.addAndGet(secrets.size());
    LEAKS.addAndGet(leaks);
    System.out.println(
        "leak scan seed "
            + seed
            + ": "
            + secrets.size()
            + " secrets, raw found in outputs: "
            + leaks);
    assertThat(found).as("raw secrets in the outputs of seed %d", seed).isEmpty();
    assertThat(String.join("\n", outputs))
        .as("the runs produced reports")
        .contains("SG-BAT-002", "SG-HDR-001", "\"issues\"", "\"excludedStations\"", "未计入的站点")
        .contains("SG-STR-003", "SG-SYN-006", "\"truncated\": true")
        .contains(Masking.citizenId(id[1]), Masking.phone(ph[2]));
  }

  @AfterAll
  static void printTotal() {
    System.out.println(
        "leak scan: "
            + RUNS.get()
            + " seeds, "
            + SECRETS.get()
            + " secrets placed in wrong fields, raw secrets found in outputs: "
            + LEAKS.get());
  }

  /** Runs the command line in this JVM, returning what it wrote to stdout and stderr. */
  private static List<String> run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
      Main.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return List.of(
        capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60))
        .replace('\n', ' ');
  }

  private static String citizenId(SplittableRandom random) {
    String first17 =
        String.format(
            "%06d%04d%02d%02d%03d",
            110101 + random.nextInt(500_000),
            1950 + random.nextInt(70),
            1 + random.nextInt(12),
            1 + random.nextInt(28),
            random.nextInt(1000));
    return first17 + CitizenId.checkCharacter(first17);
  }

  private static String mobile(SplittableRandom random) {
    StringBuilder number = new StringBuilder("1").append((char) ('3' + random.nextInt(7)));
    for (int i = 0; i < 9; i++) {
      number.append((char) ('0' + random.nextInt(10)));
    }
    return number.toString();
  }
}
