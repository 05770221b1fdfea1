package org.shegong.serialization.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Locale;
import org.shegong.core.issue.Profile;
import org.shegong.serialization.RecordMappingException;

/**
 * Deserializes a single value of the model (a code, an identifier, a division code, an amount)
 * outside a record, with the same codec records use; problems are thrown.
 *
 * @since 0.1.0
 */
public final class CodecDeserializer extends StdDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ValueCodec codec;

  /**
   * Creates a deserializer.
   *
   * @param type the value class; not null
   * @param codec the codec; not null
   */
  public CodecDeserializer(Class<?> type, ValueCodec codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    try {
      return codec.read(node, "", null, Sink.FAIL_FAST);
    } catch (ProblemException e) {
      throw new RecordMappingException(
          p, Issues.issue(e.problem(), Profile.EXCHANGE, Locale.ENGLISH).build());
    }
  }
}
