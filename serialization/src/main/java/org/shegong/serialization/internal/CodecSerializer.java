package org.shegong.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.shegong.serialization.ShegongModule;

/**
 * Serializes a value of the model with its codec: records and nested objects with their fields,
 * codes as {@code code()}, identifiers and amounts as strings. Masks {@code @Sensitive} fields when
 * the attribute {@link ShegongModule#MASKED_OUTPUT} is {@code true}.
 *
 * @since 0.1.0
 */
public final class CodecSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ValueCodec codec;

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
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    codec.write(
        gen, value, Boolean.TRUE.equals(provider.getAttribute(ShegongModule.MASKED_OUTPUT)));
  }
}
