package org.shegong.serialization.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.core.issue.Profile;
import org.shegong.serialization.RecordMappingException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Deserializes a single value of the model (a code, an identifier, a division code, an amount)
 * outside a record, with the same codec records use; problems are thrown.
 *
 * @since 0.1.0
 */
public final class CodecDeserializer extends StdDeserializer<Object> {

  private final ValueCodec codec;
  private final int maxNestingDepth;

  /**
   * Creates a deserializer.
   *
   * @param type the value class; not null
   * @param codec the codec; not null
   * @param maxNestingDepth the deepest nesting of a value
   */
  public CodecDeserializer(Class<?> type, ValueCodec codec, int maxNestingDepth) {
    super(type);
    this.codec = codec;
    this.maxNestingDepth = maxNestingDepth;
  }

  @Override
  public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt) {
    try {
      return codec.read(p, "", null, 0, ReadContext.failFast(maxNestingDepth));
    } catch (ProblemException e) {
      throw new RecordMappingException(
          p, Issues.issue(e.problem(), Profile.EXCHANGE, Locale.ENGLISH).build());
    }
  }
}
