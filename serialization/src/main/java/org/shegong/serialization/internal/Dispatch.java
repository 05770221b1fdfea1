package org.shegong.serialization.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.CodeSets;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.SerializationRules;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Finds the {@code recordType} of a top-level object before it is bound, without a tree.
 *
 * <p>The common case, {@code recordType} as the first member (every writer of this library puts it
 * there), costs nothing: the member is read and binding goes on from the same parser. Otherwise the
 * object's tokens are buffered (Jackson's {@code TokenBuffer}, no tree, no text) until the end, the
 * {@code recordType} and {@code id} found on the way, and binding reads the buffer.
 *
 * @param parser the parser to bind from: the input's, or the buffer's at its {@code START_OBJECT}
 * @param typeToken the token of the {@code recordType} value; null when the object has none
 * @param typeText the {@code recordType} when it is a string; else null
 * @param typeRead whether the {@code recordType} member was consumed from {@code parser}
 * @param id the {@code id} when found while buffering and a string; else null
 * @since 0.1.0
 */
public record Dispatch(
    JsonParser parser,
    @Nullable JsonToken typeToken,
    @Nullable String typeText,
    boolean typeRead,
    @Nullable String id) {

  private static final String RECORD_TYPE = "recordType";

  private static final SerializableString RECORD_TYPE_NAME = new SerializedString(RECORD_TYPE);

  /**
   * Looks ahead for the {@code recordType} of the object whose {@code START_OBJECT} is the parser's
   * current token (or whose start was consumed, the parser at a {@code PROPERTY_NAME} or the {@code
   * END_OBJECT}).
   *
   * @param p the parser; not null
   * @param readContext the context for a token buffer; not null
   * @return where to bind from, never null
   */
  public static Dispatch of(JsonParser p, ObjectReadContext readContext) {
    JsonToken current = p.currentToken();
    String name;
    if (current == JsonToken.START_OBJECT) {
      // the name every writer puts first is compared in the parser's bytes, and no string made
      name =
          p.nextName(RECORD_TYPE_NAME)
              ? RECORD_TYPE
              : p.currentToken() == JsonToken.PROPERTY_NAME ? p.currentName() : null;
    } else {
      name = current == JsonToken.PROPERTY_NAME ? p.currentName() : null;
    }
    if (RECORD_TYPE.equals(name) && p.nextToken() == JsonToken.VALUE_STRING) {
      // a known type's code is matched in the parser's characters, and its constant kept
      RecordType known = known(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      return new Dispatch(
          p, JsonToken.VALUE_STRING, known != null ? known.code() : p.getString(), true, null);
    }
    TokenBuffer buffer = TokenBuffer.forBuffering(p, readContext);
    buffer.writeStartObject();
    JsonToken typeToken = null;
    String typeText = null;
    String id = null;
    boolean valueRead = RECORD_TYPE.equals(name);
    for (; name != null; name = p.nextName()) {
      JsonToken value = valueRead ? p.currentToken() : p.nextToken();
      valueRead = false;
      if (typeToken == null && RECORD_TYPE.equals(name)) {
        typeToken = value;
        typeText = value == JsonToken.VALUE_STRING ? p.getString() : null;
      } else if (id == null && "id".equals(name) && value == JsonToken.VALUE_STRING) {
        id = p.getString();
      }
      buffer.writeName(name);
      buffer.copyCurrentStructure(p);
    }
    buffer.writeEndObject();
    JsonParser buffered = buffer.asParser(readContext);
    buffered.nextToken();
    return new Dispatch(buffered, typeToken, typeText, false, id);
  }

  /**
   * Returns the record type named, when it is a known one.
   *
   * @return the record type, or empty
   */
  public Optional<RecordType> recordType() {
    return typeText == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(typeText));
  }

  private static final Map<String, RecordType> BY_CODE = byCode();

  private static final RecordType[] TYPES = RecordType.values();

  /** The record type whose code is these characters, or null. */
  private static @Nullable RecordType known(char[] text, int from, int length) {
    for (RecordType type : TYPES) {
      String code = type.code();
      if (code.length() == length) {
        int i = 0;
        while (i < length && code.charAt(i) == text[from + i]) {
          i++;
        }
        if (i == length) {
          return type;
        }
      }
    }
    return null;
  }

  private static Map<String, RecordType> byCode() {
    Map<String, RecordType> byCode = new HashMap<>();
    for (RecordType type : RecordType.values()) {
      byCode.put(type.code(), type);
    }
    return byCode;
  }

  /**
   * Returns the problem of a missing or unknown {@code recordType}.
   *
   * @return the problem, never null
   */
  public Problem unknownRecordType() {
    String found =
        typeToken == null
            ? "(missing)"
            : typeText != null
                ? "'" + Pointers.echo(typeText) + "'"
                : "(" + Tokens.jsonType(typeToken) + ")";
    return Problem.of(
        SerializationRules.UNKNOWN_RECORD_TYPE,
        "/" + RECORD_TYPE,
        Map.of(
            "found", found, "allowed", String.join(", ", CodeSets.allowedCodes(RecordType.class))));
  }
}
