package org.shegong.tabular;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Profile;
import org.shegong.core.issue.Rule;
import org.shegong.core.model.RecordType;

/**
 * How a ledger is read or written: the profile and locale of its issues, the encoding of CSV files,
 * the record type of a CSV file whose name does not tell it, the file name put into issues, whether
 * sensitive values are masked on writing, and where temporary files go.
 *
 * @param profile the validation profile, which decides severities (an unknown column is an error in
 *     {@code EXCHANGE}, a warning in {@code DRAFT}); not null
 * @param locale the locale of messages; not null
 * @param encoding the encoding of CSV files, UTF-8 by default (a byte order mark is skipped);
 *     GB18030 for files Excel saved on Chinese Windows; not null
 * @param recordType the record type of a CSV file, instead of its name; not null
 * @param fileName the file name put into issues, instead of the path's; not null
 * @param masked whether a writer masks citizen IDs, phone numbers and names; not used for reading
 * @param tempDirectory the directory of temporary files (a workbook's shared strings and visits
 *     when reading, the records' spool when writing), instead of {@code java.io.tmpdir}; not null
 * @since 0.2.0
 */
public record TabularOptions(
    Profile profile,
    Locale locale,
    Charset encoding,
    Optional<RecordType> recordType,
    Optional<String> fileName,
    boolean masked,
    Optional<Path> tempDirectory) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException when a component is null
   */
  public TabularOptions {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(tempDirectory, "tempDirectory");
  }

  /**
   * Returns the defaults: {@code EXCHANGE}, Chinese messages, UTF-8, the record type and file name
   * from the file, nothing masked, temporary files in {@code java.io.tmpdir}.
   *
   * @return the default options, never null
   */
  public static TabularOptions defaults() {
    return new TabularOptions(
        Profile.EXCHANGE,
        Rule.DEFAULT_LOCALE,
        StandardCharsets.UTF_8,
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty());
  }

  /**
   * Returns these options with another profile.
   *
   * @param profile the profile; not null
   * @return new options, never null
   */
  public TabularOptions withProfile(Profile profile) {
    return new TabularOptions(
        profile, locale, encoding, recordType, fileName, masked, tempDirectory);
  }

  /**
   * Returns these options with another locale for messages.
   *
   * @param locale the locale; not null
   * @return new options, never null
   */
  public TabularOptions withLocale(Locale locale) {
    return new TabularOptions(
        profile, locale, encoding, recordType, fileName, masked, tempDirectory);
  }

  /**
   * Returns these options with another encoding for CSV files.
   *
   * @param encoding for example {@code Charset.forName("GB18030")}; not null
   * @return new options, never null
   */
  public TabularOptions withEncoding(Charset encoding) {
    return new TabularOptions(
        profile, locale, encoding, recordType, fileName, masked, tempDirectory);
  }

  /**
   * Returns these options with the record type of CSV files given, whatever their names.
   *
   * @param recordType the record type, or null to take it from the file name
   * @return new options, never null
   */
  public TabularOptions withRecordType(@Nullable RecordType recordType) {
    return new TabularOptions(
        profile,
        locale,
        encoding,
        Optional.ofNullable(recordType),
        fileName,
        masked,
        tempDirectory);
  }

  /**
   * Returns these options with the file name put into issues.
   *
   * @param fileName the name; not null
   * @return new options, never null
   */
  public TabularOptions withFileName(String fileName) {
    return new TabularOptions(
        profile,
        locale,
        encoding,
        recordType,
        Optional.of(Objects.requireNonNull(fileName, "fileName")),
        masked,
        tempDirectory);
  }

  /**
   * Returns these options with masking on writing turned on or off.
   *
   * @param masked whether a writer masks citizen IDs, phone numbers and names
   * @return new options, never null
   */
  public TabularOptions withMasked(boolean masked) {
    return new TabularOptions(
        profile, locale, encoding, recordType, fileName, masked, tempDirectory);
  }

  /**
   * Returns these options with temporary files in another directory.
   *
   * @param tempDirectory an existing directory; not null
   * @return new options, never null
   */
  public TabularOptions withTempDirectory(Path tempDirectory) {
    return new TabularOptions(
        profile,
        locale,
        encoding,
        recordType,
        fileName,
        masked,
        Optional.of(Objects.requireNonNull(tempDirectory, "tempDirectory")));
  }
}
