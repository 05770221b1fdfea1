package org.shegong.spark.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.serialization.ExchangeHeader;
import org.shegong.serialization.ExchangeReader;
import org.shegong.serialization.ReadOptions;
import org.shegong.serialization.ReadRecord;
import org.shegong.serialization.SerializationRules;
import org.shegong.validation.BatchFacts;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;

/**
 * The per-record stage, run in each partition: numbers the lines (with the {@link Numbering.Plan}),
 * reads each record line through serialization's {@link ExchangeReader} exactly as a whole file is
 * read, checks the record's own rules with one validator per JVM rebuilt from the configuration,
 * and extracts its batch facts; a row of {@link Schemas#FACTS} per record line.
 *
 * <p>Lines are read in chunks of up to {@value #CHUNK} behind a stand-in header line, as the
 * pipeline reads its chunks: a header on a later line is then misplaced (SG-HDR-002), and each line
 * gives exactly one record slot. The header itself (the first non-blank line of a source, when it
 * is one) was read on the driver and is skipped here.
 *
 * @since 0.1.0
 */
public final class RecordReading implements Function2<Integer, Iterator<Row>, Iterator<Row>> {

  private static final long serialVersionUID = 1L;

  private static final int CHUNK = 512;

  private static final String STAND_IN_HEADER =
      "{\"recordType\":\"header\",\"formatVersion\":\"" + ExchangeHeader.FORMAT_VERSION + "\"}\n";

  /**
   * What the stage knows of a source.
   *
   * @param name the name its issues carry as their file, or null (then no lines are reported)
   * @param header whether its first non-blank line is a header
   * @since 0.1.0
   */
  public record SourceInfo(@Nullable String name, boolean header) implements java.io.Serializable {}

  private final ValidationConfig config;
  private final Numbering.Plan plan;
  private final List<SourceInfo> sources;
  private final byte[] citizenIdSecret;

  /**
   * Creates the stage.
   *
   * @param config the validation configuration
   * @param plan the numbering
   * @param sources the sources, by position
   * @param citizenIdSecret the run's secret for the keys of citizen ID numbers (drawn at random on
   *     the driver, the same for every partition of the run)
   */
  public RecordReading(
      ValidationConfig config,
      Numbering.Plan plan,
      List<SourceInfo> sources,
      byte[] citizenIdSecret) {
    this.config = config;
    this.plan = plan;
    this.sources = List.copyOf(sources);
    this.citizenIdSecret = citizenIdSecret.clone();
  }

  @Override
  public Iterator<Row> call(Integer partition, Iterator<Row> rows) {
    return new Partition(partition, rows);
  }

  /**
   * One partition's records, read a chunk at a time.
   *
   * @since 0.1.0
   */
  private final class Partition implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final Iterator<Numbering.Offset> offsets;
    private final ShegongValidator validator = Validators.of(config);
    private final BatchFacts facts = BatchFacts.of(validator, citizenIdSecret);
    private final ReadOptions options =
        ReadOptions.defaults().withProfile(config.profile()).withLocale(config.locale());
    private final int maxLineLength = options.limits().maxLineLength();
    private final List<Row> out = new ArrayList<>(CHUNK);
    private int next;
    private int src = -1;
    private long line;
    private long position;

    Partition(int partition, Iterator<Row> rows) {
      this.rows = rows;
      this.offsets = plan.offsets().getOrDefault(partition, List.of()).iterator();
    }

