package org.shegong.tabular.internal;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.serialization.ReadOptions;

/**
 * What every part of a reading shares: the profile and locale of issues, the file name, whether the
 * file is a workbook, and the exchange reader's options.
 *
 * @param profile the profile
 * @param locale the locale
 * @param fileName the file name put into issues, or null
 * @param workbook whether the file is a workbook (issues get a cell)
 * @param tempDirectory the directory of temporary files, or null for {@code java.io.tmpdir}
 * @since 0.2.0
 */
public record TabularContext(
    Profile profile,
    Locale locale,
    @Nullable String fileName,
    boolean workbook,
    @Nullable Path tempDirectory) {

  /**
   * Returns the exchange reader's options for the rows.
   *
   * @return the options
   */
  public ReadOptions readOptions() {
    ReadOptions options = ReadOptions.defaults().withProfile(profile).withLocale(locale);
    return fileName == null ? options : options.withFileName(fileName);
  }

  /**
   * Puts the file name into an issue, when there is one.
   *
   * @param builder the issue
   * @return the builder
   */
  public Issue.Builder file(Issue.Builder builder) {
    if (fileName != null) {
      builder.file(fileName);
    }
    return builder;
  }
}
