package org.shegong.tabular.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The temporary files of a reading (a workbook's shared strings, the spool of its visits, the copy
 * of a workbook read from a stream), in the JVM's temporary directory ({@code java.io.tmpdir}),
 * readable by their owner only where the file system supports it, and deleted when the reading is
 * closed.
 *
 * @since 0.2.0
 */
final class TempFiles {

  private TempFiles() {}

  /** Creates an empty temporary file, in {@code directory} or else in {@code java.io.tmpdir}. */
  static Path create(@Nullable Path directory, String purpose) throws IOException {
    String prefix = "shegong-" + purpose + "-";
    return directory == null
        ? Files.createTempFile(prefix, ".tmp")
        : Files.createTempFile(directory, prefix, ".tmp");
  }

  /**
   * Deletes files, each even when deleting another failed. A file still mapped on a system that
   * cannot delete it (Windows) is deleted at the JVM's exit instead.
   */
  static void delete(Path... files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
