package org.shegong.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
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

  /**
   * A date in ISO form {@code yyyy-MM-dd}.
   *
   * @since 0.1.0
   */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new CliTexts.LocalizedConversionException(CliTexts.NOT_A_DATE, value);
      }
    }
  }

  /** Tells whether messages should be Chinese. */
  static boolean chinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }
}