    @Override
    public boolean hasNext() {
      while (next >= out.size()) {
        if (!rows.hasNext()) {
          return false;
        }
        fill();
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return out.get(next++);
    }

    /** Reads the next chunk of record lines. */
    private void fill() {
      out.clear();
      next = 0;
      List<long[]> where = new ArrayList<>(CHUNK); // src, line, index
      StringBuilder text = new StringBuilder(STAND_IN_HEADER);
      while (where.size() < CHUNK && rows.hasNext()) {
        Row row = rows.next();
        int s = row.getInt(0);
        if (s != src) {
          Numbering.Offset offset = offsets.next();
          if (offset.src() != s) {
            throw new IllegalStateException(
                "the lines of partition differ from those counted: source " + s);
          }
          src = s;
          line = offset.lineOffset();
          position = offset.positionOffset();
        }
        line++;
        long at = row.isNullAt(1) ? line : row.getLong(1);
        String value = row.getString(2);
        if (Numbering.blank(value, maxLineLength)) {
          continue;
        }
        long pos = position++;
        boolean header = sources.get(s).header();
        if (pos == 0 && header) {
          continue; // read on the driver
        }
        if (at == 1 && !value.isEmpty() && value.charAt(0) == '\uFEFF') {
          value = value.substring(1); // a byte order mark, skipped at the start of a file
        }
        where.add(new long[] {s, at, header ? pos - 1 : pos});
        text.append(value.indexOf('\n') < 0 ? value : value.replace('\n', ' ')).append('\n');
      }
      if (where.isEmpty()) {
        return;
      }
      try (ExchangeReader reader =
          ExchangeReader.open(new StringReader(text.toString()), options)) {
        int k = 0;
        for (ReadRecord read : reader) {
          if (k >= where.size()) {
            throw new IllegalStateException("the reader gave more records than lines");
          }
          long[] w = where.get(k++);
          out.add(record(read, (int) w[0], w[1], w[2]));
        }
        if (k != where.size()) {
          throw new IllegalStateException("the reader gave fewer records than lines");
        }
      }
    }

    private Row record(ReadRecord read, int s, long at, long index) {
      String file = sources.get(s).name();
      List<Issue> reading = new ArrayList<>(read.issues().size());
      for (Issue issue : read.issues()) {
        reading.add(relocate(issue, file, at, index));
      }
      List<Issue> kept = facts.readingIssues(reading);
      List<Row> issues = new ArrayList<>(kept.size());
      Optional<ExchangeRecord> record = read.record();
      Long line = file == null ? null : at;
      if (record.isEmpty()) {
        for (Issue issue : kept) {
          issues.add(IssueRows.row(issue, s, false, issues.size()));
        }
        return RowFactory.create(
            s,
            file,
            line,
            index,
            read.recordType().map(t -> t.code()).orElse(null),
            read.recordId().orElse(null),
            0L,
            0L,
            "",
            0,
            true,
            IssueRows.seq(issues),
            IssueRows.seq(List.of()),
            IssueRows.seq(List.of()));
      }
      ExchangeRecord r = record.get();
      List<Issue> own = new ArrayList<>();
      for (Issue issue : validator.validate(r)) {
        Issue.Builder located = Issue.builder().from(issue).recordIndex(index);
        if (file != null) {
          located.file(file).line(at);
        }
        own.add(located.build());
      }
      for (Issue issue : kept) {
        issues.add(IssueRows.row(issue, s, false, issues.size()));
      }
      for (Issue issue : facts.ownIssues(own, kept)) {
        issues.add(IssueRows.row(issue, s, false, issues.size()));
      }
      BatchFacts.Record f = facts.of(r);
      List<Row> refs = new ArrayList<>(f.references().size());
      for (BatchFacts.Reference ref : f.references()) {
        refs.add(RowFactory.create(ref.target().code(), ref.id(), ref.key(), ref.pointer()));
      }
      List<Row> slots = new ArrayList<>(f.slots().size());
      for (BatchFacts.SlotReference slot : f.slots()) {
        slots.add(RowFactory.create(slot.slot().ordinal(), slot.workerId(), slot.key()));
      }
      return RowFactory.create(
          s,
          file,
          line,
          index,
          f.type().code(),
          f.id(),
          f.idKey(),
          f.citizenIdKey(),
          f.maskedCitizenId(),
          f.workerFacts(),
          false,
          IssueRows.seq(issues),
          IssueRows.seq(refs),
          IssueRows.seq(slots));
    }

    /** Puts a reader's issue at the line's place in its source, as the pipeline does. */
    private Issue relocate(Issue issue, @Nullable String file, long at, long index) {
      Issue.Builder builder;
      if (issue.code().equals(SerializationRules.MISPLACED_HEADER.code())) {
        builder =
            SerializationRules.MISPLACED_HEADER.issue(
                config.profile(), config.locale(), issue.path(), Map.of("line", at));
        issue.recordType().ifPresent(builder::recordType);
        issue.recordId().ifPresent(builder::recordId);
        issue.column().ifPresent(builder::column);
      } else {
        builder = Issue.builder().from(issue);
      }
      builder.file(Optional.ofNullable(file));
      builder.line(file == null ? Optional.empty() : Optional.of(at));
      if (issue.recordIndex().isPresent()) {
        builder.recordIndex(index);
      }
      return builder.build();
    }
  }
}
