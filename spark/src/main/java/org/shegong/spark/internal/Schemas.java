package org.shegong.spark.internal;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the rows the adapter passes between its stages.
 *
 * @since 0.1.0
 */
public final class Schemas {

  /** A line to read: its source's position among the sources, its line (or null), its text. */
  public static final StructType LINE =
      new StructType(
          new StructField[] {
            field("src", DataTypes.IntegerType, false),
            field("line", DataTypes.LongType, true),
            field("text", DataTypes.StringType, false)
          });

  /**
   * An issue with the report's columns (the 1.1 fields {@code column}, {@code sheet} and {@code
   * cell} nullable) and the keys of the file order: the source, the position in it (line, else
   * record index + 1, else 0), whether it is known only at the end of the source, and its rank
   * among the issues of its record.
   */
  public static final StructType ISSUE =
      new StructType(
          new StructField[] {
            field("src", DataTypes.IntegerType, false),
            field("position", DataTypes.LongType, false),
            field("late", DataTypes.IntegerType, false),
            field("seq", DataTypes.IntegerType, false),
            field("severity", DataTypes.StringType, false),
            field("code", DataTypes.StringType, false),
            field("file", DataTypes.StringType, true),
            field("line", DataTypes.LongType, true),
            field("recordIndex", DataTypes.LongType, true),
            field("recordType", DataTypes.StringType, true),
            field("recordId", DataTypes.StringType, true),
            field("path", DataTypes.StringType, false),
            field("message", DataTypes.StringType, false),
            field("column", DataTypes.LongType, true),
            field("sheet", DataTypes.StringType, true),
            field("cell", DataTypes.StringType, true)
          });

  /** The columns of the report, in its order, then the 1.1 fields. */
  public static final String[] REPORT_COLUMNS = {
    "severity",
    "code",
    "file",
    "line",
    "recordIndex",
    "recordType",
    "recordId",
    "path",
    "message",
    "column",
    "sheet",
    "cell"
  };

  /** A reference of a record. */
  public static final StructType REFERENCE =
      new StructType(
          new StructField[] {
            field("target", DataTypes.StringType, false),
            field("id", DataTypes.StringType, false),
            field("key", DataTypes.LongType, false),
            field("pointer", DataTypes.StringType, false)
          });

  /** A worker a child names in a slot. */
  public static final StructType SLOT =
      new StructType(
          new StructField[] {
            field("slot", DataTypes.IntegerType, false),
            field("workerId", DataTypes.StringType, false),
            field("key", DataTypes.LongType, false)
          });

  /** What a record line gives: its location, its batch facts and its issues found so far. */
  public static final StructType FACTS =
      new StructType(
          new StructField[] {
            field("src", DataTypes.IntegerType, false),
            field("file", DataTypes.StringType, true),
            field("line", DataTypes.LongType, true),
            field("idx", DataTypes.LongType, false),
            field("type", DataTypes.StringType, true),
            field("id", DataTypes.StringType, true),
            field("idKey", DataTypes.LongType, false),
            field("citizenKey", DataTypes.LongType, false),
            field("masked", DataTypes.StringType, false),
            field("workerFacts", DataTypes.IntegerType, false),
            field("unreadable", DataTypes.BooleanType, false),
            field("issues", DataTypes.createArrayType(ISSUE, false), false),
            field("refs", DataTypes.createArrayType(REFERENCE, false), false),
            field("slots", DataTypes.createArrayType(SLOT, false), false)
          });

  /** The verdict of one record. */
  public static final StructType VERDICT =
      new StructType(
          new StructField[] {
            field("file", DataTypes.StringType, true),
            field("line", DataTypes.LongType, true),
            field("recordIndex", DataTypes.LongType, false),
            field("recordType", DataTypes.StringType, true),
            field("recordId", DataTypes.StringType, true),
            field("valid", DataTypes.BooleanType, false),
            field("errors", DataTypes.LongType, false),
            field("warnings", DataTypes.LongType, false)
          });

  private Schemas() {}

  private static StructField field(
      String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
