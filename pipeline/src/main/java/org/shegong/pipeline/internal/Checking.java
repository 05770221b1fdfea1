package org.shegong.pipeline.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Report;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.pipeline.PipelineRules;
import org.shegong.serialization.SerializationRules;
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
  private final int maxIssuesPerRecord;

  Checking(ValidationConfig config, int maxIssuesPerRecord) {
    this.validator = ShegongValidator.create(config);
    this.maxIssuesPerRecord = maxIssuesPerRecord;
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
    List<Issue> found;
    try {
      found = validator.validate(record);
    } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
      // a bug inside Shegong (or in a rule added to it): the record gets an issue that names the
      // failure, the run goes on; the failure's message is left out, as it may quote the record
      found = List.of(internalFailure(record, e));
    }
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

  private Issue internalFailure(ExchangeRecord record, Throwable failure) {
    Issue.Builder builder =
        PipelineRules.INTERNAL_FAILURE.issue(
            profile(),
            locale(),
            "",
            Map.of(
                "failure",
                failure.getClass().getName(),
                "scope",
                PipelineRules.RECORD_NOT_CHECKED));
    builder.recordType(record.recordType().code());
    if (!record.id().isEmpty()) {
      builder.recordId(record.id());
    }
    return builder.build();
  }

  /**
   * Returns SG-INT-001 for a source whose reading failed inside Shegong after {@code records}
   * records.
   *
   * @param file the source's name, or null
   * @param line the line after the last one read (1 when none was), or ignored for records in
   *     memory
   * @param records the records read before the failure
   * @param failure the failure
   */
  Issue sourceFailure(@Nullable String file, long line, long records, Throwable failure) {
    Issue.Builder builder =
        PipelineRules.INTERNAL_FAILURE.issue(
            profile(),
            locale(),
            "",
            Map.of(
                "failure", failure.getClass().getName(), "scope", PipelineRules.REST_NOT_CHECKED));
    if (file != null) {
      builder.file(file).line(line);
    } else {
      builder.recordIndex(records);
    }
    return builder.build();
  }

  /** Starts the batch rules of one source; not thread-safe. */
  Batch batch(@Nullable String file) {
    return new Batch(
        validator.newBatch(BatchOptions.retainingAtMost(0)),
        file,
        maxIssuesPerRecord,
        profile(),
        locale());
  }

  /**
   * The batch rules of one source, fed in order.
   *
   * @since 0.1.0
   */
  static final class Batch {
    private final BatchValidation batch;
    private final @Nullable String file;
    private final int maxIssues;
    private final Profile profile;
    private final Locale locale;

    private Batch(
        BatchValidation batch,
        @Nullable String file,
        int maxIssues,
        Profile profile,
        Locale locale) {
      this.batch = batch;
      this.file = file;
      this.maxIssues = maxIssues;
      this.profile = profile;
      this.locale = locale;
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
     * report has them, at most {@code maxIssuesPerRecord} of them followed by one SG-SYN-006 that
     * counts the rest (those the reader counted without listing included).
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
      List<Issue> readIssues = item.readIssues;
      if (item.readOmitted > 0 && !readIssues.isEmpty()) {
        // the reader's own SG-SYN-006 is replaced by one that counts the record's issues in all
        readIssues = readIssues.subList(0, readIssues.size() - 1);
      }
      List<Issue> read = reading(readIssues);
      List<Issue> own = batch.addValidated(record, location, item.ownIssues);
      long omitted = item.readOmitted + Math.max(0, read.size() + own.size() - maxIssues);
      if (omitted == 0) {
        if (read.isEmpty()) {
          return own;
        }
        List<Issue> all = new ArrayList<>(read.size() + own.size());
        all.addAll(read);
        all.addAll(own);
        return all;
      }
      List<Issue> all = new ArrayList<>(maxIssues + 1);
      for (Issue issue : read) {
        if (all.size() < maxIssues) {
          all.add(issue);
        }
      }
      for (Issue issue : own) {
        if (all.size() < maxIssues) {
          all.add(issue);
        }
      }
      all.addAll(reading(List.of(omission(item, record, omitted))));
      return all;
    }

    private Issue omission(Item item, ExchangeRecord record, long omitted) {
      Issue.Builder builder =
          SerializationRules.ISSUES_OMITTED.issue(
              profile, locale, "", Map.of("omitted", omitted, "max", maxIssues));
      if (file != null) {
        builder.file(file);
      }
      if (item.line > 0) {
        builder.line(item.line);
      }
      builder.recordIndex(item.index).recordType(record.recordType().code());
      if (!record.id().isEmpty()) {
        builder.recordId(record.id());
      }
      return builder.build();
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
