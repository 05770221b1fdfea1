package org.shegong.tabular.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.ServiceDomain;
import org.shegong.tabular.internal.Columns.Column;
import org.shegong.tabular.internal.Columns.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a cell's value as the JSON value the exchange format gives its field, so that the exchange
 * reader's binding checks it with the same rules as in NDJSON.
 *
 * <p>Text is trimmed (including the full-width space U+3000 and no-break spaces). In every column
 * but free text, full-width digits, letters and punctuation are read as their half-width forms
 * (NFKC), so {@code １１０１０５…} is the same identifier as {@code 110105…}; free text (names,
 * summaries) is kept as typed. A value that cannot be read as its type is passed on as typed, and
 * the binding reports it exactly as in NDJSON. The one problem of its own is an identifier stored
 * as a number that lost digits ({@link #LOST_DIGITS}).
 *
 * @since 0.2.0
 */
public final class CellValues {

  /** Returned by {@link #read} for an identifier stored as a number that lost digits. */
  public static final JsonNode LOST_DIGITS = JsonNodeFactory.instance.missingNode();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");
  private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(\\.\\d+)?[eE][+-]?\\d+");
  private static final Pattern SEPARATORS = Pattern.compile("[、，,；;\\r\\n]+");
  private static final Pattern LINES = Pattern.compile("[\\r\\n]+");
  private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  /** Excel's serial number of 1900-03-01, the first date after its fictitious 1900-02-29. */
  private static final long MARCH_1900 = 61;

  private CellValues() {}

  /**
   * Reads a cell.
   *
   * @param column the column
   * @param cell the cell
   * @return the JSON value, {@link #LOST_DIGITS}, or null when the cell is empty after trimming
   */
  public static @Nullable JsonNode read(Column column, RawCell cell) {
    String text = trim(cell.text());
    if (text.isEmpty()) {
      return null;
    }
    Kind kind = column.kind();
    if (kind != Kind.TEXT && kind != Kind.TEXTS && !cell.number()) {
      text = halfWidth(text);
    }
    switch (kind) {
      case TEXT:
        return NODES.stringNode(cell.number() ? plainNumber(text) : text);
      case IDENTIFIER:
        return identifier(cell, text);
      case DATE:
        return NODES.stringNode(cell.number() ? serialDate(text) : date(text));
      case BOOLEAN:
        return bool(text);
      case INTEGER:
        return integer(text);
      case MONEY:
        return NODES.stringNode(money(cell, text));
      case CODE:
        return NODES.stringNode(code(column, cell.number() ? plainNumber(text) : text));
      case CODES:
        {
          ArrayNode array = NODES.arrayNode();
          for (String item : split(text, SEPARATORS)) {
            array.add(code(column, item));
          }
          return array;
        }
      case IDS:
        {
          if (cell.number()) {
            JsonNode id = identifier(cell, text);
            return id == LOST_DIGITS ? id : NODES.arrayNode().add(id);
          }
          ArrayNode array = NODES.arrayNode();
          for (String item : split(text, SEPARATORS)) {
            if (SCIENTIFIC.matcher(item).matches()) {
              return LOST_DIGITS;
            }
            array.add(item);
          }
          return array;
        }
      case TEXTS:
        {
          ArrayNode array = NODES.arrayNode();
          for (String item : split(text, LINES)) {
            array.add(item);
          }
          return array;
        }
      case SLOTS:
        {
          ArrayNode slots = NODES.arrayNode();
          for (String slot : text.split("\\|", -1)) {
            ArrayNode items = slots.addArray();
            for (String item : split(slot, SEPARATORS)) {
              items.add(CodeLabels.code(ServiceDomain.class, item).orElse(item));
            }
          }
          return slots;
        }
    }
    throw new IllegalStateException("unreachable: " + kind);
  }

  /**
   * Reads the cell that names a visit's child, or a record's id, as text.
   *
   * @param cell the cell
   * @return the id, or null when the cell is empty or an identifier that lost digits
   */
  public static @Nullable String idText(RawCell cell) {
    String text = halfWidth(trim(cell.text()));
    if (text.isEmpty()) {
      return null;
    }
    if (cell.number()) {
      return exactInteger(text);
    }
    return text;
  }

  /**
   * Splits a multi-valued cell into its items, as a code or identifier list is split.
   *
   * @param text the cell's text
   * @return the non-empty items, trimmed
   */
  public static List<String> items(String text) {
    return split(halfWidth(trim(text)), SEPARATORS);
  }

  /** Trims whitespace, including U+3000 and no-break spaces, at both ends. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && blank(text.charAt(start))) {
      start++;
    }
    while (end > start && blank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space as their half-width forms. */
  static String halfWidth(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char mapped = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      if (mapped != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(mapped);
      }
    }
    return out == null ? text : out.toString();
  }

  private static JsonNode identifier(RawCell cell, String text) {
    if (cell.number()) {
      String digits = exactInteger(text);
      return digits == null ? LOST_DIGITS : NODES.stringNode(digits);
    }
    if (SCIENTIFIC.matcher(text).matches()) {
      // a CSV saved by Excel writes what the cell showed: 1.10105E+17
      return LOST_DIGITS;
    }
    return NODES.stringNode(text);
  }

  /**
   * The integer digits of a stored number while they are exact: at most 15 digits (Excel keeps 15
   * significant digits) and no fraction.
   */
  private static @Nullable String exactInteger(String stored) {
    BigDecimal value;
    try {
      value = new BigDecimal(stored);
    } catch (NumberFormatException e) {
      return null;
    }
    if (value.signum() < 0) {
      return null;
    }
    BigDecimal integral = value.stripTrailingZeros();
    if (integral.scale() > 0) {
      return null;
    }
    String digits = integral.toPlainString();
    return digits.length() > 15 ? null : digits;
  }

  private static String plainNumber(String stored) {
    try {
      return shortest(stored).toPlainString();
    } catch (NumberFormatException e) {
      return stored;
    }
  }

  /** The shortest decimal that reads back as the stored double, trailing zeros dropped. */
  private static BigDecimal shortest(String stored) {
    double value = Double.parseDouble(stored);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new NumberFormatException("not finite");
    }
    BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0, RoundingMode.UNNECESSARY) : decimal;
  }

  private static String serialDate(String stored) {
    double serial;
    try {
      serial = Double.parseDouble(stored);
    } catch (NumberFormatException e) {
      return stored;
    }
    long day = (long) Math.floor(serial);
    if (day == MARCH_1900 - 1) {
      return "1900-02-29"; // Excel's fictitious leap day: read as the impossible date it is
    }
    if (day < 1 || day > 2_958_465) {
      return stored;
    }
    // serial 1 is 1900-01-01; from 61 on, Excel counts the fictitious 1900-02-29
    LocalDate date = LocalDate.of(1899, 12, 31).plusDays(day < MARCH_1900 ? day : day - 1);
    return date.toString();
  }

  private static String date(String text) {
    if (iso(text)) {
      return text; // already yyyy-mm-dd, the form the binding reads (and reports if impossible)
    }
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      return text;
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      // an impossible date keeps its ISO shape, and the binding reports it as in NDJSON
      return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
  }

  /** Whether a text is exactly {@code yyyy-mm-dd} in ASCII digits. */
  private static boolean iso(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode bool(String text) {
    String value = text.toLowerCase(Locale.ROOT);
    return switch (value) {
      case "是", "true", "y", "yes", "1", "√" -> NODES.booleanNode(true);
      case "否", "false", "n", "no", "0", "×" -> NODES.booleanNode(false);
      default -> NODES.stringNode(text);
    };
  }

  private static JsonNode integer(String text) {
    BigDecimal value;
    try {
      value = shortest(text);
    } catch (NumberFormatException e) {
      return NODES.stringNode(text);
    }
    if (value.scale() <= 0) {
      try {
        return NODES.numberNode(value.longValueExact());
      } catch (ArithmeticException e) {
        return NODES.numberNode(value.toBigInteger());
      }
    }
    return NODES.numberNode(value);
  }

  private static String money(RawCell cell, String text) {
    if (cell.number()) {
      try {
        BigDecimal value = shortest(text);
        return value.scale() <= 2
            ? value.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
            : value.toPlainString();
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return THOUSANDS.matcher(text).matches() ? text.replace(",", "") : text;
  }

  private static String code(Column column, String text) {
    Class<? extends Enum<?>> codeSet = column.codeSet();
    if (codeSet == null) {
      return text;
    }
    Optional<String> code = CodeLabels.code(codeSet, text);
    return code.orElse(text);
  }

  private static List<String> split(String text, Pattern separators) {
    List<String> items = new ArrayList<>();
    for (String item : separators.split(text, -1)) {
      String trimmed = trim(item);
      if (!trimmed.isEmpty()) {
        items.add(trimmed);
      }
    }
    return items;
  }
}
