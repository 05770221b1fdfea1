package org.shegong.serialization.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.Coded;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Profile;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.money.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * The binding of the model as one entry point, on Jackson 3 tokens: which types it handles, how a
 * value is read (fail-fast) and written. {@link ShegongSerializers} (Jackson 3) and the Jackson 2
 * bridge ({@code org.shegong.jackson2}, which converts Jackson 2 tokens to Jackson 3 tokens and
 * back) both go through it, so the JSON, the strictness and the masking are the same.
 *
 * @since 0.1.0
 */
public final class Binding {

  private Binding() {}

  /**
   * Tells whether a class is written by the binding: a type of the model, a code set, an
   * identifier, a division code or an amount.
   *
   * @param raw the class; not null
   * @return {@code true} when {@link #write} handles its instances
   */
  public static boolean writes(Class<?> raw) {
    return isValueType(raw) || isCodeSet(raw) || TypeModel.isModelType(raw);
  }

  /**
   * Tells whether a class is read by the binding: what {@link #writes} handles, and {@link
   * ExchangeRecord} (dispatching on {@code recordType}).
   *
   * @param raw the class; not null
   * @return {@code true} when {@link #read} handles it
   */
  public static boolean reads(Class<?> raw) {
    return raw == ExchangeRecord.class || writes(raw);
  }

  static boolean isValueType(Class<?> raw) {
    return raw == CitizenId.class
        || raw == CreditCode.class
        || raw == MobileNumber.class
        || raw == DivisionCode.class
        || raw == Money.class;
  }

  static boolean isCodeSet(Class<?> raw) {
    return Enum.class.isAssignableFrom(raw) && Coded.class.isAssignableFrom(raw);
  }

  /**
   * Returns the codec of a class that {@link #writes} handles.
   *
   * @param raw the class; not null
   * @return the codec, never null
   */
  static ValueCodec codec(Class<?> raw) {
    if (TypeModel.isModelType(raw)) {
      return Codecs.forType(TypeModel.of(raw).type());
    }
    return Codecs.forType(isCodeSet(raw) && !raw.isEnum() ? raw.getSuperclass() : raw);
  }

  /**
   * Reads a value of a type {@link #reads} handles, throwing the first problem.
   *
   * @param p the parser, at the value's first token; not null
   * @param type the type; not null
   * @param maxNestingDepth the deepest nesting of a record
   * @return the value; null for JSON {@code null}
   * @throws ProblemException for the first problem
   */
  public static @Nullable Object read(JsonParser p, Class<?> type, int maxNestingDepth) {
    ReadContext context = ReadContext.failFast(maxNestingDepth);
    if (type == ExchangeRecord.class || TypeModel.isModelType(type)) {
      return ModelDeserializer.read(
          p,
          ObjectReadContext.empty(),
          type == ExchangeRecord.class ? null : TypeModel.of(type),
          context);
    }
    if (p.currentToken() == tools.jackson.core.JsonToken.VALUE_NULL) {
      return null;
    }
    return codec(type).read(p, "", null, 0, context);
  }

  /**
   * Writes a value of a type {@link #writes} handles.
   *
   * @param g the generator; not null
   * @param value the value; not null
   * @param masked whether {@code @Sensitive} values are masked
   */
  public static void write(JsonGenerator g, Object value, boolean masked) {
    codec(value.getClass()).write(g, value, masked);
  }

  /**
   * Returns the issue of a problem thrown by {@link #read}: severity of the {@code EXCHANGE}
   * profile, English message, sensitive values masked.
   *
   * @param e the problem; not null
   * @return the issue, never null
   */
  public static Issue issueOf(ProblemException e) {
    return Issues.issue(e.problem(), Profile.EXCHANGE, Locale.ENGLISH).build();
  }
}
