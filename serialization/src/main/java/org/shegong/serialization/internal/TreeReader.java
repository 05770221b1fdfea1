package org.shegong.serialization.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import org.shegong.serialization.SerializationRules;

/**
 * Reads a JSON value into a tree strictly: a key that appears twice in an object and nesting deeper
 * than the limit end the reading with a {@link ProblemException} (SG-SYN-002, SG-SYN-004) that has
 * the JSON Pointer and the column. Used by the Jackson deserializers and by the exchange reader
 * alike, so that duplicate keys are rejected whatever the {@code ObjectMapper}'s configuration.
 *
 * @since 0.1.0
 */
public final class TreeReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final int maxNestingDepth;

  /**
   * Creates a reader.
   *
   * @param maxNestingDepth the deepest nesting of objects and arrays allowed; the top object is
   *     depth 1
   */
  public TreeReader(int maxNestingDepth) {
    this.maxNestingDepth = maxNestingDepth;
  }

  /**
   * Reads an object whose start token is the parser's current token ({@code START_OBJECT}, or
   * {@code FIELD_NAME} when the start was consumed already, or {@code END_OBJECT} for an empty
   * rest).
   *
   * @param parser the parser; not null
   * @return the object, never null
   * @throws IOException when the JSON text is malformed
   * @throws ProblemException for a duplicate key or too deep nesting
   */
  public ObjectNode readObject(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return object(parser, 1, "", parser.nextToken());
    }
    return object(parser, 1, "", token);
  }

  private ObjectNode object(JsonParser p, int depth, String path, JsonToken first)
      throws IOException {
    if (depth > maxNestingDepth) {
      throw tooDeep(p, path);
    }
    ObjectNode object = NODES.objectNode();
    for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      long column = p.currentTokenLocation().getColumnNr();
      String childPath = Pointers.child(path, name);
      JsonNode value = value(p, p.nextToken(), depth, childPath);
      if (object.replace(name, value) != null) {
        throw new ProblemException(
            new Problem(
                SerializationRules.DUPLICATE_KEY,
                childPath,
                Map.of("key", Pointers.echo(name), "column", column),
                column));
      }
    }
    return object;
  }

  private ArrayNode array(JsonParser p, int depth, String path) throws IOException {
    if (depth > maxNestingDepth) {
      throw tooDeep(p, path);
    }
    ArrayNode array = NODES.arrayNode();
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      array.add(value(p, t, depth, Pointers.child(path, index++)));
    }
    return array;
  }

  private JsonNode value(JsonParser p, JsonToken t, int depth, String path) throws IOException {
    switch (t) {
      case START_OBJECT:
        return object(p, depth + 1, path, p.nextToken());
      case START_ARRAY:
        return array(p, depth + 1, path);
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  private ProblemException tooDeep(JsonParser p, String path) {
    long column = p.currentTokenLocation().getColumnNr();
    return new ProblemException(
        new Problem(
            SerializationRules.LIMIT_EXCEEDED,
            path,
            Map.of("limit", "maxNestingDepth", "max", maxNestingDepth),
            column));
  }
}
