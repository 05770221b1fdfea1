package org.shegong.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a record was read: the file, the 1-based line and the 0-based record index (records only,
 * not the header), as the exchange-format report names them.
 *
 * <p>Obtained from {@link #of(String, long, long)} for a record read from a file and {@link
 * #atIndex(long)} for one that was not.
 *
 * @param file the file name as it appears in issues, or empty for records not read from a file
 * @param line the 1-based line, or empty for records not read from a file; present exactly when the
 *     file is
 * @param recordIndex the 0-based index among the records, 0 or more
 * @since 0.1.0
 */
public record RecordLocation(Optional<String> file, Optional<Long> line, long recordIndex) {

  /**
   * Checks the location.
   *
   * @param file the file name, or empty; not null
   * @param line the 1-based line (at least 1), or empty; present exactly when the file is
   * @param recordIndex the 0-based record index; at least 0
   * @throws IllegalArgumentException when the line or index is out of range, or only one of file
   *     and line is given
   */
  public RecordLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(line, "line");
    if (recordIndex < 0) {
      throw new IllegalArgumentException("a record index is 0 or more, was " + recordIndex);
    }
    if (line.isPresent() && line.get() < 1) {
      throw new IllegalArgumentException("a line is 1 or more, was " + line.get());
    }
    if (file.isPresent() != line.isPresent()) {
      throw new IllegalArgumentException("a location has both a file and a line, or neither");
    }
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
    return new RecordLocation(
        Optional.of(Objects.requireNonNull(file, "file")), Optional.of(line), recordIndex);
  }

  /**
   * Returns the location of a record that was not read from a file: only its index.
   *
   * @param recordIndex the 0-based index among the records validated; at least 0
   * @return the location, never null
   * @throws IllegalArgumentException when the index is negative
   */
  public static RecordLocation atIndex(long recordIndex) {
    return new RecordLocation(Optional.empty(), Optional.empty(), recordIndex);
  }

  @Override
  public String toString() {
    return file.map(f -> f + ":" + line.orElseThrow() + " ").orElse("") + "#" + recordIndex;
  }
}
