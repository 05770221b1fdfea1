package org.shegong.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a record was read: the file, the 1-based line and the 0-based record index (records only,
 * not the header), as the exchange-format report names them.
 *
 * @since 0.1.0
 */
public final class RecordLocation {

  private final String file;
  private final long line;
  private final long recordIndex;

  private RecordLocation(String file, long line, long recordIndex) {
    if (recordIndex < 0) {
      throw new IllegalArgumentException("a record index is 0 or more, was " + recordIndex);
    }
    this.file = file;
    this.line = line;
    this.recordIndex = recordIndex;
  }

  /**
   * Returns the location of a record read from a file.
   *
   * @param file the file name as it should appear in issues; not null
   * @param line the 1-based line; at least 1
   * @param recordIndex the 0-based index among the file's records; at least 0
   * @return the location, never null
   * @throws IllegalArgumentException when the line or index is out of range
   */
  public static RecordLocation of(String file, long line, long recordIndex) {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("a line is 1 or more, was " + line);
    }
    return new RecordLocation(file, line, recordIndex);
  }

  /**
   * Returns the location of a record that was not read from a file: only its index.
   *
   * @param recordIndex the 0-based index among the records validated; at least 0
   * @return the location, never null
   * @throws IllegalArgumentException when the index is negative
   */
  public static RecordLocation atIndex(long recordIndex) {
    return new RecordLocation(null, 0, recordIndex);
  }

  /**
   * Returns the file name.
   *
   * @return the file, or empty for records not read from a file
   */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /**
   * Returns the 1-based line.
   *
   * @return the line, or empty for records not read from a file
   */
  public Optional<Long> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /**
   * Returns the 0-based record index.
   *
   * @return the index, 0 or more
   */
  public long recordIndex() {
    return recordIndex;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordLocation o
        && Objects.equals(file, o.file)
        && line == o.line
        && recordIndex == o.recordIndex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, recordIndex);
  }

  @Override
  public String toString() {
    return (file == null ? "" : file + ":" + line + " ") + "#" + recordIndex;
  }
}
