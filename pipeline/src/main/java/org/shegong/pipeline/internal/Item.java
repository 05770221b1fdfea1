package org.shegong.pipeline.internal;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;

/**
 * One record of a source on its way through the pipeline: where it is, the record when it could be
 * read, the issues found while reading it and — once a worker has validated it — its own issues.
 *
 * <p>Written by one worker, then handed to the coordinating thread through a completed future,
 * which publishes it safely.
 *
 * @since 0.1.0
 */
final class Item {

  /** The 1-based line, or 0 for a record not read from lines. */
  final long line;

  /** The 0-based record index in its source. */
  final long index;

  /** The record, or null when the line could not be read as one. */
  final @Nullable ExchangeRecord record;

  /** The issues found while reading, located. */
  final List<Issue> readIssues;

  /**
   * The problems found while reading beyond the issues listed per record; when not 0, the last of
   * {@link #readIssues} is the reader's SG-SYN-006 saying so.
   */
  final long readOmitted;

  /** The record's own issues (not the batch rules'), located; set by the worker. */
  List<Issue> ownIssues = List.of();

  /** Gives an issue of this record its cell (ledger rows); null for other sources. */
  @Nullable UnaryOperator<Issue> locator;

  Item(long line, long index, @Nullable ExchangeRecord record, List<Issue> readIssues) {
    this(line, index, record, readIssues, 0);
  }

  Item(
      long line,
      long index,
      @Nullable ExchangeRecord record,
      List<Issue> readIssues,
      long readOmitted) {
    this.line = line;
    this.index = index;
    this.record = record;
    this.readIssues = readIssues;
    this.readOmitted = readOmitted;
  }

  /** Gives an issue of this record its sheet and cell, when the record is a ledger row. */
  Issue locate(Issue issue) {
    UnaryOperator<Issue> l = locator;
    return l == null || issue.sheet().isPresent() || issue.cell().isPresent()
        ? issue
        : l.apply(issue);
  }
}
