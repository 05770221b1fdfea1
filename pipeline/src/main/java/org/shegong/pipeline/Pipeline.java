package org.shegong.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.shegong.core.issue.Issue;
import org.shegong.pipeline.internal.Engine;
import org.shegong.pipeline.internal.SourceSpec;
import org.shegong.validation.ValidationConfig;

/**
 * The main job of Shegong as a library: read exchange files (or other sources), validate every
 * record on every core, apply the cross-record rules, and report every issue in file order.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of(ValidationConfig.builder().asOf(LocalDate.of(2024, 6, 30)).build());
 * PipelineResult result = pipeline.validate(Path.of("batch.ndjson"));
 * result.issues().forEach(issue -> …);           // in file order
 * ReportJson.render(result.report());            // the exchange format's report
 *
 * // any size, bounded memory: issues are handed over one at a time, in file order
 * PipelineSummary summary = pipeline.run(List.of(Source.file(path)), issue -> …);
 * }</pre>
 *
 * <p><b>What a run does.</b> For each source in turn: its lines are cut into chunks; worker threads
 * read and bind each chunk's records and check each record's own rules (syntax, structure, field
 * and domain); the results are taken back in file order on the calling thread, which feeds the
 * batch rules (duplicate ids, references, one file per child) record by record. Ids and references
 * are checked within each source. Issues are spooled (in memory, then in a temporary file) and
 * handed over in file order once every source is read.
 *
 * <p><b>Same report, any thread count.</b> The issues, their order and the counts depend only on
 * the input and the validation configuration, never on {@link PipelineConfig#threads()} or the
 * chunk size.
 *
 * <p><b>Memory</b> does not grow with the input: at most {@code threads + 2} chunks are in flight
 * (reading waits when the workers fall behind), and the spooled issues take at most {@link
 * PipelineConfig#spoolMemoryBytes()} of heap. The cross-record state of the batch rules is that of
 * {@code BatchValidation} (a few bytes per record).
 *
 * <p>Building a pipeline builds its validator, which takes most of a second in a fresh JVM; build
 * it once. A pipeline is immutable and thread-safe; each run uses threads of its own.
 *
 * @since 0.1.0
 */
public final class Pipeline {

  private final PipelineConfig config;
  private final Engine engine;

  private Pipeline(PipelineConfig config) {
    this.config = config;
    this.engine =
        new Engine(
            config.validation(),
            config.threads(),
            config.chunkBytes(),
            config.spoolMemoryBytes(),
            config.maxIssuesPerRecord(),
            config.maxIssues());
  }

  /**
   * Builds a pipeline with a thread per available processor.
   *
   * @param validation the validation configuration; not null
   * @return the pipeline, never null
   * @throws org.shegong.core.division.DivisionTableException when a configured division table
   *     cannot be loaded
   */
  public static Pipeline of(ValidationConfig validation) {
    return of(PipelineConfig.of(validation));
  }

  /**
   * Builds a pipeline.
   *
   * @param config the configuration; not null
   * @return the pipeline, never null
   * @throws org.shegong.core.division.DivisionTableException when a configured division table
   *     cannot be loaded
   */
  public static Pipeline of(PipelineConfig config) {
    return new Pipeline(Objects.requireNonNull(config, "config"));
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration, never null
   */
  public PipelineConfig config() {
    return config;
  }

  /**
   * Returns the vintage of the division table the records are checked against.
   *
   * @return for example {@code "2022"}, never null
   */
  public String divisionTableVintage() {
    return engine.divisionTable();
  }

  /**
   * Validates exchange files ({@code .ndjson}, {@code .ndjson.gz}) and keeps every issue in memory;
   * for inputs with very many issues use {@link #run(List, IssueSink)}.
   *
   * @param files the files, in report order; not null
   * @return the summary and the issues in file order, never null
   * @throws SourceException when a file cannot be read (checked for every file before any is read)
   */
  public PipelineResult validate(Path... files) {
    List<Source> sources = new ArrayList<>(files.length);
    for (Path file : files) {
      sources.add(Source.file(file));
    }
    return validate(sources);
  }

  /**
   * Validates sources and keeps every issue in memory.
   *
   * @param sources the sources, in report order; not null
   * @return the summary and the issues in file order, never null
   * @throws SourceException when a source cannot be read
   */
  public PipelineResult validate(Source... sources) {
    return validate(Arrays.asList(sources));
  }

  /**
   * Validates sources and keeps every issue in memory.
   *
   * @param sources the sources, in report order; not null
   * @return the summary and the issues in file order, never null
   * @throws SourceException when a source cannot be read
   */
  public PipelineResult validate(List<Source> sources) {
    List<Issue> issues = new ArrayList<>();
    PipelineSummary summary = run(sources, issues::add);
    return new PipelineResult(summary, issues);
  }

  /**
   * Validates sources and hands every issue to a sink in file order, with bounded memory.
   *
   * @param sources the sources, in report order; not null
   * @param sink receives the summary, then the issues; not null
   * @return the summary, never null
   * @throws SourceException when a source cannot be read
   */
  public PipelineSummary run(List<Source> sources, IssueSink sink) {
    return run(sources, sink, ProgressListener.none());
  }

  /**
   * Validates sources, reporting progress, and hands every issue to a sink in file order, with
   * bounded memory.
   *
   * @param sources the sources, in report order; not null
   * @param sink receives the summary, then the issues; not null
   * @param listener receives the progress; not null
   * @return the summary, never null
   * @throws SourceException when a source cannot be read (files are checked before any is read; a
   *     failure while reading, such as a corrupt gzip stream, ends the run)
   */
  public PipelineSummary run(List<Source> sources, IssueSink sink, ProgressListener listener) {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(listener, "listener");
    List<SourceSpec> specs = new ArrayList<>(sources.size());
    for (Source source : sources) {
      specs.add(Objects.requireNonNull(source, "source").spec());
    }
    return engine.run(specs, sink, listener);
  }

  @Override
  public String toString() {
    return "Pipeline[threads=" + config.threads() + ", " + config.validation() + "]";
  }
}
