package org.shegong.pipeline.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.validation.BatchOptions;
import org.shegong.validation.BatchValidation;
import org.shegong.validation.RecordLocation;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;

/**
 * The pipeline's one contact with the validation module: a validator built once, its per-record
 * rules called from any worker, and one batch per source fed in order from the coordinating thread.
 *
 * @since 0.1.0
 */
final class Checking {

  private final ShegongValidator validator;

  Checking(ValidationConfig config) {
    this.validator = ShegongValidator.create(config);
  }

  Profile profile() {
    return validator.config().profile();
  }

  Locale locale() {
    return validator.config().locale();
  }

  LocalDate asOf() {
    return validator.config().asOf();
  }

  String divisionTable() {
    return validator.divisionTableVintage();
  }

  /**
   * Checks a record's own rules (not the batch rules) and locates its issues; thread-safe.
   *
   * @param record the record
   * @param file the file put into issues, or null
   * @param line the line, or 0 for none
   * @param index the record index
   */
  List<Issue> validate(ExchangeRecord record, @Nullable String file, long line, long index) {
    List<Issue> found = validator.validate(record);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Issue> located = new ArrayList<>(found.size());
    for (Issue issue : found) {
      Issue.Builder builder = Issue.builder().from(issue);
      if (file != null) {
        builder.file(file);
      }
      if (line > 0) {
        builder.line(line);
      }
      located.add(builder.recordIndex(index).build());
    }
    return located;
  }

  /** Starts the batch rules of one source; not thread-safe. */
  Batch batch(@Nullable String file) {
    return new Batch(validator.newBatch(BatchOptions.retainingAtMost(0)), file);
  }

  /**
   * The batch rules of one source, fed in order.
   *
   * @since 0.1.0
   */
  static final class Batch {
    private final BatchValidation batch;
    private final @Nullable String file;

    private Batch(BatchValidation batch, @Nullable String file) {
      this.batch = batch;
      this.file = file;
    }

    /**
     * Counts issues of the header or of the file as a whole; returns them as the report has them
     * (the configured severity overrides applied, those of rules turned off left out).
     */
    List<Issue> reading(Collection<Issue> issues) {
      return issues.isEmpty() ? List.of() : batch.addReadingIssues(issues);
    }

    /**
     * Adds a record: returns its reading issues, then its own and batch issues, in order, as the
     * report has them.
     */
    List<Issue> add(Item item) {
      RecordLocation location =
          file != null && item.line > 0
              ? RecordLocation.of(file, item.line, item.index)
              : RecordLocation.atIndex(item.index);
      ExchangeRecord record = item.record;
      if (record == null) {
        return batch.recordUnreadable(location, item.readIssues);
      }
      List<Issue> read = reading(item.readIssues);
      List<Issue> own = batch.addValidated(record, location, item.ownIssues);
      if (read.isEmpty()) {
        return own;
      }
      List<Issue> all = new ArrayList<>(read.size() + own.size());
      all.addAll(read);
      all.addAll(own);
      return all;
    }

    /**
     * Ends the source: references that were never resolved, in file order, and for a file or stream
     * without a single record its warning (SG-BAT-008).
     */
    List<Issue> finish() {
      return file == null ? batch.finish() : batch.finishFile(file);
    }

    /** The counts of the source. */
    Report.Summary summary() {
      return batch.report().summary();
    }
  }
}
