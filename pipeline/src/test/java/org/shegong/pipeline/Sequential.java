package org.shegong.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.validation.BatchOptions;
import org.shegong.validation.BatchValidation;
import org.shegong.validation.RecordLocation;
import org.shegong.validation.ShegongValidator;

/**
 * The main job as the command line wrote it before the pipeline existed: one thread, one {@link
 * ExchangeReader} over the whole file, one {@link BatchValidation}; issues found while reading in
 * order, then the late ones merged in by line. The pipeline must give exactly this.
 */
final class Sequential {

  /** What the one-thread job found. */
  record Outcome(List<Issue> issues, long records, long validRecords, long errors, long warnings) {}

  private Sequential() {}

  static Outcome run(ShegongValidator validator, List<Path> files) {
    List<Issue> all = new ArrayList<>();
    long records = 0;
    long valid = 0;
    long errors = 0;
    long warnings = 0;
    for (Path file : files) {
      String name = file.toString();
      ReadOptions options =
          ReadOptions.defaults()
              .withProfile(validator.config().profile())
              .withLocale(validator.config().locale())
              .withFileName(name);
      BatchValidation batch = validator.newBatch(BatchOptions.retainingAtMost(0));
      List<Issue> streamed = new ArrayList<>();
      List<Issue> late = new ArrayList<>();
      try (InputStream in = open(file);
          ExchangeReader reader = ExchangeReader.open(in, options)) {
        List<Issue> headerIssues = reader.headerIssues();
        streamed.addAll(headerIssues);
        batch.addReadingIssues(headerIssues);
        for (ReadRecord read : reader) {
          RecordLocation location = RecordLocation.of(name, read.line(), read.recordIndex());
          streamed.addAll(read.issues());
          if (read.record().isEmpty()) {
            batch.recordUnreadable(location, read.issues());
          } else {
            batch.addReadingIssues(read.issues());
            ExchangeRecord record = read.record().get();
            streamed.addAll(batch.validate(record, location));
          }
        }
        List<Issue> endOfFile = reader.finish();
        batch.addReadingIssues(endOfFile);
        late.addAll(endOfFile);
        late.addAll(batch.finish());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      late.sort(Comparator.comparingLong((Issue i) -> i.line().orElse(0L)));
      int a = 0;
      int b = 0;
      while (a < streamed.size() || b < late.size()) {
        boolean takeA =
            b >= late.size()
                || (a < streamed.size()
                    && streamed.get(a).line().orElse(0L) <= late.get(b).line().orElse(0L));
        all.add(takeA ? streamed.get(a++) : late.get(b++));
      }
      var summary = batch.report().summary();
      records += summary.records();
      valid += summary.validRecords();
      errors += summary.errors();
      warnings += summary.warnings();
    }
    return new Outcome(all, records, valid, errors, warnings);
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }
}
