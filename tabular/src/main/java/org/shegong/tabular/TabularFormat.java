package org.shegong.tabular;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The two spellings of a ledger: an Excel workbook or a CSV file.
 *
 * @since 0.2.0
 */
public enum TabularFormat {
  /** An Office Open XML workbook ({@code .xlsx}), one sheet per record type. */
  XLSX(".xlsx"),
  /** A CSV file ({@code .csv}), one record type. */
  CSV(".csv");

  private final String extension;

  TabularFormat(String extension) {
    this.extension = extension;
  }

  /**
   * Returns the file extension, with its dot.
   *
   * @return {@code .xlsx} or {@code .csv}
   */
  public String extension() {
    return extension;
  }

  /**
   * Returns the format a file name's extension names, in any case.
   *
   * @param path the file; not null
   * @return the format, or empty for any other extension (NDJSON included)
   */
  public static Optional<TabularFormat> of(Path path) {
    Path name = Objects.requireNonNull(path, "path").getFileName();
    String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (TabularFormat format : values()) {
      if (text.endsWith(format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
