package org.shegong.serialization.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.ShegongException;
import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.message.LocalizedText;
import org.shegong.core.money.Money;
import org.shegong.core.privacy.SensitiveKind;
import org.shegong.serialization.SerializationRules;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

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
        public @Nullable Object read(
            JsonParser p,
            String path,
            @Nullable SensitiveKind sensitive,
            int depth,
            ReadContext c) {
          return p.currentToken() == JsonToken.VALUE_STRING
              ? p.getString()
              : wrongType(this, p, path, depth, c);
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) {
          g.writeString((String) value);
        }
      };

  /** Booleans. */
  public static final ValueCodec BOOLEAN =
      new Simple("boolean") {
        @Override
        public @Nullable Object read(
            JsonParser p,
            String path,
            @Nullable SensitiveKind sensitive,
            int depth,
            ReadContext c) {
          JsonToken t = p.currentToken();
          if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
          }
          return wrongType(this, p, path, depth, c);
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) {
          g.writeBoolean((Boolean) value);
        }
      };

  /** Integers in the range of {@code int}. */
  public static final ValueCodec INTEGER =
      new Simple("integer") {
        @Override
        public @Nullable Object read(
            JsonParser p,
            String path,
            @Nullable SensitiveKind sensitive,
            int depth,
            ReadContext c) {
          if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.INT) {
              return p.getIntValue();
            }
            return wrongFormat(Formats.INTEGER, Formats.found(p.getString()), path, c);
          }
          return wrongType(this, p, path, depth, c);
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) {
          g.writeNumber((Integer) value);
        }
      };

  /** ISO-8601 dates {@code yyyy-MM-dd}. */
  public static final ValueCodec DATE =
      new Simple("string") {
        @Override
        public @Nullable Object read(
            JsonParser p,
            String path,
            @Nullable SensitiveKind sensitive,
            int depth,
            ReadContext c) {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return wrongType(this, p, path, depth, c);
          }
          // read from the parser's characters: a date needs no string of its own
          LocalDate date =
              parseDate(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
          return date != null
              ? date
              : wrongFormat(Formats.DATE, Formats.found(p.getString()), path, c);
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) {
          g.writeString(value.toString());
        }
      };

  /** Amounts of 元 as decimal strings. */
  public static final ValueCodec MONEY =
      new Simple("string") {
        @Override
        public @Nullable Object read(
            JsonParser p,
            String path,
            @Nullable SensitiveKind sensitive,
            int depth,
            ReadContext c) {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return wrongType(this, p, path, depth, c);
          }
          String text = p.getString();
          try {
            return Money.parse(text);
          } catch (ShegongException e) {
            return wrongFormat(Formats.MONEY, Formats.foundAmount(text), path, c);
          }
        }

        @Override
        public void write(JsonGenerator g, Object value, boolean masked) {
          g.writeString(((Money) value).toPlainString());
        }

        @Override
        public String text(Object value) {
          return ((Money) value).toPlainString();
        }
      };

  /** Citizen ID numbers, read leniently. */
  public static final ValueCodec CITIZEN_ID = new Lenient(Identifier.CITIZEN_ID);

  /** Unified social credit codes, read leniently. */
  public static final ValueCodec CREDIT_CODE = new Lenient(Identifier.CREDIT_CODE);

  /** Mobile numbers, read leniently. */
  public static final ValueCodec MOBILE_NUMBER = new Lenient(Identifier.MOBILE_NUMBER);

  /** Division codes, read leniently. */
  public static final ValueCodec DIVISION_CODE = new Lenient(Identifier.DIVISION_CODE);

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
   * Parses a strict {@code yyyy-MM-dd} date from characters.
   *
   * @param text the characters; not null
   * @param from the first character
   * @param length the number of characters
   * @return the date, or null when the characters are not such a date
   */
  public static @Nullable LocalDate parseDate(char[] text, int from, int length) {
    if (length != 10 || text[from + 4] != '-' || text[from + 7] != '-') {
      return null;
    }
    int year = digits(text, from, from + 4);
    int month = digits(text, from + 5, from + 7);
    int day = digits(text, from + 8, from + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static @Nullable Object wrongType(
      ValueCodec codec, JsonParser p, String path, int depth, ReadContext context) {
    return Tokens.wrongType(codec.expected(), p, path, depth, context);
  }

  static @Nullable Object wrongFormat(
      LocalizedText expected, LocalizedText found, String path, ReadContext context) {
    context.report(
        Problem.of(
            SerializationRules.WRONG_FORMAT, path, Map.of("expected", expected, "found", found)));
    return null;
  }

  /**
   * A codec of a scalar value.
   *
   * @since 0.1.0
   */
  private abstract static class Simple extends ValueCodec {
    private final String expected;

    Simple(String expected) {
      this.expected = expected;
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
   * The identifier types read leniently.
   *
   * @since 0.1.0
   */
  private enum Identifier {
    CITIZEN_ID,
    CREDIT_CODE,
    MOBILE_NUMBER,
    DIVISION_CODE
  }

  /**
   * A codec of an identifier held leniently: any string is accepted and kept. Its type's {@code
   * lenient} factory and {@code value()} are called directly, chosen by a switch rather than
   * through a function object, so that reading an identifier is not one more call through an
   * interface that every identifier type shares.
   *
   * @since 0.1.0
   */
  private static final class Lenient extends Simple {
    private final Identifier kind;

    Lenient(Identifier kind) {
      super("string");
      this.kind = kind;
    }

    @Override
    public @Nullable Object read(
        JsonParser p, String path, @Nullable SensitiveKind sensitive, int depth, ReadContext c) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return wrongType(this, p, path, depth, c);
      }
      String text = p.getString();
      return switch (kind) {
        case CITIZEN_ID -> CitizenId.lenient(text, c.today());
        case CREDIT_CODE -> CreditCode.lenient(text);
        case MOBILE_NUMBER -> MobileNumber.lenient(text);
        case DIVISION_CODE -> DivisionCode.lenient(text);
      };
    }

    @Override
    public void write(JsonGenerator g, Object v, boolean masked) {
      g.writeString(text(v));
    }

    @Override
    public String text(Object v) {
      return switch (kind) {
        case CITIZEN_ID -> ((CitizenId) v).value();
        case CREDIT_CODE -> ((CreditCode) v).value();
        case MOBILE_NUMBER -> ((MobileNumber) v).value();
        case DIVISION_CODE -> ((DivisionCode) v).value();
      };
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
    // the members by code, open addressing on String's hash of the code, read from the parser's
    // characters: a known code is found without building a string
    private final char[][] codes;
    private final Object[] members;
    private final int mask;

    CodedCodec(Class<?> codeSet) {
      super("string");
      this.codeSet = codeSet;
      this.allowed = String.join(", ", CodeSets.allowedCodes((Class) codeSet));
      Object[] constants = codeSet.getEnumConstants();
      int size = Integer.highestOneBit(Math.max(1, constants.length) * 4);
      this.codes = new char[size][];
      this.members = new Object[size];
      this.mask = size - 1;
      for (Object constant : constants) {
        String code = ((Coded) constant).code();
        int slot = spread(code.hashCode()) & mask;
        while (codes[slot] != null) {
          slot = (slot + 1) & mask;
        }
        codes[slot] = code.toCharArray();
        members[slot] = constant;
      }
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }

    /** Compares a code with as many characters from {@code from}: codes are a few characters. */
    private static boolean same(char[] code, char[] text, int from) {
      for (int i = 0; i < code.length; i++) {
        if (code[i] != text[from + i]) {
          return false;
        }
      }
      return true;
    }

    /** The member whose code is the current string token, or null. */
    private @Nullable Object member(JsonParser p) {
      char[] text = p.getStringCharacters();
      int from = p.getStringOffset();
      int length = p.getStringLength();
      int to = from + length;
      int hash = 0;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + text[i];
      }
      for (int slot = spread(hash) & mask; codes[slot] != null; slot = (slot + 1) & mask) {
        char[] code = codes[slot];
        if (code.length == length && same(code, text, from)) {
          return members[slot];
        }
      }
      return null;
    }

    @Override
    public @Nullable Object read(
        JsonParser p, String path, @Nullable SensitiveKind sensitive, int depth, ReadContext c) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return wrongType(this, p, path, depth, c);
      }
      Object known = member(p);
      if (known != null) {
        return known;
      }
      String code = p.getString();
      Optional<?> member = CodeSets.find(codeSet, code);
      if (member.isPresent()) {
        return member.get();
      }
      c.report(
          Problem.of(
              SerializationRules.UNKNOWN_CODE,
              path,
              Map.of(
                  "code",
                  sensitive == null ? Pointers.echoCode(code) : sensitive.mask(code),
                  "codeSet",
                  codeSet.getSimpleName(),
                  "allowed",
                  allowed)));
      return null;
    }

    @Override
    public void write(JsonGenerator g, Object value, boolean masked) {
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
  private static final class NestedCodec extends ValueCodec {
    private final Class<?> type;
    private volatile @Nullable TypeModel model;

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
    public @Nullable Object read(
        JsonParser p,
        String path,
        @Nullable SensitiveKind sensitive,
        int depth,
        ReadContext context) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return wrongType(this, p, path, depth, context);
      }
      return model().bind(p, path, depth + 1, context, false);
    }

    @Override
    public void write(JsonGenerator g, Object value, boolean masked) {
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
  static final class ListCodec extends ValueCodec {
    /** The item pointers kept for one list pointer. */
    private static final int ITEMS_KEPT = 16;

    /** The list pointers whose item pointers are kept: as many as a list keeps items. */
    private static final int LISTS_KEPT = ITEMS_KEPT;

    private final ValueCodec element;

    /**
     * The pointers of the first items under the list pointers seen last, the newest first: a
     * record's list has the same pointer in every record, so its items' pointers are built once,
     * not per record; a list inside the items of another list (a service plan's slots) has one
     * pointer per outer item, the outer list's kept strings. A benign race: an instance is
     * immutable.
     */
    private @Nullable KeptPointers<String[]> items;

    ListCodec(ValueCodec element) {
      this.element = element;
    }

    private String itemPointer(String path, int index) {
      if (index >= ITEMS_KEPT) {
        return Pointers.child(path, index);
      }
      KeptPointers<String[]> last = items;
      String[] kept = KeptPointers.find(last, path);
      if (kept == null) {
        kept = new String[ITEMS_KEPT];
        items = KeptPointers.push(last, path, kept, LISTS_KEPT);
      }
      String pointer = kept[index]; // filled on first use; a String is safe to race on
      if (pointer == null) {
        pointer = Pointers.child(path, index);
        kept[index] = pointer;
      }
      return pointer;
    }

    @Override
    public @Nullable Object read(
        JsonParser p,
        String path,
        @Nullable SensitiveKind sensitive,
        int depth,
        ReadContext context) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return wrongType(this, p, path, depth, context);
      }
      Tokens.checkDepth(p, path, depth + 1, context);
      List<Object> values = new ArrayList<>();
      int index = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        // once the record has its most problems, further ones are only counted: do not build a
        // path for each of (say) 200,000 bad items
        String itemPath = context.full() ? path : itemPointer(path, index);
        index++;
        Object value =
            t == JsonToken.VALUE_NULL
                ? wrongType(element, p, itemPath, depth + 1, context)
                : element.read(p, itemPath, sensitive, depth + 1, context);
        if (value != null) {
          values.add(value);
        }
      }
      return values;
    }

    @Override
    public void write(JsonGenerator g, Object value, boolean masked) {
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
     */
    void writeMasked(JsonGenerator g, List<?> list, SensitiveKind kind) {
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
