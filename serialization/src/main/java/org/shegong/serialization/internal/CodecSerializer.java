package org.shegong.serialization.internal;

import org.shegong.serialization.ShegongModule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Serializes a value of the model with its codec: records and nested objects with their fields,
 * codes as {@code code()}, identifiers and amounts as strings. Masks {@code @Sensitive} fields when
 * the attribute {@link ShegongModule#MASKED_OUTPUT} is {@code true}.
 *
 * @since 0.1.0
 */
public final class CodecSerializer extends StdSerializer<Object> {

  private final ValueCodec codec;

  /**
   * Creates a serializer.
   *
   * @param type the value class; not null
   * @param codec the codec; not null
   */
  @SuppressWarnings("unchecked")
  public CodecSerializer(Class<?> type, ValueCodec codec) {
    super((Class<Object>) type);
    this.codec = codec;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializationContext provider) {
    codec.write(
        gen, value, Boolean.TRUE.equals(provider.getAttribute(ShegongModule.MASKED_OUTPUT)));
  }
}
