package org.shegong.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.shegong.core.ShegongException;
import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.money.Money;
import org.shegong.core.privacy.SensitiveKind;
import org.shegong.serialization.SerializationRules;

/**
 * The value codecs of the model's attribute types, and the factory that picks one for a Java type.
 *
 * @since 0.1.0
 */
public final class Codecs {

  /** Strings. */
  public static final ValueCodec STRING =
      new Simple("string") {
        @Override
        Object readValid(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
          return node.isTextual() ? node.textValue() : wrongType(this, node, path, sink);
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) throws IOException {
          g.writeString((String) value);
        }
      };

  /** Booleans. */
  public static final ValueCodec BOOLEAN =
      new Simple("boolean") {
        @Override
        Object readValid(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
          return node.isBoolean() ? node.booleanValue() : wrongType(this, node, path, sink);
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) throws IOException {
          g.writeBoolean((Boolean) value);
        }
      };

  /** Integers in the range of {@code int}. */
  public static final ValueCodec INTEGER =
      new Simple("integer") {
        @Override
        Object readValid(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
          if (node.isIntegralNumber()) {
            if (node.canConvertToInt()) {
              return node.intValue();
            }
            return wrongFormat(
                "an integer from -2147483648 to 2147483647", node.asText(), path, sink);
          }
          return wrongType(this, node, path, sink);
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) throws IOException {
          g.writeNumber((Integer) value);
        }
      };

  /** ISO-8601 dates {@code yyyy-MM-dd}. */
  public static final ValueCodec DATE =
      new Simple("string") {
        @Override
        Object readValid(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
          if (!node.isTextual()) {
            return wrongType(this, node, path, sink);
          }
          String text = node.textValue();
          LocalDate date = parseDate(text);
          return date != null ? date : wrongFormat("a date yyyy-MM-dd", text, path, sink);
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) throws IOException {
          g.writeString(value.toString());
        }
      };

  /** Amounts of 元 as decimal strings. */
  public static final ValueCodec MONEY =
      new Simple("string") {
        @Override
        Object readValid(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
          if (!node.isTextual()) {
            return wrongType(this, node, path, sink);
          }
          try {
            return Money.parse(node.textValue());
          } catch (ShegongException e) {
            return wrongFormat(
                "a decimal string of yuan with at most two fraction digits",
                node.textValue(),
                path,
                sink);
          }
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) throws IOException {
          g.writeString(((Money) value).toPlainString());
        }

        @Override
        public String text(Object value) {
          return ((Money) value).toPlainString();
        }
      };

  /** Citizen ID numbers, read leniently. */
  public static final ValueCodec CITIZEN_ID =
      new Lenient(CitizenId::lenient, v -> ((CitizenId) v).value());

  /** Unified social credit codes, read leniently. */
  public static final ValueCodec CREDIT_CODE =
      new Lenient(CreditCode::lenient, v -> ((CreditCode) v).value());

  /** Mobile numbers, read leniently. */
  public static final ValueCodec MOBILE_NUMBER =
      new Lenient(MobileNumber::lenient, v -> ((MobileNumber) v).value());

  /** Division codes, read leniently. */
  public static final ValueCodec DIVISION_CODE =
      new Lenient(DivisionCode::lenient, v -> ((DivisionCode) v).value());

  private static final Map<Class<?>, ValueCodec> BY_CLASS =
      Map.of(
          String.class, STRING,
          Boolean.class, BOOLEAN,
          Integer.class, INTEGER,
          LocalDate.class, DATE,
          Money.class, MONEY,
          CitizenId.class, CITIZEN_ID,
          CreditCode.class, CREDIT_CODE,
          MobileNumber.class, MOBILE_NUMBER,
          DivisionCode.class, DIVISION_CODE);

  private Codecs() {}

