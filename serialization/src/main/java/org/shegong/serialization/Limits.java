package org.shegong.serialization;

import org.jspecify.annotations.Nullable;

/**
 * Limits that protect a reader from hostile or broken input: the longest line, the deepest nesting,
 * the longest string, the longest number and the most issues listed for one record.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_LINE_LENGTH} characters per line, nesting depth {@value
 * #DEFAULT_MAX_NESTING_DEPTH} (a record is depth 1; the deepest field of the format, a slot of a
 * station's service plan, is depth 3), {@value #DEFAULT_MAX_STRING_LENGTH} characters per string
 * and {@value #DEFAULT_MAX_NUMBER_LENGTH} characters per number. Exceeding one is rule {@code
 * SG-SYN-004}. At most {@value #DEFAULT_MAX_ISSUES_PER_RECORD} problems are listed for one record;
 * the reader counts those beyond without building them and ends the record's list with one issue
 * saying how many more it found (SG-SYN-006), so that one hostile line (an array of 200,000 bad
 * items) costs bounded memory. Immutable and thread-safe.
 *
 * @param maxLineLength the longest line an exchange reader accepts, in characters, at least 1
 * @param maxNestingDepth the deepest nesting of objects and arrays, at least 1 (a record alone is
 *     depth 1)
 * @param maxStringLength the longest string, in characters, at least 1
 * @param maxNumberLength the longest number, in characters, at least 1
 * @param maxIssuesPerRecord the most problems listed for one record (or line), at least 1; the rest
 *     are counted in one SG-SYN-006 issue
 * @since 0.1.0
 */
public record Limits(
    int maxLineLength,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxIssuesPerRecord) {

  /** The default longest line, in characters (1 Mi). */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1_048_576;

  /** The default deepest nesting of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 16;

  /** The default longest string, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 65_536;

  /** The default longest number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  /** The default number of problems listed for one record before the rest are only counted. */
  public static final int DEFAULT_MAX_ISSUES_PER_RECORD = 100;

  private static final Limits DEFAULTS =
      new Limits(
          DEFAULT_MAX_LINE_LENGTH,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_ISSUES_PER_RECORD);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException when a limit is less than 1
   */
  public Limits {
    positive(maxLineLength, "maxLineLength");
    positive(maxNestingDepth, "maxNestingDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxIssuesPerRecord, "maxIssuesPerRecord");
  }

  /**
   * Creates limits with the default number of issues listed per record ({@value
   * #DEFAULT_MAX_ISSUES_PER_RECORD}).
   *
   * @param maxLineLength the longest line, at least 1
   * @param maxNestingDepth the deepest nesting, at least 1
   * @param maxStringLength the longest string, at least 1
   * @param maxNumberLength the longest number, at least 1
   * @throws IllegalArgumentException when a limit is less than 1
   */
  public Limits(int maxLineLength, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    this(
        maxLineLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        DEFAULT_MAX_ISSUES_PER_RECORD);
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults, never null
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another longest line.
   *
   * @param characters the longest line in characters, at least 1
   * @return the new limits, never null
   * @throws IllegalArgumentException when the value is less than 1
   */
  public Limits withMaxLineLength(int characters) {
    return new Limits(
        characters, maxNestingDepth, maxStringLength, maxNumberLength, maxIssuesPerRecord);
  }

  /**
   * Returns a copy with another deepest nesting.
   *
   * @param depth the deepest nesting, at least 1 (a record alone is depth 1)
   * @return the new limits, never null
   * @throws IllegalArgumentException when the value is less than 1
   */
  public Limits withMaxNestingDepth(int depth) {
    return new Limits(maxLineLength, depth, maxStringLength, maxNumberLength, maxIssuesPerRecord);
  }

  /**
   * Returns a copy with another longest string.
   *
   * @param characters the longest string in characters, at least 1
   * @return the new limits, never null
   * @throws IllegalArgumentException when the value is less than 1
   */
  public Limits withMaxStringLength(int characters) {
    return new Limits(
        maxLineLength, maxNestingDepth, characters, maxNumberLength, maxIssuesPerRecord);
  }

  /**
   * Returns a copy with another longest number.
   *
   * @param characters the longest number in characters, at least 1
   * @return the new limits, never null
   * @throws IllegalArgumentException when the value is less than 1
   */
  public Limits withMaxNumberLength(int characters) {
    return new Limits(
        maxLineLength, maxNestingDepth, maxStringLength, characters, maxIssuesPerRecord);
  }

  /**
   * Returns a copy with another number of problems listed per record.
   *
   * @param issues the most problems listed for one record, at least 1
   * @return the new limits, never null
   * @throws IllegalArgumentException when the value is less than 1
   */
  public Limits withMaxIssuesPerRecord(int issues) {
    return new Limits(maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength, issues);
  }

  /**
   * Tells whether another object is limits with the same values.
   *
   * <p>Written out rather than left to the record: a record's own {@code equals} and {@code
   * hashCode} are linked through method handles on their first call, about 25 ms at the start of
   * every run (a reader compares its limits with the defaults to share a parser factory).
   *
   * @param other the object; may be null
   * @return true for limits with the same five values
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Limits that
        && maxLineLength == that.maxLineLength
        && maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength
        && maxNumberLength == that.maxNumberLength
        && maxIssuesPerRecord == that.maxIssuesPerRecord;
  }

  /**
   * Returns a hash of the five values.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int hash = maxLineLength;
    hash = 31 * hash + maxNestingDepth;
    hash = 31 * hash + maxStringLength;
    hash = 31 * hash + maxNumberLength;
    return 31 * hash + maxIssuesPerRecord;
  }
}
