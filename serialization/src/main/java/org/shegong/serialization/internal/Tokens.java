package org.shegong.serialization.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.serialization.SerializationRules;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Token-level helpers of the binders: skipping a value strictly (duplicate keys and nesting depth
 * still checked inside values that are not bound) and naming JSON types for messages.
 *
 * @since 0.1.0
 */
public final class Tokens {

  private Tokens() {}

  /**
   * Consumes the value whose first token is the parser's current token, checking inside it for
   * duplicate keys and for nesting deeper than the limit, as if it had been bound.
   *
   * @param p the parser, at the value's first token; not null
   * @param path the JSON Pointer of the value; not null
   * @param depth the depth of the object or array holding the value
   * @param context the read context; not null
   * @throws ProblemException for a duplicate key or too deep nesting
   */
  public static void skip(JsonParser p, String path, int depth, ReadContext context) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      checkDepth(p, path, depth + 1, context);
      Set<String> names = new HashSet<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        String child = Pointers.child(path, name);
        if (!names.add(name)) {
          throw duplicate(p, child, name);
        }
        p.nextToken();
        skip(p, child, depth + 1, context);
      }
    } else if (token == JsonToken.START_ARRAY) {
      checkDepth(p, path, depth + 1, context);
      int index = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        skip(p, Pointers.child(path, index++), depth + 1, context);
      }
    }
  }

  /**
   * Throws when a container would be deeper than the limit.
   *
   * @param p the parser, at the container's start token; not null
   * @param path the JSON Pointer of the container; not null
   * @param depth the container's depth; the record is depth 1
   * @param context the read context; not null
   * @throws ProblemException (SG-SYN-004) when {@code depth} exceeds the limit
   */
  public static void checkDepth(JsonParser p, String path, int depth, ReadContext context) {
    if (depth > context.maxNestingDepth()) {
      long column = column(p);
      throw new ProblemException(
          new Problem(
              SerializationRules.LIMIT_EXCEEDED,
              path,
              Map.of("limit", "maxNestingDepth", "max", context.maxNestingDepth()),
              column));
    }
  }

  /**
   * Returns the problem of a key seen twice in one object, at the key's column.
   *
   * @param p the parser, at the repeated key; not null
   * @param path the JSON Pointer of the member; not null
   * @param name the key; not null
   * @return the exception to throw, never null
   */
  public static ProblemException duplicate(JsonParser p, String path, String name) {
    long column = column(p);
    return new ProblemException(
        new Problem(
            SerializationRules.DUPLICATE_KEY,
            path,
            Map.of("key", Pointers.echo(name), "column", column),
            column));
  }

  /**
   * Returns the 1-based column of the current token, or 0 when the parser does not know it.
   *
   * @param p the parser; not null
   * @return the column
   */
  public static long column(JsonParser p) {
    return Math.max(0, p.currentTokenLocation().getColumnNr());
  }

  /**
   * Names the JSON type a token starts, for messages.
   *
   * @param token the token; may be null (nothing)
   * @return for example {@code array}, never null
   */
  public static String jsonType(@Nullable JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_ARRAY:
        return "array";
      case START_OBJECT:
        return "object";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
        return "integer";
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        String text = token.asString();
        return text == null ? token.name() : text;
    }
  }

  /**
   * Reports a value of the wrong JSON type and consumes it.
   *
   * @param expected the JSON type expected, for example {@code string}; not null
   * @param p the parser, at the value's first token; not null
   * @param path the JSON Pointer of the value; not null
   * @param depth the depth of the object or array holding the value
   * @param context the read context; not null
   * @return null, so that a codec can {@code return wrongType(…)}
   */
  public static @Nullable Object wrongType(
      String expected, JsonParser p, String path, int depth, ReadContext context) {
    context.report(
        Problem.of(
            SerializationRules.WRONG_TYPE,
            path,
            Map.of("expected", expected, "found", jsonType(p.currentToken()))));
    skip(p, path, depth, context);
    return null;
  }
}
