package org.shegong.examples.vendor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.shegong.examples.exchange.ValidateExchangeFile;
import org.shegong.pipeline.Pipeline;
import org.shegong.pipeline.PipelineSummary;
import org.shegong.pipeline.Source;
import org.shegong.validation.ValidationConfig;

/**
 * What a government IT vendor writes to embed Shegong's validation in their own system: build a
 * pipeline once, hand it the files received, act on every issue in file order.
 *
 * <p>The pipeline reads the files on every core, checks every rule (syntax to cross-record) and
 * streams the issues with bounded memory, so the same ten lines serve a file of ten records or of
 * ten million. The issue messages are masked: no raw citizen ID or phone number is printed.
 *
 * @since 0.1.0
 */
public final class EmbedPipeline {

  private EmbedPipeline() {}

  /**
   * Runs the example on the given files, or on the bundled sample.
   *
   * @param args exchange files ({@code .ndjson} or {@code .ndjson.gz}); none for the bundled sample
   * @throws IOException when the bundled sample cannot be found or generated
   */
  public static void main(String[] args) throws IOException {
    List<Path> files =
        args.length > 0
            ? java.util.Arrays.stream(args).map(Path::of).toList()
            : List.of(ValidateExchangeFile.defaultInput(Path.of("target")));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    validate(files, LocalDate.of(2026, 11, 22), out);
  }

  /**
   * Validates files and prints one line per issue, then the counts.
   *
   * @param files the exchange files; not null
   * @param asOf the reference date; not null
   * @param out where to print; not null
   * @return the summary of the run, never null
   */
  public static PipelineSummary validate(List<Path> files, LocalDate asOf, PrintStream out) {
    // --- the embedding: build once, run per delivery -------------------------------------------
    Pipeline pipeline =
        Pipeline.of(ValidationConfig.builder().asOf(asOf).locale(Locale.ENGLISH).build());
    List<Source> sources = files.stream().map(Source::file).toList();
    PipelineSummary summary =
        pipeline.run(
            sources,
            issue ->
                out.println(
                    issue.file().orElse("")
                        + ":"
                        + issue.line().orElse(0L)
                        + " "
                        + issue.severity()
                        + " "
                        + issue.code()
                        + " "
                        + issue.message()));
    out.println(
        summary.records()
            + " records, "
            + summary.errors()
            + " errors, "
            + summary.warnings()
            + " warnings (division table "
            + summary.divisionTable()
            + ")");
    // ---------------------------------------------------------------------------------------------
    return summary;
  }
}
