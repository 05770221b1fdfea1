package org.shegong.pipeline.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.pipeline.IssueSink;
import org.shegong.pipeline.PipelineSummary;
import org.shegong.pipeline.ProgressEvent;
import org.shegong.pipeline.ProgressListener;
import org.shegong.pipeline.SourceException;
import org.shegong.pipeline.SourceSummary;
import org.shegong.validation.ValidationConfig;

/**
 * Runs the main job: sources cut into chunks by a reading thread, chunks parsed and validated by
 * worker threads, results merged in file order on the calling thread, which feeds the batch rules
 * and the spool.
 *
 * <p>Ordering: the reading thread submits each chunk to the workers and puts its future into a
 * bounded queue in file order; the calling thread takes the futures in that order and waits for
 * each. Whatever order the workers finish in, records reach the batch rules in file order, so the
 * report does not depend on the number of threads. The queue's bound is also the backpressure:
 * reading waits while {@link #inFlight(int)} chunks are in flight.
 *
 * @since 0.1.0
 */
public final class Engine {

  /**
   * The fewest chunks in flight, whatever the number of threads. The calling thread takes the
   * chunks in file order, so a worker held up (a descheduled thread, a compilation, a collection)
   * holds up every chunk after its own once the queue is full, and the other cores go idle. On two
   * cores, where the workers share the processors with the calling thread and the JIT compilers,
   * {@code threads + 2} chunks (four) left them idle about a tenth of the time; sixteen (some 2 MiB
   * of bytes and their records) took a million records 4.50 → 4.35 s, eight alternating rounds
   * (benchmarks/README.md, "Chunks in flight").
   */
  static final int MIN_IN_FLIGHT = 16;

  /** Records of an in-memory source handed to a worker at a time. */
  private static final int RECORD_BATCH = 512;

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final Checking checking;
  private final ExchangeReading reading;
  private final TabularReading tabular;
  private final int threads;
  private final int chunkBytes;
  private final int spoolMemory;
  private final long maxIssues;

  /**
   * Builds an engine (and its validator).
   *
   * @param config the validation configuration
   * @param threads the worker threads
   * @param chunkBytes the chunk size
   * @param spoolMemory the memory for spooled issues
   * @param maxIssuesPerRecord the most issues listed for one record
   * @param maxIssues the most issues the run keeps
   */
  public Engine(
      ValidationConfig config,
      int threads,
      int chunkBytes,
      int spoolMemory,
      int maxIssuesPerRecord,
      long maxIssues) {
    this.checking = new Checking(config, maxIssuesPerRecord);
    this.reading = new ExchangeReading(checking.profile(), checking.locale(), maxIssuesPerRecord);
    this.maxIssues = maxIssues;
    this.tabular = new TabularReading(checking, checking.profile(), checking.locale());
    this.threads = threads;
    this.chunkBytes = chunkBytes;
    this.spoolMemory = spoolMemory;
  }

  /**
   * Returns the vintage of the division table.
   *
   * @return the vintage
   */
  public String divisionTable() {
    return checking.divisionTable();
  }

