package org.shegong.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The first pass over the lines: per partition, for each run of lines of one source, the number of
 * lines and of non-blank lines and the first non-blank line; then, on the driver, where each run
 * starts in its source (its first line number and the position of its first record line). This is
 * what {@code zipWithIndex} does, per source: a few numbers per partition reach the driver, never
 * the records.
 *
 * @since 0.1.0
 */
public final class Numbering {

  private Numbering() {}

  /**
   * The lines of one source in one partition.
   *
   * @param partition the partition
   * @param src the source
   * @param lines the lines
   * @param nonBlank the non-blank lines
   * @param firstText the first non-blank line, or null
   * @param firstLine its line: the given one, or its 1-based position in the run
   * @param firstLineGiven whether the line was given with the row
   * @since 0.1.0
   */
  public record Run(
      int partition,
      int src,
      long lines,
      long nonBlank,
      @Nullable String firstText,
      long firstLine,
      boolean firstLineGiven)
      implements Serializable {}

  /**
   * Where a run starts in its source.
   *
   * @param src the source
   * @param lineOffset the lines of the source before the run
   * @param positionOffset the non-blank lines of the source before the run
   * @since 0.1.0
   */
  public record Offset(int src, long lineOffset, long positionOffset) implements Serializable {}

  /**
   * The first non-blank line of a source and the number of its non-blank lines.
   *
   * @param nonBlank the non-blank lines
   * @param firstText the first non-blank line, or null when there is none
   * @param firstLine its line number (0 when there is none)
   * @since 0.1.0
   */
  public record SourceLines(long nonBlank, @Nullable String firstText, long firstLine)
      implements Serializable {}

  /**
   * The offsets of each partition's runs and what each source holds.
   *
   * @param offsets the offsets of the runs of each partition, in order
   * @param sources the lines of each source, by position
   * @since 0.1.0
   */
  public record Plan(Map<Integer, List<Offset>> offsets, List<SourceLines> sources)
      implements Serializable {}

  /** Blank as the exchange reader sees it: spaces, tabs and carriage returns only. */
  static boolean blank(String text, int maxLineLength) {
    int length = text.endsWith("\r") ? text.length() - 1 : text.length();
    if (length > maxLineLength) {
      return false; // over-long: a record line, SG-SYN-004
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts the lines (rows of {@link Schemas#LINE}, in source order) and plans the numbering.
   *
   * @param lines the lines
   * @param sources the number of sources
   * @param maxLineLength the reader's longest line
   * @return the plan
   */
  public static Plan plan(JavaRDD<Row> lines, int sources, int maxLineLength) {
    List<Run> runs =
        lines
            .mapPartitionsWithIndex(
                (partition, rows) -> count(partition, rows, maxLineLength).iterator(), true)
            .collect();
    long[] lineCount = new long[sources];
    long[] positionCount = new long[sources];
    String[] firstText = new String[sources];
    long[] firstLine = new long[sources];
    Map<Integer, List<Offset>> offsets = new HashMap<>();
    List<Run> ordered = new ArrayList<>(runs);
    // collect() keeps the partitions' order; runs of a partition come in order
    for (Run run : ordered) {
      int s = run.src();
      offsets
          .computeIfAbsent(run.partition(), p -> new ArrayList<>(1))
          .add(new Offset(s, lineCount[s], positionCount[s]));
      if (firstText[s] == null && run.firstText() != null) {
        firstText[s] = run.firstText();
        firstLine[s] = run.firstLine() + (run.firstLineGiven() ? 0 : lineCount[s]);
      }
      lineCount[s] += run.lines();
      positionCount[s] += run.nonBlank();
    }
    List<SourceLines> summary = new ArrayList<>(sources);
    for (int s = 0; s < sources; s++) {
      summary.add(new SourceLines(positionCount[s], firstText[s], firstLine[s]));
    }
    return new Plan(offsets, summary);
  }

  private static List<Run> count(int partition, Iterator<Row> rows, int maxLineLength) {
    List<Run> runs = new ArrayList<>(1);
    int src = -1;
    long lines = 0;
    long nonBlank = 0;
    String first = null;
    long firstLine = 0;
    boolean given = false;
    while (rows.hasNext()) {
      Row row = rows.next();
      int s = row.getInt(0);
      if (s != src) {
        if (src >= 0) {
          runs.add(new Run(partition, src, lines, nonBlank, first, firstLine, given));
        }
        src = s;
        lines = 0;
        nonBlank = 0;
        first = null;
        firstLine = 0;
      }
      lines++;
      String text = row.getString(2);
      if (!blank(text, maxLineLength)) {
        if (nonBlank == 0) {
          first = text;
          given = !row.isNullAt(1);
          firstLine = given ? row.getLong(1) : lines;
        }
        nonBlank++;
      }
    }
    if (src >= 0) {
      runs.add(new Run(partition, src, lines, nonBlank, first, firstLine, given));
    }
    return runs;
  }
}
