package org.shegong.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Converters and small enums shared by the commands.
 *
 * @since 0.1.0
 */
final class Options {

  private Options() {}

  /**
   * Output format of {@code validate} and {@code coverage}.
   *
   * @since 0.1.0
   */
  enum Format {
    TEXT,
    JSON
  }

  /**
   * {@code --locale}: {@code zh-CN} (or any {@code zh…}) for Chinese, {@code en} (or any {@code
   * en…}) for English.
   *
   * @since 0.1.0
   */
  static final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      String tag = value.trim().replace('_', '-').toLowerCase(Locale.ROOT);
      if (tag.equals("zh") || tag.startsWith("zh-")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if (tag.equals("en") || tag.startsWith("en-")) {
        return Locale.ENGLISH;
      }
      throw new CliTexts.LocalizedConversionException(CliTexts.NOT_A_LOCALE, value);
    }
  }

  /** The first year a date option accepts. */
  static final int FIRST_YEAR = 1900;

  /** The last year a date option accepts. */
  static final int LAST_YEAR = 2999;

  /** The most worker threads {@code --threads} accepts. */
  static final int MAX_THREADS = 1024;

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /**
   * A date in ISO form {@code yyyy-MM-dd}: exactly four digits of year, from {@value #FIRST_YEAR}
   * to {@value #LAST_YEAR} (ISO's {@code +10000-01-01} and {@code +999999999-01-01} are refused
   * here rather than failing deep inside validation).
   *
   * @since 0.1.0
   */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      String text = value.trim();
      LocalDate date;
      try {
        if (!DATE.matcher(text).matches()) {
          throw new CliTexts.LocalizedConversionException(CliTexts.NOT_A_DATE, value);
        }
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new CliTexts.LocalizedConversionException(CliTexts.NOT_A_DATE, value);
      }
      if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
        throw new CliTexts.LocalizedConversionException(CliTexts.DATE_RANGE, value);
      }
      return date;
    }
  }

  /** Tells whether messages should be Chinese. */
  static boolean chinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }
}
