package org.shegong.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Converts a value between Jackson 2 and Jackson 3 token streams, so that the binders of {@code
 * shegong-serialization} (Jackson 3) read and write for a Jackson 2 mapper. Tokens are copied one
 * by one into, or out of, a Jackson 3 {@code TokenBuffer}: no text, no tree.
 *
 * @since 0.1.0
 */
public final class TokenBridge {

  private TokenBridge() {}

  /**
   * Copies the Jackson 2 value whose first token is the parser's current token into a Jackson 3
   * parser. A current {@code FIELD_NAME} or {@code END_OBJECT} means that the object was started
   * already (as Jackson 2 does for some callers): the rest of that object is copied as a whole
   * object. On return the Jackson 2 parser is at the value's last token.
   *
   * @param p the Jackson 2 parser; not null
   * @return a Jackson 3 parser at the value's first token, never null
   * @throws IOException when the Jackson 2 parser fails
   */
  public static tools.jackson.core.JsonParser toJackson3(JsonParser p) throws IOException {
    TokenBuffer buffer = TokenBuffer.forGeneration();
    JsonToken token = p.currentToken();
    int depth = 0;
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      buffer.writeStartObject();
      depth = 1;
    }
    while (token != null) {
      switch (token) {
        case START_OBJECT -> {
          buffer.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          buffer.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          buffer.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          buffer.writeEndArray();
          depth--;
        }
        case FIELD_NAME -> buffer.writeName(p.currentName());
        case VALUE_STRING -> buffer.writeString(p.getText());
        case VALUE_NUMBER_INT -> {
          switch (p.getNumberType()) {
            case INT -> buffer.writeNumber(p.getIntValue());
            case LONG -> buffer.writeNumber(p.getLongValue());
            default -> buffer.writeNumber(p.getBigIntegerValue());
          }
        }
        case VALUE_NUMBER_FLOAT -> buffer.writeNumber(p.getText());
        case VALUE_TRUE -> buffer.writeBoolean(true);
        case VALUE_FALSE -> buffer.writeBoolean(false);
        case VALUE_NULL -> buffer.writeNull();
        default -> buffer.writeString(p.getText());
      }
      if (depth == 0) {
        break;
      }
      token = p.nextToken();
    }
    tools.jackson.core.JsonParser converted = buffer.asParser(ObjectReadContext.empty());
    converted.nextToken();
    return converted;
  }

  /**
   * Replays the tokens written to a Jackson 3 buffer on a Jackson 2 generator.
   *
   * @param buffer the tokens; not null
   * @param g the Jackson 2 generator; not null
   * @throws IOException when the Jackson 2 generator fails
   */
  public static void toJackson2(TokenBuffer buffer, JsonGenerator g) throws IOException {
    try (tools.jackson.core.JsonParser p = buffer.asParser(ObjectReadContext.empty())) {
      for (tools.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case PROPERTY_NAME -> g.writeFieldName(p.currentName());
          case VALUE_STRING -> g.writeString(p.getString());
          case VALUE_NUMBER_INT -> {
            switch (p.getNumberType()) {
              case INT -> g.writeNumber(p.getIntValue());
              case LONG -> g.writeNumber(p.getLongValue());
              default -> g.writeNumber(p.getBigIntegerValue());
            }
          }
          case VALUE_NUMBER_FLOAT -> g.writeNumber(p.getDecimalValue());
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> g.writeString(p.getString());
        }
      }
    }
  }
}
