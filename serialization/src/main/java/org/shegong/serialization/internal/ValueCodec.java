package org.shegong.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.shegong.core.privacy.SensitiveKind;

/**
 * Reads one JSON value into a model value and writes it back; one instance per value type, built
 * once.
 *
 * @since 0.1.0
 */
public interface ValueCodec {

  /**
   * Reads a value that is not JSON {@code null}.
   *
   * @param node the JSON value; not null, not a null node
   * @param path the JSON Pointer of the value, for problems; not null
   * @param sensitive the kind of sensitive value, to mask it in messages; may be null
   * @param sink where problems go; not null
   * @return the model value, or null when the value was reported as a problem (left absent)
   */
  Object read(JsonNode node, String path, SensitiveKind sensitive, Sink sink);

  /**
   * Writes a value.
   *
   * @param generator the generator; not null
   * @param value the model value; not null
   * @param masked whether sensitive values inside nested objects are masked
   * @throws IOException when writing fails
   */
  void write(JsonGenerator generator, Object value, boolean masked) throws IOException;

  /**
   * Returns the text form of a value, the input of masking.
   *
   * @param value the model value; not null
   * @return the text written for the value
   */
  String text(Object value);

  /**
   * Returns the JSON type this codec expects, for messages.
   *
   * @return for example {@code string}
   */
  String expected();
}
