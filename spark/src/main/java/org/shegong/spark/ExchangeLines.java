package org.shegong.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.shegong.spark.internal.Schemas;

/**
 * The lines of one or more exchange files, each with its file and line, ready for {@link
 * ShegongSpark#validate(ExchangeLines)}.
 *
 * <p>{@link #read} reads files (local, HDFS, object storage: any Hadoop file system; {@code .gz}
 * decompressed) split across partitions, and numbers the lines itself: a first pass counts the
 * lines of each split (a few numbers per partition reach the driver, as with {@code zipWithIndex}),
 * the validation numbers them from there. Lines end at {@code \n} only, with a {@code \r} before it
 * dropped, as the exchange reader splits them. {@link #of} takes lines that already carry their
 * file and line, from any source.
 *
 * @since 0.1.0
 */
public final class ExchangeLines {

  private final Dataset<Row> dataset;
  private final List<String> files;
  private final JavaRDD<Row> ordered;

  private ExchangeLines(Dataset<Row> dataset, List<String> files, JavaRDD<Row> ordered) {
    this.dataset = dataset;
    this.files = List.copyOf(files);
    this.ordered = ordered;
  }

  /**
   * Reads exchange files, each split into partitions by the file system's splits.
   *
   * @param spark the session; not null
   * @param paths the files, in report order; each path as the report names it; not null
   * @return the lines, never null
   */
  public static ExchangeLines read(SparkSession spark, List<String> paths) {
    return read(spark, paths, 1);
  }

  /**
   * Reads exchange files with at least a number of partitions per file (a compressed file is one
   * partition whatever the number).
   *
   * @param spark the session; not null
   * @param paths the files, in report order; each path as the report names it; not null
   * @param minPartitions the partitions wanted per file, at least 1
   * @return the lines, never null
   * @throws IllegalArgumentException when {@code minPartitions} is below 1 or no path is given
   */
  public static ExchangeLines read(SparkSession spark, List<String> paths, int minPartitions) {
    Objects.requireNonNull(spark, "spark");
    if (minPartitions < 1) {
      throw new IllegalArgumentException("minPartitions is at least 1, was " + minPartitions);
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("at least one exchange file is read");
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<JavaRDD<Row>> parts = new ArrayList<>(paths.size());
    for (int i = 0; i < paths.size(); i++) {
      JobConf conf = new JobConf(jsc.hadoopConfiguration());
      FileInputFormat.setInputPaths(conf, new org.apache.hadoop.fs.Path(paths.get(i)));
      conf.set("textinputformat.record.delimiter", "\n");
      int src = i;
      parts.add(
          jsc.hadoopRDD(conf, TextInputFormat.class, LongWritable.class, Text.class, minPartitions)
              .map(pair -> RowFactory.create(src, null, decode(pair._2()))));
    }
    JavaRDD<Row> all = parts.get(0);
    for (JavaRDD<Row> part : parts.subList(1, parts.size())) {
      all = all.union(part); // keeps the partitions' order: file after file
    }
    List<String> names = new ArrayList<>(paths.size());
    for (String path : paths) {
      names.add(Objects.requireNonNull(path, "path"));
    }
    Dataset<Row> view =
        spark
            .createDataFrame(all, Schemas.LINE)
            .selectExpr(
                "element_at(array(" + quoted(names) + "), src + 1) AS file", "line", "text");
    return new ExchangeLines(view, names, all);
  }

  /**
   * Reads an exchange file named as {@code shegong validate} names it ({@link Path#toString()}).
   *
   * @param spark the session; not null
   * @param path the file; not null
   * @param minPartitions the partitions wanted, at least 1
   * @return the lines, never null
   */
  public static ExchangeLines read(SparkSession spark, Path path, int minPartitions) {
    return read(spark, List.of(path.toString()), minPartitions);
  }

  /**
   * Takes lines that carry their file and line: columns {@code file} (string), {@code line} (long,
   * 1-based) and {@code text} (string, one line without its line end); in any order and
   * partitioning (they are sorted by file, in the order given, then line).
   *
   * @param lines the lines; not null
   * @param files the files in report order; every {@code file} of the lines is among them; not null
   * @return the lines, never null
   */
  public static ExchangeLines of(Dataset<Row> lines, List<String> files) {
    Objects.requireNonNull(lines, "lines");
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (String file : files) {
      positions.putIfAbsent(Objects.requireNonNull(file, "file"), positions.size());
    }
    Dataset<Row> view = lines.select("file", "line", "text");
    JavaRDD<Row> rows =
        view.javaRDD()
            .map(
                row -> {
                  Integer src = positions.get(row.getString(0));
                  if (src == null) {
                    throw new IllegalArgumentException(
                        "a line's file is not among the files given: " + row.getString(0));
                  }
                  return RowFactory.create(src, row.getLong(1), row.getString(2));
                });
    JavaRDD<Row> ordered =
        rows.sortBy(
            row -> ((long) row.getInt(0) << 40) | row.getLong(1), true, rows.getNumPartitions());
    return new ExchangeLines(view, new ArrayList<>(positions.keySet()), ordered);
  }

  /**
   * Returns the lines: columns {@code file}, {@code line} (null until numbered, for files read by
   * {@link #read}) and {@code text}.
   *
   * @return the lines, never null
   */
  public Dataset<Row> dataset() {
    return dataset;
  }

  /**
   * Returns the files in report order.
   *
   * @return the files, never null
   */
  public List<String> files() {
    return files;
  }

  /** The lines as rows of source position, line and text, in source order then line order. */
  JavaRDD<Row> ordered() {
    return ordered;
  }

  private static String decode(Text text) {
    // String's decoding replaces malformed UTF-8 as the exchange reader does
    return new String(text.getBytes(), 0, text.getLength(), StandardCharsets.UTF_8);
  }

  private static String quoted(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append('\'').append(name.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "ExchangeLines" + files;
  }
}
