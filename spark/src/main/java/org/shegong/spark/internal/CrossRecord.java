package org.shegong.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.RecordType;
import org.shegong.validation.BatchFacts;
import org.shegong.validation.RecordLocation;
import org.shegong.validation.ValidationConfig;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The cross-record rules computed by Spark: keys and references of the records (rows of {@link
 * Schemas#FACTS}) grouped and joined, and each finding turned into its issue by {@link BatchFacts}
 * in the partition that found it. Nothing is collected to the driver.
 *
 * <ul>
 *   <li>SG-BAT-001: records grouped by (source, type, id key); all but the first in file order get
 *       the issue.
 *   <li>SG-BAT-002: references anti-joined with the keys of the records of their source.
 *   <li>SG-BAT-003: children grouped by (source, citizen ID key); all but the first.
 *   <li>SG-BAT-004 to SG-BAT-007: the slots of children joined with the first worker of each id;
 *       the issue is among the child's when that worker comes first, else at the end.
 * </ul>
 *
 * @since 0.1.0
 */
public final class CrossRecord {

  private CrossRecord() {}

  /**
   * Returns the issues of the cross-record rules, rows of {@link Schemas#ISSUE}.
   *
   * @param facts the facts of every record line
   * @param config the validation configuration
   * @param names the name of each source (the file of its issues), by position; the rows carry the
   *     position only, so that the shuffles do not carry the name
   * @return the issues, in no particular order
   */
  public static Dataset<Row> issues(
      Dataset<Row> facts, ValidationConfig config, List<@Nullable String> names) {
    Dataset<Row> keys =
        facts
            .where(col("idKey").notEqual(0L))
            .select("src", "type", "idx", "line", "id", "workerFacts");
    Dataset<Row> firsts =
        keys.groupBy("src", "type", "id")
            .agg(min(struct(col("idx"), col("workerFacts"))).as("first"), count(lit(1)).as("n"));

    Dataset<Row> duplicates =
        keys.join(firsts.where(col("n").gt(1)), seq("src", "type", "id"))
            .where(col("idx").notEqual(col("first.idx")))
            .select("src", "type", "id", "idx", "line")
            .mapPartitions(new DuplicateIds(config, names), Encoders.row(Schemas.ISSUE));

    Dataset<Row> references =
        facts
            .where(size(col("refs")).gt(0))
            .select(
                col("src"),
                col("type"),
                col("id"),
                col("idx"),
                col("line"),
                explode(col("refs")).as("ref"))
            .select(
                col("src"),
                col("type"),
                col("id"),
                col("idx"),
                col("line"),
                col("ref.target").as("rtype"),
                col("ref.id").as("rid"),
                col("ref.pointer").as("pointer"));
    // ids are compared by their text, never by a hash a crafted file could make collide
    Dataset<Row> held = firsts.select(col("src"), col("type").as("rtype"), col("id").as("rid"));
    Dataset<Row> dangling =
        references
            .join(held, seq("src", "rtype", "rid"), "left_anti")
            .mapPartitions(new Dangling(config, names), Encoders.row(Schemas.ISSUE));

    Dataset<Row> workers =
        firsts
            .where(col("type").equalTo(RecordType.WORKER.code()))
            .select(
                col("src"),
                col("id").as("workerId"),
                col("first.idx").as("widx"),
                col("first.workerFacts").as("wfacts"));
    Dataset<Row> slots =
        facts
            .where(size(col("slots")).gt(0))
            .select(col("src"), col("id"), col("idx"), col("line"), explode(col("slots")).as("s"))
            .select(
                col("src"),
                col("id"),
                col("idx"),
                col("line"),
                col("s.slot").as("slot"),
                col("s.workerId").as("workerId"))
            .join(workers, seq("src", "workerId"))
            .mapPartitions(new Slots(config, names), Encoders.row(Schemas.ISSUE));

    Dataset<Row> children =
        facts
            .where(col("citizenKey").notEqual(0L))
            .select("src", "citizenKey", "idx", "line", "id", "masked");
    Dataset<Row> firstChildren =
        children
            .groupBy("src", "citizenKey")
            .agg(min(struct(col("idx"), col("line"))).as("first"), count(lit(1)).as("n"))
            .where(col("n").gt(1));
    Dataset<Row> duplicateChildren =
        children
            .join(firstChildren, seq("src", "citizenKey"))
            .where(col("idx").notEqual(col("first.idx")))
            .select(
                col("src"),
                col("id"),
                col("idx"),
                col("line"),
                col("masked"),
                col("first.idx").as("fidx"),
                col("first.line").as("fline"))
            .mapPartitions(new DuplicateChildren(config, names), Encoders.row(Schemas.ISSUE));

    return duplicates.union(dangling).union(slots).union(duplicateChildren);
  }

  static Seq<String> seq(String... names) {
    return CollectionConverters.asScala(Arrays.asList(names)).toList();
  }

  static RecordLocation location(@Nullable String file, @Nullable Long line, long index) {
    return file != null && line != null
        ? RecordLocation.of(file, line, index)
        : RecordLocation.atIndex(index);
  }

  /**
   * The base of the stages that turn findings into issues, one {@link BatchFacts} per partition.
   *
   * @since 0.1.0
   */
  private abstract static class Findings implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ValidationConfig config;
    private final ArrayList<@Nullable String> names;

    Findings(ValidationConfig config, List<@Nullable String> names) {
      this.config = config;
      this.names = new ArrayList<>(names);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      BatchFacts facts = BatchFacts.of(Validators.of(config));
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Row row = rows.next();
        int src = row.getAs("src");
        long index = row.getAs("idx");
        RecordLocation at = location(names.get(src), IssueRows.nullable(row, "line"), index);
        finding(facts, row, src, at, out);
      }
      return out.iterator();
    }

    abstract void finding(BatchFacts facts, Row row, int src, RecordLocation at, List<Row> out);

    static void add(Optional<Issue> issue, int src, boolean late, int seq, List<Row> out) {
      issue.ifPresent(i -> out.add(IssueRows.row(i, src, late, seq)));
    }
  }

  /**
   * SG-BAT-001.
   *
   * @since 0.1.0
   */
  private static final class DuplicateIds extends Findings {
    private static final long serialVersionUID = 1L;

    DuplicateIds(ValidationConfig config, List<@Nullable String> names) {
      super(config, names);
    }

    @Override
    void finding(BatchFacts facts, Row row, int src, RecordLocation at, List<Row> out) {
      RecordType type = RecordType.ofCode(row.getAs("type"));
      add(
          facts.duplicateId(type, row.getAs("id"), at),
          src,
          false,
          IssueRows.SEQ_DUPLICATE_ID,
          out);
    }
  }

  /**
   * SG-BAT-002.
   *
   * @since 0.1.0
   */
  private static final class Dangling extends Findings {
    private static final long serialVersionUID = 1L;

    Dangling(ValidationConfig config, List<@Nullable String> names) {
      super(config, names);
    }

    @Override
    void finding(BatchFacts facts, Row row, int src, RecordLocation at, List<Row> out) {
      BatchFacts.Reference reference =
          new BatchFacts.Reference(
              RecordType.ofCode(row.getAs("rtype")),
              row.getAs("rid"),
              BatchFacts.key(row.<String>getAs("rid")),
              row.getAs("pointer"));
      RecordType type = RecordType.ofCode(row.getAs("type"));
      String id = IssueRows.nullable(row, "id");
      add(facts.dangling(type, id == null ? "" : id, reference, at), src, true, 0, out);
    }
  }

  /**
   * SG-BAT-004 to SG-BAT-007.
   *
   * @since 0.1.0
   */
  private static final class Slots extends Findings {
    private static final long serialVersionUID = 1L;

    Slots(ValidationConfig config, List<@Nullable String> names) {
      super(config, names);
    }

    @Override
    void finding(BatchFacts facts, Row row, int src, RecordLocation at, List<Row> out) {
      int slot = row.getAs("slot");
      BatchFacts.SlotReference reference =
          new BatchFacts.SlotReference(
              BatchFacts.Slot.values()[slot],
              row.getAs("workerId"),
              BatchFacts.key(row.<String>getAs("workerId")));
      long workerIndex = row.getAs("widx");
      boolean late = workerIndex > at.recordIndex();
      String id = IssueRows.nullable(row, "id");
      add(
          facts.slotMisfit(reference, row.getAs("wfacts"), id == null ? "" : id, at),
          src,
          late,
          late ? 0 : IssueRows.SEQ_SLOT + slot,
          out);
    }
  }

  /**
   * SG-BAT-003.
   *
   * @since 0.1.0
   */
  private static final class DuplicateChildren extends Findings {
    private static final long serialVersionUID = 1L;

    DuplicateChildren(ValidationConfig config, List<@Nullable String> names) {
      super(config, names);
    }

    @Override
    void finding(BatchFacts facts, Row row, int src, RecordLocation at, List<Row> out) {
      RecordLocation first =
          location(at.file().orElse(null), IssueRows.nullable(row, "fline"), row.getAs("fidx"));
      String id = IssueRows.nullable(row, "id");
      add(
          facts.duplicateChild(id == null ? "" : id, row.getAs("masked"), first, at),
          src,
          false,
          IssueRows.SEQ_DUPLICATE_CHILD,
          out);
    }
  }
}
