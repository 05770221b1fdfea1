package org.shegong.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Report;
import org.shegong.serialization.report.ReportJson;

/**
 * Runs the executable jar and the launcher script as a user would. Runs in the {@code package}
 * phase, after the shade plugin built {@code target/shegong.jar} (see the module's pom).
 */
class ShadedJarTest {

  private static final Path JAR = Path.of("target/shegong.jar").toAbsolutePath();

  private record Run(int exitCode, String out, String err) {}

  /** The launcher validating the bundled sample, without progress. */
  private static final List<String> VALIDATE_SAMPLE =
      List.of(
          "bash",
          "shegong",
          "validate",
          "--no-progress",
          "--as-of",
          Cli.SAMPLE_AS_OF,
          "examples/data/sample-exchange.ndjson");

  private static Run run(List<String> command) throws IOException, InterruptedException {
    return run(command, null);
  }

  private static Run run(List<String> command, @org.jspecify.annotations.Nullable String javaOpts)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(Cli.repoRoot().toFile());
    if (javaOpts != null) {
      builder.environment().put("SHEGONG_JAVA_OPTS", javaOpts);
    }
    Process process = builder.start();
    CompletableFuture<String> out =
        CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Run(process.exitValue(), out.join(), err.join());
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void theJarValidatesTheSampleFileInA64MegabyteHeap() throws Exception {
    Run run =
        run(
            java(
                "validate",
                "--format",
                "json",
                "--as-of",
                Cli.SAMPLE_AS_OF,
                "examples/data/sample-exchange.ndjson"));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    Report report = ReportJson.read(run.out());
    assertThat(report.issues())
        .extracting(i -> i.code())
        .containsExactly(
            "SG-CID-004",
            "SG-CHD-004",
            "SG-FWK-004",
            "SG-SYN-001",
            "SG-BAT-002",
            "SG-DEM-001",
            "SG-STR-004",
            "SG-DIV-003",
            "SG-BAT-001");
    // one summary line on stderr, no log noise from the libraries
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aLineOfTwoHundredThousandBadItemsValidatesInA64MegabyteHeapWithASmallReport(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    StringBuilder line =
        new StringBuilder("{\"recordType\":\"child\",\"id\":\"C-1\",\"categories\":[");
    for (int i = 0; i < 200_000; i++) {
      line.append(i == 0 ? "1" : ",1");
    }
    line.append("]}\n");
    Path file = dir.resolve("wide.ndjson");
    java.nio.file.Files.writeString(file, line);

    Run run =
        run(
            java(
                "validate",
                "--format",
                "json",
                "--locale",
                "en",
                "--as-of",
                Cli.SAMPLE_AS_OF,
                file.toString()));

    assertThat(java.nio.file.Files.size(file)).isGreaterThan(400_000);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("OutOfMemoryError", "\tat ");
    assertThat(run.out().length()).isLessThan(100_000);
    Report report = ReportJson.read(run.out());
    assertThat(report.issues()).hasSizeLessThanOrEqualTo(101);
    assertThat(report.issues().get(100).code()).isEqualTo("SG-SYN-006");
    assertThat(report.issues().get(100).message()).contains(": 1999");
  }

  @Test
  void theJarKeepsTheRuleProvidersOfEveryModule() throws Exception {
    Run run = run(java("rules", "--locale", "en"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("SG-SYN-001", "SG-CID-004", "SG-BAT-001");
  }

  @Test
  void theLauncherRunsTheJarAndMapsBadArgumentsToTwo() throws Exception {
    Run help = run(List.of("bash", "shegong", "--help"));
    Run bad = run(List.of("bash", "shegong", "validate", "--format", "yaml", "x.ndjson"));

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: shegong");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--format").doesNotContain("\tat ");
  }

  @Test
  void theLaunchersDefaultsGiveWayToTheUsersHeapAndCollector() throws Exception {
    List<String> validate =
        List.of(
            "bash",
            "shegong",
            "validate",
            "--format",
            "json",
            "--as-of",
            Cli.SAMPLE_AS_OF,
            "examples/data/sample-exchange.ndjson");

    for (String opts :
        List.of("", "-Xmx64m", "-Xmx64m -XX:+UseSerialGC", "-XX:+UseG1GC", "-Xmn16m")) {
      Run run = run(validate, opts);

      assertThat(run.exitCode()).as("%s: %s", opts, run.err()).isEqualTo(1);
      assertThat(ReportJson.read(run.out()).issues()).hasSize(9);
      // no warning of the JVM about conflicting or overridden options
      assertThat(run.err()).as(opts).doesNotContain("warning", "Conflicting", "MaxNewSize");
    }
  }

  @Test
  void theLauncherPutsTheHeapOnHugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
    Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean onRequest =
        Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
    Run byDefault = run(VALIDATE_SAMPLE, "-XX:+PrintCommandLineFlags");
    Run leftOut = run(VALIDATE_SAMPLE, "-XX:-UseTransparentHugePages -XX:+PrintCommandLineFlags");

    assertThat(byDefault.exitCode()).as(byDefault.err()).isEqualTo(1);
    if (onRequest) {
      assertThat(byDefault.out()).contains("-XX:+UseTransparentHugePages");
    } else {
      // "always": the kernel gives them without the option; "never": the JVM would warn
      assertThat(byDefault.out()).doesNotContain("-XX:+UseTransparentHugePages");
    }
    assertThat(leftOut.exitCode()).as(leftOut.err()).isEqualTo(1);
    assertThat(leftOut.out()).doesNotContain("-XX:+UseTransparentHugePages");
    for (Run run : List.of(byDefault, leftOut)) {
      assertThat(run.err()).doesNotContain("warning", "\tat ");
    }
  }

  @Test
  void theLauncherMapsTheClassesOfTheBuildsClassDataArchive(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // a JDK with its own class-data archive (all the usual builds) can write ours
    Path jdkArchive = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
    Path archive = JAR.resolveSibling("shegong.jsa");
    assertThat(!Files.exists(jdkArchive) || Files.exists(archive))
        .as("the build wrote %s (see %s)", archive, JAR.resolveSibling("shegong.jsa.log"))
        .isTrue();
    Path loaded = dir.resolve("classes.txt");
    Run mapped =
        run(VALIDATE_SAMPLE, "-XX:+PrintCommandLineFlags -Xlog:class+load=info:file=" + loaded);
    Run leftOut = run(VALIDATE_SAMPLE, "-Xshare:auto -XX:+PrintCommandLineFlags");

    assertThat(mapped.exitCode()).as(mapped.err()).isEqualTo(1);
    if (Files.exists(archive)) {
      assertThat(mapped.out()).containsPattern("-XX:SharedArchiveFile=\\S*cli/target/shegong.jsa ");
      assertThat(Files.readString(loaded))
          .contains("org.shegong.cli.Main source: shared objects file (top)");
    }
    assertThat(leftOut.exitCode()).as(leftOut.err()).isEqualTo(1);
    assertThat(leftOut.out()).doesNotContain("SharedArchiveFile");
    // the same report either way
    assertThat(issueLines(mapped.out())).isEqualTo(issueLines(leftOut.out())).hasSize(9);
    for (Run run : List.of(mapped, leftOut)) {
      assertThat(run.out() + run.err()).doesNotContain("warning", "\tat ");
    }
  }

  @Test
  void theLauncherLeavesOutAnArchiveOfAnotherJdkOrOlderThanTheJar(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path archive = JAR.resolveSibling("shegong.jsa");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(archive), "no archive was built");
    Path target = Files.createDirectories(dir.resolve("cli/target"));
    Files.copy(Cli.repoRoot().resolve("shegong"), dir.resolve("shegong"));
    Files.copy(
        Cli.repoRoot().resolve("examples/data/sample-exchange.ndjson"), dir.resolve("s.ndjson"));
    List<String> validate =
        List.of(
            "bash",
            dir.resolve("shegong").toString(),
            "validate",
            "--no-progress",
            "--as-of",
            Cli.SAMPLE_AS_OF,
            dir.resolve("s.ndjson").toString());
    String flags = "-XX:+PrintCommandLineFlags";

    // written by another JDK: the stamp names it
    Files.copy(JAR, target.resolve("shegong.jar"));
    Files.copy(archive, target.resolve("shegong.jsa"));
    Files.setLastModifiedTime(
        target.resolve("shegong.jsa"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Files.writeString(target.resolve("shegong.jsa.java"), dir.resolve("another-jdk") + "\n");
    Run otherJdk = run(validate, flags);
    // written by this JDK, but older than the jar (a jar built again, or copied)
    Files.copy(
        JAR.resolveSibling("shegong.jsa.java"),
        target.resolve("shegong.jsa.java"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(
        target.resolve("shegong.jsa"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Run older = run(validate, flags);
    // newer than the jar and of this JDK, but made for another jar: the JVM refuses it, quietly
    Files.setLastModifiedTime(
        target.resolve("shegong.jsa"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Run refused = run(validate, flags);

    for (Run run : List.of(otherJdk, older)) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.out()).doesNotContain("SharedArchiveFile");
    }
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
    assertThat(refused.out()).contains("SharedArchiveFile");
    for (Run run : List.of(otherJdk, older, refused)) {
      assertThat(issueLines(run.out())).hasSize(9);
      assertThat(run.out() + run.err()).doesNotContain("warning", "cds", "\tat ");
    }
  }

  /** The lines of a text report that name a rule, as the report lists its issues. */
  private static List<String> issueLines(String out) {
    return out.lines().filter(line -> line.matches("\\s+\\S+\\s+SG-[A-Z]+-\\d+\\s.*")).toList();
  }

  @Test
  void theLauncherGivesTheJitASecondCompilerThreadOnlyForLargeInputsOnASmallMachine(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // 64 MiB of zero bytes (sparse where the file system allows): one over-long line to the reader
    Path large = dir.resolve("large.ndjson");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      file.setLength(64L * 1024 * 1024);
    }
    // the launcher's own count of processors
    Run processors =
        run(
            List.of(
                "bash",
                "-c",
                "nproc 2> /dev/null || getconf _NPROCESSORS_ONLN 2> /dev/null || echo 4"),
            null);
    boolean small = Integer.parseInt(processors.out().strip()) < 4;
    String flags = "-XX:+PrintCommandLineFlags";

    Run largeRun =
        run(List.of("bash", "shegong", "validate", "--no-progress", large.toString()), flags);
    Run sampleRun = run(VALIDATE_SAMPLE, flags);
    Run defaultJit =
        run(
            List.of("env", "SHEGONG_JIT=default", "bash", "shegong", "validate", large.toString()),
            flags);

    assertThat(largeRun.exitCode()).as(largeRun.err()).isEqualTo(1);
    assertThat(largeRun.out()).contains("SG-SYN-");
    if (small) {
      assertThat(largeRun.out()).contains("-XX:CICompilerCount=3");
    } else {
      assertThat(largeRun.out()).doesNotContain("CICompilerCount");
    }
    assertThat(sampleRun.exitCode()).isEqualTo(1);
    assertThat(sampleRun.out()).doesNotContain("CICompilerCount");
    assertThat(defaultJit.out()).doesNotContain("CICompilerCount", "InlineSmallCode");
    for (Run run : List.of(largeRun, sampleRun, defaultJit)) {
      assertThat(run.err()).doesNotContain("warning", "\tat ");
    }
  }
}