  /**
   * Returns the codec of a Java type of the model.
   *
   * @param type the type: a supported value class, a code set, a model type or a {@code List} of
   *     one of those; not null
   * @return the codec, never null
   * @throws IllegalArgumentException when the type is not supported
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static ValueCodec forType(Type type) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == List.class) {
      return new ListCodec(forType(parameterized.getActualTypeArguments()[0]));
    }
    if (!(type instanceof Class<?> cls)) {
      throw new IllegalArgumentException("unsupported model type " + type);
    }
    ValueCodec codec = BY_CLASS.get(cls);
    if (codec != null) {
      return codec;
    }
    if (cls.isEnum() && Coded.class.isAssignableFrom(cls)) {
      return new CodedCodec(cls);
    }
    if (TypeModel.isModelType(cls)) {
      return new NestedCodec(cls);
    }
    throw new IllegalArgumentException("unsupported model type " + type);
  }

  /**
   * Parses a strict {@code yyyy-MM-dd} date.
   *
   * @param text the text; not null
   * @return the date, or null when the text is not such a date
   */
  public static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns the JSON type name of a value, for messages.
   *
   * @param node the value; not null
   * @return {@code string}, {@code number}, {@code boolean}, {@code array}, {@code object} or
   *     {@code null}
   */
  public static String jsonType(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
      case BINARY:
        return "string";
      case NUMBER:
        return node.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN:
        return "boolean";
      case ARRAY:
        return "array";
      case OBJECT:
      case POJO:
        return "object";
      default:
        return "null";
    }
  }

  static Object wrongType(ValueCodec codec, JsonNode node, String path, Sink sink) {
    return wrongType(codec.expected(), node, path, sink);
  }

  static Object wrongType(String expected, JsonNode node, String path, Sink sink) {
    sink.report(
        Problem.of(
            SerializationRules.WRONG_TYPE,
            path,
            Map.of("expected", expected, "found", jsonType(node))));
    return null;
  }

  static Object wrongFormat(String expected, String value, String path, Sink sink) {
    sink.report(
        Problem.of(
            SerializationRules.WRONG_FORMAT,
            path,
            Map.of("expected", expected, "value", Pointers.echo(value))));
    return null;
  }

  /**
   * A codec of a scalar value.
   *
   * @since 0.1.0
   */
  private abstract static class Simple implements ValueCodec {
    private final String expected;

    Simple(String expected) {
      this.expected = expected;
    }

    abstract Object readValid(JsonNode node, String path, SensitiveKind sensitive, Sink sink);

    @Override
    public Object read(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
      return readValid(node, path, sensitive, sink);
    }

    @Override
    public String text(Object value) {
      return value.toString();
    }

    @Override
    public String expected() {
      return expected;
    }
  }

  /**
   * A codec of an identifier held leniently: any string is accepted and kept.
   *
   * @since 0.1.0
   */
  private static final class Lenient extends Simple {
    private final Function<String, Object> lenient;
    private final Function<Object, String> value;

    Lenient(Function<String, Object> lenient, Function<Object, String> value) {
      super("string");
      this.lenient = lenient;
      this.value = value;
    }

    @Override
    Object readValid(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
      return node.isTextual() ? lenient.apply(node.textValue()) : wrongType(this, node, path, sink);
    }

    @Override
    public void write(JsonGenerator g, Object v, boolean masked) throws IOException {
      g.writeString(value.apply(v));
    }

    @Override
    public String text(Object v) {
      return value.apply(v);
    }
  }

  /**
   * A codec of a code set: the wire form is {@link Coded#code()}.
   *
   * @since 0.1.0
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final class CodedCodec extends Simple {
    private final Class codeSet;
    private final String allowed;

    CodedCodec(Class<?> codeSet) {
      super("string");
      this.codeSet = codeSet;
      this.allowed = String.join(", ", CodeSets.allowedCodes((Class) codeSet));
    }

    @Override
    Object readValid(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
      if (!node.isTextual()) {
        return wrongType(this, node, path, sink);
      }
      String code = node.textValue();
      Optional<?> member = CodeSets.find(codeSet, code);
      if (member.isPresent()) {
        return member.get();
      }
      sink.report(
          Problem.of(
              SerializationRules.UNKNOWN_CODE,
              path,
              Map.of(
                  "code",
                  sensitive == null ? Pointers.echo(code) : sensitive.mask(code),
                  "codeSet",
                  codeSet.getSimpleName(),
                  "allowed",
                  allowed)));
      return null;
    }

    @Override
    public void write(JsonGenerator g, Object value, boolean masked) throws IOException {
      g.writeString(((Coded) value).code());
    }

    @Override
    public String text(Object value) {
      return ((Coded) value).code();
    }
  }

  /**
   * A codec of a nested model object.
   *
   * @since 0.1.0
   */
  private static final class NestedCodec implements ValueCodec {
    private final Class<?> type;
    private volatile TypeModel model;

    NestedCodec(Class<?> type) {
      this.type = type;
    }

    private TypeModel model() {
      TypeModel m = model;
      if (m == null) {
        m = TypeModel.of(type);
        model = m;
      }
      return m;
    }

    @Override
    public Object read(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
      if (!node.isObject()) {
        return wrongType(this, node, path, sink);
      }
      return model().bind((ObjectNode) node, path, sink);
    }

    @Override
    public void write(JsonGenerator g, Object value, boolean masked) throws IOException {
      model().write(g, value, masked);
    }

    @Override
    public String text(Object value) {
      return SensitiveKind.REDACTED;
    }

    @Override
    public String expected() {
      return "object";
    }
  }

  /**
   * A codec of a JSON array: a list of values of one codec; bad elements are reported and left out.
   *
   * @since 0.1.0
   */
  static final class ListCodec implements ValueCodec {
    private final ValueCodec element;

    ListCodec(ValueCodec element) {
      this.element = element;
    }

    @Override
    public Object read(JsonNode node, String path, SensitiveKind sensitive, Sink sink) {
      if (!node.isArray()) {
        return wrongType(this, node, path, sink);
      }
      ArrayNode array = (ArrayNode) node;
      int size = array.size();
      List<Object> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        JsonNode item = array.get(i);
        Object value =
            item.isNull()
                ? wrongType(element, item, Pointers.child(path, i), sink)
                : element.read(item, Pointers.child(path, i), sensitive, sink);
        if (value != null) {
          values.add(value);
        }
      }
      return values;
    }

    @Override
    public void write(JsonGenerator g, Object value, boolean masked) throws IOException {
      List<?> list = (List<?>) value;
      g.writeStartArray(list, list.size());
      for (Object item : list) {
        element.write(g, item, masked);
      }
      g.writeEndArray();
    }

    /**
     * Writes a list whose elements are sensitive values, each masked.
     *
     * @param g the generator; not null
     * @param list the list; not null
     * @param kind how to mask; not null
     * @throws IOException when writing fails
     */
    void writeMasked(JsonGenerator g, List<?> list, SensitiveKind kind) throws IOException {
      g.writeStartArray(list, list.size());
      for (Object item : list) {
        g.writeString(kind.mask(element.text(item)));
      }
      g.writeEndArray();
    }

    @Override
    public String text(Object value) {
      return SensitiveKind.REDACTED;
    }

    @Override
    public String expected() {
      return "array";
    }
  }
}
