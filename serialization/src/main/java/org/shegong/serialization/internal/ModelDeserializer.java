package org.shegong.serialization.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Profile;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.RecordType;
import org.shegong.serialization.RecordMappingException;
import org.shegong.serialization.SerializationRules;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Deserializes a type of the model (or {@link ExchangeRecord}, dispatching on {@code recordType})
 * straight from the token stream with {@link TypeModel}; the first problem is thrown as a {@link
 * RecordMappingException}.
 *
 * @since 0.1.0
 */
public final class ModelDeserializer extends StdDeserializer<Object> {

  private final @Nullable TypeModel model;
  private final int maxNestingDepth;

  /**
   * Creates a deserializer.
   *
   * @param type the model class, or {@code ExchangeRecord.class} to dispatch on {@code recordType};
   *     not null
   * @param maxNestingDepth the deepest nesting a record may have
   */
  public ModelDeserializer(Class<?> type, int maxNestingDepth) {
    super(type);
    this.model = type == ExchangeRecord.class ? null : TypeModel.of(type);
    this.maxNestingDepth = maxNestingDepth;
  }

  @Override
  public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt) {
    try {
      return read(p, ctxt, model, ReadContext.failFast(maxNestingDepth));
    } catch (ProblemException e) {
      throw new RecordMappingException(
          p, Issues.issue(e.problem(), Profile.EXCHANGE, Locale.ENGLISH).build());
    }
  }

  /**
   * Reads one object of the model from a parser: the binding every entry point shares (the Jackson
   * 3 module, the exchange reader's records, the Jackson 2 bridge).
   *
   * @param p the parser, at the object's {@code START_OBJECT} (or inside it); not null
   * @param readContext the context for buffering tokens when {@code recordType} is not first; not
   *     null
   * @param model the type to bind, or null to dispatch on {@code recordType}
   * @param context where problems go; not null
   * @return the instance, or null when the value is not an object or names no known record type
   *     (reported)
   */
  public static @Nullable Object read(
      JsonParser p, ObjectReadContext readContext, @Nullable TypeModel model, ReadContext context) {
    JsonToken token = p.currentToken();
    if (token != JsonToken.START_OBJECT
        && token != JsonToken.PROPERTY_NAME
        && token != JsonToken.END_OBJECT) {
      context.report(
          Problem.of(
              SerializationRules.WRONG_TYPE,
              "",
              Map.of("expected", "object", "found", Tokens.jsonType(token))));
      Tokens.skip(p, "", 0, context);
      return null;
    }
    if (model != null) {
      return model.bind(p, "", 1, context, false);
    }
    Dispatch dispatch = Dispatch.of(p, readContext);
    Optional<RecordType> recordType = dispatch.recordType();
    if (recordType.isEmpty()) {
      context.report(dispatch.unknownRecordType());
      if (dispatch.typeRead()) {
        Tokens.skip(p, "", 0, context);
      }
      return null;
    }
    return TypeModel.of(recordType.get())
        .bind(dispatch.parser(), "", 1, context, dispatch.typeRead());
  }
}
