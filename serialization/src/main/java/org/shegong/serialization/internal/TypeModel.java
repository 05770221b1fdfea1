package org.shegong.serialization.internal;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.FieldNames;
import org.shegong.core.model.RecordType;
import org.shegong.core.privacy.Sensitive;
import org.shegong.core.privacy.SensitiveKind;
import org.shegong.serialization.SerializationRules;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * How one type of the model is read from and written to JSON: its fields in the exchange format's
 * order, each with its accessor, its builder method, its codec and whether it is {@link Sensitive}.
 *
 * <p>Built once per type by reflection on the abstract model class (the field names come from
 * {@link FieldNames}, the accessors' generic types decide the codecs, {@code @Sensitive} is read
 * from the accessors); reading and writing a record then call the builders and accessors through
 * the type's {@link ModelBinder}, generated from the model ({@link ModelBinders}): plain calls, no
 * method handles, no reflection and no classes spun at run time. Thread-safe.
 *
 * <p>Reading binds straight from the token stream, no tree in between: a bit set per object finds a
 * key given twice, the depth is counted as the binder descends, and every problem goes to the
 * {@link ReadContext} with its JSON Pointer.
 *
 * @since 0.1.0
 */
public final class TypeModel {

  /**
   * The lists the exchange format marks required although they may be empty: always written, as
   * {@code []} when empty, and missing when absent (exchange format v1, {@code child.categories}:
   * "R (may be empty: a writer writes [], and a record without the field is missing a required
   * field)"). Every other list is left out when empty.
   */
  static final Map<RecordType, Set<String>> REQUIRED_LISTS =
      Map.of(RecordType.CHILD, Set.of("categories"));

  private static final Map<Class<?>, TypeModel> MODELS = new ConcurrentHashMap<>();
  private static final String RECORD_TYPE = "recordType";

  private final Class<?> type;
  private final @Nullable RecordType recordType;
  private final Field[] fields;

  /** Jackson's matcher of the fields' names (then {@code recordType}): a name read is an index. */
  private final PropertyNameMatcher matcher;

  /** The type's builder and accessors as plain calls. */
  private final ModelBinder binder;

  private final long requiredListMask;

  /**
   * The names of the fields (then {@code recordType}) as Jackson compares them with the input's
   * bytes ({@link JsonParser#nextName(tools.jackson.core.SerializableString)}).
   */
  private final SerializedString[] quotedNames;

  /**
   * For each field (then {@code recordType}, then the start of an object), the field that came
   * after it in the last object of this type that had another one there; {@link #NO_GUESS} before
   * any. Writers put a type's fields in one order, so the next name is most often that one, and
   * comparing its bytes costs less than matching the name by hash. Only a guess: a wrong one costs
   * a comparison and the name is then matched as before, and the reading is the same either way.
   * Shared by the threads that read this type, as a benign race (an {@code int} is written whole,
   * and any value is a valid guess).
   */
  private final int[] successor;

  /** No field is guessed to come next. */
  private static final int NO_GUESS = -1;

