package org.shegong.tabular.internal;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one sheet or CSV file, read one at a time.
 *
 * @since 0.2.0
 */
public interface RowSource extends Closeable {

  /**
   * Reads the next row that has a non-empty cell.
   *
   * @return the row, or null at the end
   * @throws IOException when reading fails
   * @throws SourceProblem when the file cannot be read further (not UTF-8, not a workbook)
   */
  @Nullable RawRow next() throws IOException;
}
