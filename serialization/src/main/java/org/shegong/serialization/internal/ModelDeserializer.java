package org.shegong.serialization.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.shegong.core.code.CodeSets;
import org.shegong.core.issue.Profile;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.RecordMappingException;
import org.shegong.serialization.SerializationRules;

/**
 * Deserializes a type of the model (or {@link ExchangeRecord}, dispatching on {@code recordType})
 * by reading the object into a tree with {@link TreeReader} and binding it with {@link TypeModel}.
 *
 * <p>With no {@link Sink} in the {@code DeserializationContext} attributes (key {@code Sink.class})
 * the first problem is thrown as a {@link RecordMappingException}; with one, every problem goes to
 * it and the record is produced with the bad values left absent.
 *
 * @since 0.1.0
 */
public final class ModelDeserializer extends StdDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient TypeModel model;
  private final transient TreeReader tree;

  /**
   * Creates a deserializer.
   *
   * @param type the model class, or {@code ExchangeRecord.class} to dispatch on {@code recordType};
   *     not null
   * @param tree the strict tree reader; not null
   */
  public ModelDeserializer(Class<?> type, TreeReader tree) {
    super(type);
    this.model = type == ExchangeRecord.class ? null : TypeModel.of(type);
    this.tree = tree;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Object attribute = ctxt.getAttribute(Sink.class);
    Sink sink = attribute instanceof Sink s ? s : Sink.FAIL_FAST;
    try {
      JsonToken token = p.currentToken();
      if (token != JsonToken.START_OBJECT
          && token != JsonToken.FIELD_NAME
          && token != JsonToken.END_OBJECT) {
        sink.report(
            Problem.of(
                SerializationRules.WRONG_TYPE,
                "",
                Map.of("expected", "object", "found", Issues.jsonType(token))));
        ctxt.readTree(p);
        return null;
      }
      ObjectNode node = tree.readObject(p);
      return bind(node, sink);
    } catch (ProblemException e) {
      throw new RecordMappingException(
          p, Issues.issue(e.problem(), Profile.EXCHANGE, Locale.ENGLISH).build());
    }
  }

  private Object bind(ObjectNode node, Sink sink) {
    if (model != null) {
      return model.bind(node, "", sink);
    }
    JsonNode type = node.get("recordType");
    RecordType recordType =
        type != null && type.isTextual()
            ? CodeSets.find(RecordType.class, type.textValue()).orElse(null)
            : null;
    if (recordType == null) {
      sink.report(unknownRecordType(type));
      return null;
    }
    return TypeModel.of(recordType).bind(node, "", sink);
  }

  /**
   * Returns the problem of a missing or unknown {@code recordType}.
   *
   * @param value the value of {@code recordType}; null when missing
   * @return the problem, never null
   */
  public static Problem unknownRecordType(JsonNode value) {
    String found =
        value == null
            ? "(missing)"
            : value.isTextual()
                ? "'" + Pointers.echo(value.textValue()) + "'"
                : "(" + Codecs.jsonType(value) + ")";
    return Problem.of(
        SerializationRules.UNKNOWN_RECORD_TYPE,
        "/recordType",
        Map.of(
            "found", found, "allowed", String.join(", ", CodeSets.allowedCodes(RecordType.class))));
  }
}