  /**
   * Builds the model of a type.
   *
   * @param type the model class
   * @throws IllegalStateException when the generated binder of the type is missing or was generated
   *     for other fields (regenerate {@link ModelBinders})
   */
  private TypeModel(Class<?> type) {
    this.type = type;
    this.recordType = recordTypeOf(type);
    List<String> names =
        FieldNames.of(type)
            .orElseThrow(() -> new IllegalArgumentException("not a model type: " + type));
    ModelBinder generated = ModelBinders.of(type);
    if (generated == null || !generated.fields().equals(names)) {
      throw new IllegalStateException(
          "the generated binder of "
              + type.getName()
              + (generated == null ? " is missing" : " is for the fields " + generated.fields())
              + ", the model has "
              + names
              + ": regenerate ModelBinders (ModelBindersTest)");
    }
    this.binder = generated;
    try {
      if (names.size() > 62) {
        throw new IllegalStateException("more than 62 fields in " + type.getName());
      }
      Set<String> requiredLists =
          recordType == null ? Set.of() : REQUIRED_LISTS.getOrDefault(recordType, Set.of());
      this.fields = new Field[names.size()];
      long mask = 0;
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        Field field = new Field(type, name, i, requiredLists.contains(name));
        if (field.alwaysWritten) {
          if (field.shape != Shape.LIST) {
            throw new IllegalStateException(name + " of " + type.getName() + " is not a list");
          }
          mask |= 1L << i;
        }
        fields[i] = field;
      }
      this.requiredListMask = mask;
      List<Named> matched = new ArrayList<>(names.size() + 1);
      for (Field field : fields) {
        matched.add(Named.fromString(field.name));
      }
      matched.add(Named.fromString(RECORD_TYPE));
      this.matcher = BinaryNameMatcher.constructFrom(matched, true);
      this.quotedNames = new SerializedString[fields.length + 1];
      for (int i = 0; i < fields.length; i++) {
        quotedNames[i] = new SerializedString(fields[i].name);
      }
      quotedNames[fields.length] = new SerializedString(RECORD_TYPE);
      this.successor = new int[fields.length + 2];
      java.util.Arrays.fill(successor, NO_GUESS);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("cannot bind model type " + type.getName(), e);
    }
  }

  /**
   * Tells whether a class is (a subclass of) a type of the model.
   *
   * @param type the class; not null
   * @return {@code true} for the record types and nested objects of the model
   */
  public static boolean isModelType(Class<?> type) {
    return modelClass(type) != null;
  }

  /**
   * Returns the model of a type of the model, building it on first use.
   *
   * @param type a model class or a generated implementation class; not null
   * @return the model, never null
   * @throws IllegalArgumentException when the class is not a type of the model
   */
  public static TypeModel of(Class<?> type) {
    Class<?> model = modelClass(type);
    if (model == null) {
      throw new IllegalArgumentException("not a model type: " + type);
    }
    TypeModel existing = MODELS.get(model);
    return existing != null ? existing : MODELS.computeIfAbsent(model, TypeModel::new);
  }

  /**
   * Returns the model of a record type.
   *
   * @param recordType the record type; not null
   * @return the model, never null
   */
  public static TypeModel of(RecordType recordType) {
    TypeModel model = BY_RECORD_TYPE.get(recordType.ordinal());
    if (model == null) {
      model = of(recordType.javaType());
      BY_RECORD_TYPE.set(recordType.ordinal(), model); // a race stores the same model
    }
    return model;
  }

  /** The models of the record types, by ordinal, as they are first asked for (once per line). */
  private static final AtomicReferenceArray<@Nullable TypeModel> BY_RECORD_TYPE =
      new AtomicReferenceArray<>(RecordType.values().length);

  private static @Nullable Class<?> modelClass(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (FieldNames.modelTypes().contains(c)) {
        return c;
      }
    }
    return null;
  }

  private static @Nullable RecordType recordTypeOf(Class<?> type) {
    for (RecordType candidate : RecordType.values()) {
      if (candidate.javaType() == type) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Returns the abstract model class.
   *
   * @return the class, never null
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Returns the record type, for record types.
   *
   * @return the record type, or empty for nested objects
   */
  public Optional<RecordType> recordType() {
    return Optional.ofNullable(recordType);
  }

  /**
   * Binds a JSON object to an instance, reading its tokens; every problem goes to the context and
   * the bad value is left absent, unknown fields are reported. For a record type, a {@code
   * recordType} member must name this type.
   *
   * <p>The parser is at the object's {@code START_OBJECT}, or inside it: at a {@code
   * PROPERTY_NAME}, at the {@code END_OBJECT}, or at the value of a {@code recordType} member
   * already read (then {@code recordTypeRead} is true). On return it is at the object's {@code
   * END_OBJECT}.
   *
   * @param p the parser; not null
   * @param path the JSON Pointer of the object; not null
   * @param depth the depth of the object; a record is depth 1
   * @param context where problems go; not null
   * @param recordTypeRead whether the {@code recordType} member was read already
   * @return the instance, never null
   * @throws ProblemException for a duplicate key or too deep nesting, which end the reading
   */
  public Object bind(
      JsonParser p, String path, int depth, ReadContext context, boolean recordTypeRead) {
    Tokens.checkDepth(p, path, depth, context);
    Object builder = binder.newBuilder();
    long seen = 0;
    long presentLists = 0;
    boolean recordTypeSeen = recordTypeRead;
    @Nullable Set<String> otherNames = null;
    JsonToken current = p.currentToken();
    // Jackson matches each name read against this type's names: a field's index, recordType's
    // (fields.length), or MATCH_UNKNOWN_NAME; MATCH_END_OBJECT at the end
    int match;
    // the member read last: a field's index, recordType's, or the start of the object
    int previous = recordTypeRead ? fields.length : fields.length + 1;
    if (current == JsonToken.PROPERTY_NAME) {
      match = p.currentNameMatch(matcher);
    } else if (current == JsonToken.END_OBJECT) {
      match = PropertyNameMatcher.MATCH_END_OBJECT;
    } else {
      match = nextMatch(p, previous);
    }
    for (; match != PropertyNameMatcher.MATCH_END_OBJECT; match = nextMatch(p, previous)) {
      if (match >= 0) {
        if (successor[previous] != match) {
          successor[previous] = match;
        }
        previous = match;
      }
      if (match >= 0 && match < fields.length) {
        Field field = fields[match];
        long bit = 1L << field.index;
        if ((seen & bit) != 0) {
          throw Tokens.duplicate(p, field.pointer(path), field.name);
        }
        seen |= bit;
        if (p.nextToken() != JsonToken.VALUE_NULL) {
          presentLists |= bit;
          Object read = field.codec.read(p, field.pointer(path), field.sensitive, depth, context);
          if (read != null) {
            binder.set(builder, match, read);
          }
        }
      } else if (recordType != null && match == fields.length) {
        if (recordTypeSeen) {
          throw Tokens.duplicate(p, Pointers.child(path, RECORD_TYPE), RECORD_TYPE);
        }
        recordTypeSeen = true;
        p.nextToken();
        checkRecordType(recordType, p, path, depth, context);
      } else if (match == PropertyNameMatcher.MATCH_ODD_TOKEN) {
        throw new IllegalStateException("a token other than a name or the end in an object");
      } else {
        String name = Objects.requireNonNull(p.currentName(), "a name");
        if (otherNames == null) {
          otherNames = new HashSet<>();
        }
        String memberPath = Pointers.child(path, name);
        if (!otherNames.add(name)) {
          throw Tokens.duplicate(p, memberPath, name);
        }
        context.report(
            Problem.of(
                SerializationRules.UNKNOWN_FIELD,
                memberPath,
                Map.of("field", Pointers.echo(name))));
        p.nextToken();
        Tokens.skip(p, memberPath, depth, context);
      }
    }
    RecordType type = recordType;
    if (type != null
        && requiredListMask != 0
        && context.checksPresence()
        && (presentLists & requiredListMask) != requiredListMask) {
      for (Field field : fields) {
        if (field.alwaysWritten && (presentLists & (1L << field.index)) == 0) {
          context.report(
              Problem.of(
                  SerializationRules.REQUIRED_LIST_MISSING,
                  Pointers.child(path, field.name),
                  Map.of("field", field.name, "recordType", type.code())));
        }
      }
    }
    return binder.build(builder);
  }

  /**
   * Reads the next name and matches it: first against the bytes of the field guessed to come next
   * ({@link #successor}), then, when another name or no name comes, as Jackson matches names.
   */
  private int nextMatch(JsonParser p, int previous) {
    int guess = successor[previous];
    if (guess == NO_GUESS) {
      return p.nextNameMatch(matcher);
    }
    if (p.nextName(quotedNames[guess])) {
      return guess;
    }
    // another name (matched by its text, which the parser read and interned), the end, or a token
    // other than a name
    return p.currentNameMatch(matcher);
  }

  private static void checkRecordType(
      RecordType recordType, JsonParser p, String path, int depth, ReadContext context) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING && recordType.code().equals(p.getString())) {
      return;
    }
    String found =
        token == JsonToken.VALUE_STRING
            ? "'" + Pointers.echo(p.getString()) + "'"
            : "(" + Tokens.jsonType(token) + ")";
    context.report(
        Problem.of(
            SerializationRules.UNKNOWN_RECORD_TYPE,
            Pointers.child(path, RECORD_TYPE),
            Map.of("found", found, "allowed", recordType.code())));
    Tokens.skip(p, Pointers.child(path, RECORD_TYPE), depth, context);
  }

  /**
   * Writes an instance as a JSON object: {@code recordType} first for records, then the present
   * fields in the exchange format's order; absent values, empty lists and an empty id are left out,
   * except the lists the format requires, which are written as {@code []} when empty.
   *
   * @param g the generator; not null
   * @param value the instance; not null
   * @param masked whether {@code @Sensitive} values are masked
   */
  public void write(JsonGenerator g, Object value, boolean masked) {
    g.writeStartObject(value);
    if (recordType != null) {
      g.writeStringProperty(RECORD_TYPE, recordType.code());
    }
    for (Field field : fields) {
      field.write(g, binder.get(value, field.index), masked);
    }
    g.writeEndObject();
  }

  /** The parents a field keeps pointers for. */
  private static final int POINTERS_KEPT = 8;

  /**
   * The shape of a field: a plain string (the record id), an optional value or a list.
   *
   * @since 0.1.0
   */
  private enum Shape {
    PLAIN,
    OPTIONAL,
    LIST
  }

  /**
   * One field of a type.
   *
   * @since 0.1.0
   */
  private static final class Field {
    final String name;
    final int index;
    final boolean alwaysWritten;
    final Shape shape;
    final ValueCodec codec;
    final @Nullable SensitiveKind sensitive;
    private final String rootPointer;
    private @Nullable KeptPointers<String> lastPointer;

    Field(Class<?> type, String name, int index, boolean alwaysWritten)
        throws NoSuchMethodException {
      this.name = name.intern(); // as the reader's parser interns the names it reads
      this.index = index;
      this.alwaysWritten = alwaysWritten;
      this.rootPointer = Pointers.child("", name);
      Method accessor = type.getMethod(name);
      Sensitive mark = accessor.getAnnotation(Sensitive.class);
      this.sensitive = mark == null ? null : mark.value();
      Type returned = accessor.getGenericReturnType();
      if (returned == String.class) {
        shape = Shape.PLAIN;
        codec = Codecs.STRING;
      } else if (returned instanceof ParameterizedType p && p.getRawType() == Optional.class) {
        shape = Shape.OPTIONAL;
        codec = Codecs.forType(p.getActualTypeArguments()[0]);
      } else if (returned instanceof ParameterizedType p && p.getRawType() == List.class) {
        shape = Shape.LIST;
        codec = Codecs.forType(returned);
      } else {
        throw new IllegalArgumentException(
            "unsupported attribute " + type.getSimpleName() + "." + name + ": " + returned);
      }
    }

    /**
     * Returns the JSON Pointer of the field in an object at {@code parent}: the same string each
     * time for a record's field, and for a nested object's field when the parent is the same string
     * as last time (a nested object's pointer is its field's), so that binding does not build a
     * pointer per field per record.
     */
    String pointer(String parent) {
      if (parent.isEmpty()) {
        return rootPointer;
      }
      KeptPointers<String> last = lastPointer; // a benign race: the chain is immutable
      String kept = KeptPointers.find(last, parent);
      if (kept != null) {
        return kept;
      }
      String pointer = Pointers.child(parent, name);
      lastPointer = KeptPointers.push(last, parent, pointer, POINTERS_KEPT);
      return pointer;
    }

    /** Writes the field, given the value its accessor returned. */
    void write(JsonGenerator g, Object value, boolean masked) {
      switch (shape) {
        case PLAIN:
          String text = (String) value;
          if (!text.isEmpty()) {
            g.writeName(name);
            g.writeString(masked && sensitive != null ? sensitive.mask(text) : text);
          }
          break;
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) value;
          if (optional.isPresent()) {
            g.writeName(name);
            writeValue(g, optional.get(), masked);
          }
          break;
        default:
          List<?> list = (List<?>) value;
          if (!list.isEmpty() || alwaysWritten) {
            g.writeName(name);
            if (masked && sensitive != null) {
              ((Codecs.ListCodec) codec).writeMasked(g, list, sensitive);
            } else {
              codec.write(g, list, masked);
            }
          }
          break;
      }
    }

    private void writeValue(JsonGenerator g, Object value, boolean masked) {
      if (masked && sensitive != null) {
        g.writeString(sensitive.mask(codec.text(value)));
      } else {
        codec.write(g, value, masked);
      }
    }
  }
}
