package org.shegong.core.internal.division;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of the division table's CSV layout into fields.
 *
 * <p>The layout is RFC 4180 restricted to one line per row: comma-separated fields, a field that
 * starts with a double quote runs to the matching closing quote, and {@code ""} inside a quoted
 * field is one quote. A quote inside an unquoted field, text after a closing quote, or a quote that
 * is not closed on the same line make the row malformed. Core has no runtime dependencies, so this
 * small parser replaces a CSV library.
 *
 * @since 0.1.0
 */
public final class CsvRow {

  private CsvRow() {}

  /**
   * Splits a line into its fields.
   *
   * @param line the line without its line terminator; not null
   * @return the fields, in order, unquoted; never null, at least one field
   * @throws IllegalArgumentException with a description of the problem when the line is malformed
   */
  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>(6);
    int length = line.length();
    int position = 0;
    while (true) {
      if (position < length && line.charAt(position) == '"') {
        StringBuilder field = new StringBuilder();
        int i = position + 1;
        while (true) {
          if (i >= length) {
            throw new IllegalArgumentException(
                "quoted field " + (fields.size() + 1) + " is not closed on this line");
          }
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < length && line.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(c);
          i++;
        }
        fields.add(field.toString());
        if (i == length) {
          return fields;
        }
        if (line.charAt(i) != ',') {
          throw new IllegalArgumentException(
              "text after the closing quote of field " + fields.size());
        }
        position = i + 1;
      } else {
        int comma = line.indexOf(',', position);
        int end = comma < 0 ? length : comma;
        String field = line.substring(position, end);
        if (field.indexOf('"') >= 0) {
          throw new IllegalArgumentException("quote inside unquoted field " + (fields.size() + 1));
        }
        fields.add(field);
        if (comma < 0) {
          return fields;
        }
        position = comma + 1;
      }
    }
  }
}
