package org.shegong.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.division.DivisionTable;
import picocli.CommandLine.Option;

/**
 * {@code --divisions DIR} and {@code --divisions-vintage V}: a division table newer than the
 * bundled one, in the four-CSV layout of {@link DivisionTable#load(Path, String)}.
 *
 * <p>Reports must name the vintage they were checked against, so a user table needs one: {@code
 * --divisions-vintage} when given, otherwise the first non-blank line of the file {@code VINTAGE}
 * in the directory; without either the command cannot run.
 *
 * @since 0.1.0
 */
final class DivisionOptions {

  /** The file in a table directory that names its vintage. */
  static final String VINTAGE_FILE = "VINTAGE";

  @Option(
      names = "--divisions",
      paramLabel = "DIR",
      description =
          "A newer division table (区划表): DIR holds provinces.csv, cities.csv, areas.csv and"
              + " streets.csv (or .csv.gz) in the layout of the bundled table. Default: the"
              + " bundled 2022 table.")
  @Nullable Path directory;

  @Option(
      names = "--divisions-vintage",
      paramLabel = "V",
      description =
          "The vintage of --divisions, shown in reports (e.g. 2023). Default: the first line of"
              + " DIR/"
              + VINTAGE_FILE
              + ".")
  @Nullable String vintage;

  /** Tells whether a user table was given. */
  boolean custom() {
    return directory != null;
  }

  /**
   * Returns the vintage of the user table.
   *
   * @param locale the language of a failure's message
   * @throws CommandFailure when there is no user table vintage to be found
   */
  String vintage(Locale locale) {
    if (vintage != null && !vintage.isBlank()) {
      return vintage.trim();
    }
    Path file =
        Objects.requireNonNull(directory, "a vintage is read from a directory")
            .resolve(VINTAGE_FILE);
    if (Files.isRegularFile(file)) {
      try {
        Optional<String> line =
            Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .findFirst();
        if (line.isPresent()) {
          return line.get();
        }
      } catch (IOException e) {
        throw new CommandFailure(
            CommandFailure.UNREADABLE_INPUT,
            CliTexts.CANNOT_READ.format(
                locale, Map.of("file", file, "reason", String.valueOf(e.getMessage()))),
            e);
      }
    }
    throw new CommandFailure(
        CommandFailure.UNUSABLE_OPTION,
        CliTexts.NO_VINTAGE.format(locale, Map.of("directory", directory, "file", file)));
  }

  /** Returns the table to use: the user's, loaded now, or the bundled one. */
  DivisionTable table(Locale locale) {
    requireConsistent(locale);
    Path dir = directory;
    return dir != null ? DivisionTable.load(dir, vintage(locale)) : DivisionTable.bundled();
  }

  /**
   * Checks that a vintage comes with a directory.
   *
   * @param locale the language of a failure's message
   * @throws CommandFailure when {@code --divisions-vintage} is given without {@code --divisions}
   */
  void requireConsistent(Locale locale) {
    if (!custom() && vintage != null) {
      throw new CommandFailure(
          CommandFailure.UNUSABLE_OPTION, CliTexts.VINTAGE_WITHOUT_TABLE.format(locale, Map.of()));
    }
  }
}
