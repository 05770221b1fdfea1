package org.shegong.cli.internal;

import java.nio.charset.Charset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.RecordType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --encoding UTF-8|GB18030} and {@code --record-type TYPE}: how CSV ledgers are read (and,
 * for {@code convert}, which record type a CSV output holds).
 *
 * @since 0.2.0
 */
final class LedgerOptions {

  @Option(
      names = "--encoding",
      paramLabel = "UTF-8|GB18030",
      description =
          "Encoding of CSV files (default: UTF-8, a byte order mark is skipped); GB18030 for CSV"
              + " saved by Excel on Chinese Windows.",
      converter = CharsetConverter.class,
      defaultValue = "UTF-8")
  Charset encoding;

  @Option(
      names = "--record-type",
      paramLabel = "TYPE",
      description =
          "Record type of a CSV file whose name does not tell it (child, worker, station, …;"
              + " 儿童.csv and child-2024.csv tell it).",
      converter = RecordTypeConverter.class)
  @Nullable RecordType recordType;

  /**
   * Reads a charset name.
   *
   * @since 0.2.0
   */
  static final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value.trim());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown encoding '" + value + "' (UTF-8, GB18030)");
      }
    }
  }

  /**
   * Reads a record type: its code ({@code child}) or Chinese label ({@code 儿童}).
   *
   * @since 0.2.0
   */
  static final class RecordTypeConverter implements ITypeConverter<RecordType> {
    @Override
    public RecordType convert(String value) {
      return recordType(value);
    }
  }

  /** A record type by its code, in any case, or its Chinese label. */
  static RecordType recordType(String value) {
    String wanted = value.trim();
    for (RecordType type : RecordType.values()) {
      if (type.code().equalsIgnoreCase(wanted)
          || type.name().equalsIgnoreCase(wanted)
          || type.labelZh().equals(wanted)) {
        return type;
      }
    }
    StringBuilder known = new StringBuilder();
    for (RecordType type : RecordType.values()) {
      known.append(known.length() == 0 ? "" : ", ").append(type.code());
    }
    throw new TypeConversionException(
        "unknown record type '" + value.toLowerCase(Locale.ROOT) + "' (" + known + ")");
  }
}