  /**
   * Runs the sources, hands the issues to the sink in file order and returns the summary.
   *
   * @param sources the sources
   * @param sink the sink
   * @param listener the progress listener
   * @return the summary
   */
  public PipelineSummary run(List<SourceSpec> sources, IssueSink sink, ProgressListener listener) {
    for (SourceSpec source : sources) {
      source.check();
    }
    long totalBytes = 0;
    for (SourceSpec source : sources) {
      long size = source.size();
      totalBytes = size < 0 || totalBytes < 0 ? -1 : totalBytes + size;
    }
    int run = RUNS.incrementAndGet();
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemons("worker", run));
    try (IssueSpool spool = new IssueSpool(spoolMemory, maxIssues)) {
      Counters counters = new Counters(listener, totalBytes);
      List<SourceSummary> summaries = new ArrayList<>(sources.size());
      for (int i = 0; i < sources.size(); i++) {
        spool.startSource(i, sources.get(i).isTabular());
        summaries.add(runSource(i, sources.get(i), workers, spool, counters, run));
      }
      spool.finish();
      long records = 0;
      long valid = 0;
      long errors = 0;
      long warnings = 0;
      for (SourceSummary s : summaries) {
        records += s.records();
        valid += s.validRecords();
        errors += s.errors();
        warnings += s.warnings();
      }
      PipelineSummary summary =
          new PipelineSummary(
              checking.profile(),
              checking.asOf(),
              checking.divisionTable(),
              records,
              valid,
              errors,
              warnings,
              spool.count() + spool.omitted(),
              summaries,
              spool.omitted());
      sink.begin(summary, spool.reportVersion());
      spool.inFileOrder(sink::accept);
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException("the spool of issues cannot be read back", e);
    } finally {
      workers.shutdownNow();
    }
  }

  private SourceSummary runSource(
      int index,
      SourceSpec source,
      ExecutorService workers,
      IssueSpool spool,
      Counters counters,
      int run) {
    String name = source.name();
    String display = name == null ? "(records)" : name;
    BlockingQueue<Future<Parsed>> queue = new ArrayBlockingQueue<>(inFlight(threads));
    long[] sourceBytes = {0};
    AtomicReference<UnaryOperator<Issue>> locator = new AtomicReference<>(UnaryOperator.identity());
    Thread reader =
        daemons("reader", run)
            .newThread(
                () -> {
                  try {
                    if (source.isRecords()) {
                      readRecords(source, workers, queue);
                    } else if (source.isTabular()) {
                      tabular.read(
                          source, Optional.ofNullable(name).orElse(""), workers, queue, locator);
                    } else {
                      readBytes(source, Optional.ofNullable(name).orElse(""), workers, queue);
                    }
                    queue.put(END);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } catch (Throwable t) {
                    try {
                      queue.put(CompletableFuture.failedFuture(t));
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                });
    reader.start();
    Checking.Batch batch = checking.batch(name);
    try {
      org.shegong.serialization.ExchangeHeader header = null;
      long headerLine = 0;
      long records = 0;
      long lastLine = 0;
      boolean failed = false;
      while (true) {
        Future<Parsed> next = queue.take();
        if (next == END) {
          break;
        }
        Parsed parsed;
        try {
          parsed = await(next, display);
        } catch (SourceException | CancellationException e) {
          throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
          // a bug inside Shegong while reading or checking a chunk: keep what was found, name the
          // failure after the last record read, and go on with the next source
          batch
              .reading(List.of(checking.sourceFailure(name, lastLine + 1, records, e)))
              .forEach(spool::addLate);
          failed = true;
          break;
        }
        if (!parsed.items().isEmpty()) {
          lastLine = Math.max(lastLine, parsed.items().get(parsed.items().size() - 1).line);
        }
        if (parsed.header() != null) {
          header = parsed.header();
          headerLine = parsed.headerLine();
        }
        if (!parsed.headerIssues().isEmpty()) {
          batch.reading(parsed.headerIssues()).forEach(spool::add);
        }
        for (Item item : parsed.items()) {
          for (Issue issue : batch.add(item)) {
            spool.add(item.locate(issue));
          }
        }
        records += parsed.records();
        spool.recordsRead(records);
        sourceBytes[0] = Math.max(sourceBytes[0], parsed.sourceBytes());
        counters.progress(index, name, parsed.records(), parsed.sourceBytes(), spool, false);
      }
      if (header != null && !failed) {
        Issue mismatch =
            reading.recordCountMismatch(
                header, headerLine, records, Optional.ofNullable(name).orElse(""));
        if (mismatch != null) {
          batch.reading(List.of(mismatch)).forEach(spool::addLate);
        }
      }
      UnaryOperator<Issue> located = Objects.requireNonNull(locator.get(), "locator");
      batch.finish().forEach(issue -> spool.addLate(located.apply(issue)));
      spool.endSource();
      counters.progress(index, name, 0, sourceBytes[0], spool, true);
      counters.endSource();
      Report.Summary summary = batch.summary();
      return new SourceSummary(
          index,
          Optional.ofNullable(name),
          summary.records(),
          summary.validRecords(),
          summary.errors(),
          summary.warnings(),
          sourceBytes[0]);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("the run was interrupted");
    } finally {
      reader.interrupt();
      for (Future<Parsed> pending : queue) {
        pending.cancel(true);
      }
      queue.clear();
      try {
        reader.join(10_000); // a daemon: a source blocked in a read cannot hold the run
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** On the reading thread: cuts the bytes into chunks and submits them in order. */
  private void readBytes(
      SourceSpec source, String name, ExecutorService workers, BlockingQueue<Future<Parsed>> queue)
      throws InterruptedException {
    try (CountingInputStream raw = new CountingInputStream(source.open());
        InputStream in = source.gzip() ? new GZIPInputStream(raw, 1 << 16) : raw) {
      // the buffers of parsed chunks, filled again: as many as can be in flight at once
      Queue<byte[]> spare = new ArrayBlockingQueue<>(inFlight(threads) + 2);
      Chunker chunker =
          new Chunker(
              in,
              raw::count,
              chunkBytes,
              reading.maxLineLength(),
              ExchangeReading.STAND_IN_HEADER,
              spare);
      Chunk first = chunker.first();
      if (first == null) {
        return;
      }
      // the first record line decides whether there is a header, hence the next record index
      Parsed head = parseAndValidate(first, name, spare);
      queue.put(CompletableFuture.completedFuture(head));
      long nextIndex = head.records();
      while (true) {
        Chunk chunk = chunker.next(nextIndex);
        if (chunk == null) {
          break;
        }
        queue.put(workers.submit(() -> parseAndValidate(chunk, name, spare)));
        nextIndex += chunk.recordLines();
      }
    } catch (IOException e) {
      throw new SourceException(name, String.valueOf(e.getMessage()), e);
    }
  }

  /** On a worker: reads a chunk, gives its buffer back, and checks each record's own rules. */
  private Parsed parseAndValidate(Chunk chunk, String name, Queue<byte[]> spare) {
    Parsed parsed = reading.parse(chunk, name);
    Chunker.giveBack(chunk, spare, chunkBytes);
    for (Item item : parsed.items()) {
      ExchangeRecord record = item.record;
      if (record != null) {
        item.ownIssues = checking.validate(record, name, item.line, item.index);
      }
    }
    return parsed;
  }

  /** On the reading thread: hands records in memory to the workers in batches. */
  private void readRecords(
      SourceSpec source, ExecutorService workers, BlockingQueue<Future<Parsed>> queue)
      throws InterruptedException {
    Iterator<? extends ExchangeRecord> records = source.recordIterator();
    long index = 0;
    while (records.hasNext()) {
      List<Item> items = new ArrayList<>(RECORD_BATCH);
      while (items.size() < RECORD_BATCH && records.hasNext()) {
        ExchangeRecord record = records.next();
        if (record == null) {
          throw new NullPointerException("record " + index + " of an in-memory source is null");
        }
        items.add(new Item(0, index++, record, List.of(), 0));
      }
      queue.put(
          workers.submit(
              () -> {
                for (Item item : items) {
                  ExchangeRecord record = item.record;
                  if (record != null) {
                    item.ownIssues = checking.validate(record, null, 0, item.index);
                  }
                }
                return new Parsed(items, items.size(), null, 0, List.of(), 0);
              }));
    }
  }

  /**
   * Returns how many chunks may be in flight at once: {@code threads + 2}, and at least {@link
   * #MIN_IN_FLIGHT}.
   *
   * @param threads the worker threads
   * @return the bound of the queue of chunks
   */
  static int inFlight(int threads) {
    return Math.max(threads + 2, MIN_IN_FLIGHT);
  }

  private static Parsed await(Future<Parsed> future, String source) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new SourceException(source, String.valueOf(cause), cause);
    }
  }

  private static ThreadFactory daemons(String role, int run) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread =
          new Thread(task, "shegong-pipeline-" + run + "-" + role + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Marks the end of a source in the queue. */
  private static final Future<Parsed> END = CompletableFuture.completedFuture(null);

  /**
   * The run's counts for progress events.
   *
   * @since 0.1.0
   */
  private static final class Counters {
    private final ProgressListener listener;
    private final long totalBytes;
    private long records;
    private long bytesBefore;
    private long bytes;

    Counters(ProgressListener listener, long totalBytes) {
      this.listener = listener;
      this.totalBytes = totalBytes;
    }

    void progress(
        int index,
        @Nullable String name,
        long newRecords,
        long sourceBytes,
        IssueSpool spool,
        boolean done) {
      records += newRecords;
      bytes = bytesBefore + sourceBytes;
      listener.progress(
          new ProgressEvent(
              index, Optional.ofNullable(name), records, bytes, totalBytes, spool.count(), done));
    }

    void endSource() {
      bytesBefore = bytes;
    }
  }

  /**
   * Counts the bytes read through it, for progress; read by the reading thread only.
   *
   * @since 0.1.0
   */
  private static final class CountingInputStream extends FilterInputStream {
    private volatile long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int n = super.read(bytes, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    long count() {
      return count;
    }
  }
}
