package org.shegong.pipeline.internal;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.pipeline.SourceException;
import org.shegong.tabular.TabularOptions;
import org.shegong.tabular.TabularReader;
import org.shegong.tabular.TabularRow;

/**
 * The pipeline's one contact with the tabular module: reads a ledger (workbook or CSV file) on the
 * reading thread, in row order, and hands its records to the workers in batches, as records in
 * memory are handed over. Each record keeps its row's locator, so that its own issues and those the
 * batch rules find get the sheet and cell of their path; rows of the file itself (a header with
 * unknown columns, a skipped sheet) become reading issues between the batches, in order.
 *
 * @since 0.2.0
 */
final class TabularReading {

  /** Records per batch handed to a worker. */
  private static final int BATCH = 512;

  private final Checking checking;
  private final Profile profile;
  private final Locale locale;

  TabularReading(Checking checking, Profile profile, Locale locale) {
    this.checking = checking;
    this.profile = profile;
    this.locale = locale;
  }

  /**
   * Reads a ledger; on the reading thread.
   *
   * @param source the ledger
   * @param name the name put into issues
   * @param workers the workers
   * @param queue the ordered results
   * @param locator receives the reader's locator, for the issues found at the end of the source
   */
  void read(
      SourceSpec source,
      String name,
      ExecutorService workers,
      BlockingQueue<Future<Parsed>> queue,
      AtomicReference<UnaryOperator<Issue>> locator)
      throws InterruptedException {
    TabularOptions options =
        TabularOptions.defaults()
            .withProfile(profile)
            .withLocale(locale)
            .withEncoding(source.encoding())
            .withRecordType(source.recordType())
            .withFileName(name);
    try (TabularReader reader = TabularReader.open(source.path(), options)) {
      locator.set(reader::locate);
      List<Item> items = new ArrayList<>(BATCH);
      for (TabularRow row : reader) {
        if (!row.isRecord()) {
          items = flush(items, name, workers, queue);
          queue.put(
              CompletableFuture.completedFuture(
                  new Parsed(List.of(), 0, null, 0, row.issues(), 0)));
          continue;
        }
        Item item =
            new Item(
                row.line(),
                row.recordIndex().orElseThrow(),
                row.record().orElse(null),
                row.issues());
        item.locator = row::locate;
        items.add(item);
        if (items.size() == BATCH) {
          items = flush(items, name, workers, queue);
        }
      }
      flush(items, name, workers, queue);
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause();
      throw new SourceException(
          name, String.valueOf(cause == null ? e.getMessage() : cause.getMessage()), e);
    }
  }

  private List<Item> flush(
      List<Item> items, String name, ExecutorService workers, BlockingQueue<Future<Parsed>> queue)
      throws InterruptedException {
    if (items.isEmpty()) {
      return items;
    }
    List<Item> batch = items;
    queue.put(
        workers.submit(
            () -> {
              for (Item item : batch) {
                ExchangeRecord record = item.record;
                if (record != null) {
                  List<Issue> own = checking.validate(record, name, item.line, item.index);
                  List<Issue> located = new ArrayList<>(own.size());
                  for (Issue issue : own) {
                    located.add(item.locate(issue));
                  }
                  item.ownIssues = located;
                }
              }
              return new Parsed(batch, batch.size(), null, 0, List.of(), 0);
            }));
    return new ArrayList<>(BATCH);
  }
}
