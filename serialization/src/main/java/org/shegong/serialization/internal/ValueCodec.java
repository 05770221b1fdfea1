package org.shegong.serialization.internal;

import org.jspecify.annotations.Nullable;
import org.shegong.core.privacy.SensitiveKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads one JSON value straight from the token stream into a model value and writes it back; one
 * instance per value type, built once.
 *
 * <p>An abstract class rather than an interface: binding calls {@link #read} once per value, on
 * some twenty kinds of codec, and a virtual call there costs less than an interface call (a fixed
 * table slot rather than a search of the receiver's interfaces).
 *
 * @since 0.1.0
 */
public abstract class ValueCodec {

  /** For the codecs of this package. */
  ValueCodec() {}

  /**
   * Reads a value that is not JSON {@code null}, consuming all of its tokens (a value of the wrong
   * type is reported and skipped).
   *
   * @param p the parser, at the value's first token (not {@code VALUE_NULL}); not null
   * @param path the JSON Pointer of the value, for problems; not null
   * @param sensitive the kind of sensitive value, to mask it in messages; null when not sensitive
   * @param depth the depth of the object or array that holds the value (a record is depth 1)
   * @param context where problems go and the limits; not null
   * @return the model value, or null when the value was reported as a problem (left absent)
   */
  public abstract @Nullable Object read(
      JsonParser p, String path, @Nullable SensitiveKind sensitive, int depth, ReadContext context);

  /**
   * Writes a value.
   *
   * @param generator the generator; not null
   * @param value the model value; not null
   * @param masked whether sensitive values inside nested objects are masked
   */
  public abstract void write(JsonGenerator generator, Object value, boolean masked);

  /**
   * Returns the text form of a value, the input of masking.
   *
   * @param value the model value; not null
   * @return the text written for the value
   */
  public abstract String text(Object value);

  /**
   * Returns the JSON type this codec expects, for messages.
   *
   * @return for example {@code string}
   */
  public abstract String expected();
}
