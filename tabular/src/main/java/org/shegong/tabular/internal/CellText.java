package org.shegong.tabular.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.tabular.internal.Columns.Column;
import org.shegong.tabular.internal.Columns.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Writes a field's JSON value as the text of its cell, the inverse of {@link CellValues}: codes as
 * their Chinese labels, booleans as 是/否, code and identifier lists separated by {@code 、}, free
 * text lists one item a line, service-plan slots separated by {@code |}.
 *
 * @since 0.2.0
 */
public final class CellText {

  private CellText() {}

  /**
   * Returns the value of a column in a record's JSON.
   *
   * @param record the record's JSON object
   * @param column the column
   * @return the value, or null when the field is absent
   */
  public static @Nullable JsonNode value(JsonNode record, Column column) {
    String parent = column.parent();
    if (parent != null) {
      for (JsonNode item : record.path("parents")) {
        if (parent.equals(item.path("relation").asString(""))) {
          JsonNode value = item.get(column.segments().get(1));
          return value == null || value.isNull() ? null : value;
        }
      }
      return null;
    }
    JsonNode node = record;
    for (String segment : column.segments()) {
      node = node.get(segment);
      if (node == null || node.isNull()) {
        return null;
      }
    }
    return node;
  }

  /**
   * Returns the text of a value in its column.
   *
   * @param column the column
   * @param value the value
   * @return the text, never null
   */
  public static String text(Column column, JsonNode value) {
    Kind kind = column.kind();
    Class<? extends Enum<?>> codeSet = column.codeSet();
    switch (kind) {
      case BOOLEAN:
        return value.asBoolean() ? "是" : "否";
      case CODE:
        return codeSet == null ? value.asString() : CodeLabels.label(codeSet, value.asString());
      case CODES:
        {
          List<String> items = new ArrayList<>();
          for (JsonNode item : value) {
            items.add(
                codeSet == null ? item.asString() : CodeLabels.label(codeSet, item.asString()));
          }
          return String.join("、", items);
        }
      case IDS:
        return join(value, "、");
      case TEXTS:
        return join(value, "\n");
      case SLOTS:
        {
          List<String> slots = new ArrayList<>();
          for (JsonNode slot : value) {
            slots.add(join(slot, "、"));
          }
          return String.join("|", slots);
        }
      default:
        return value.isString() ? value.asString() : value.toString();
    }
  }

  private static String join(JsonNode array, String separator) {
    List<String> items = new ArrayList<>();
    for (JsonNode item : array) {
      items.add(item.asString());
    }
    return String.join(separator, items);
  }
}
