package org.shegong.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shegong.core.model.FieldNames;
import org.shegong.core.model.RecordType;
import org.shegong.core.privacy.Sensitive;
import org.shegong.core.privacy.SensitiveKind;
import org.shegong.serialization.SerializationRules;

/**
 * How one type of the model is read from and written to JSON: its fields in the exchange format's
 * order, each with its accessor, its builder method, its codec and whether it is {@link Sensitive}.
 *
 * <p>Built once per type by reflection on the abstract model class (the field names come from
 * {@link FieldNames}, the accessors' generic types decide the codecs, {@code @Sensitive} is read
 * from the accessors); reading and writing a record then use method handles only, no reflection.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class TypeModel {

  private static final Map<Class<?>, TypeModel> MODELS = new ConcurrentHashMap<>();
  private static final String RECORD_TYPE = "recordType";

  private final Class<?> type;
  private final RecordType recordType;
  private final Field[] fields;
  private final Map<String, Field> byName;
  private final MethodHandle newBuilder;
  private final MethodHandle build;

  private TypeModel(Class<?> type) {
    this.type = type;
    this.recordType = recordTypeOf(type);
    List<String> names =
        FieldNames.of(type)
            .orElseThrow(() -> new IllegalArgumentException("not a model type: " + type));
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      Method builderMethod = type.getMethod("builder");
      Class<?> builderType = builderMethod.getReturnType();
      this.newBuilder = lookup.unreflect(builderMethod).asType(MethodType.methodType(Object.class));
      this.build =
          lookup
              .unreflect(builderType.getMethod("build"))
              .asType(MethodType.methodType(Object.class, Object.class));
      this.fields = new Field[names.size()];
      this.byName = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        Field field = new Field(lookup, type, builderType, names.get(i));
        fields[i] = field;
        byName.put(field.name, field);
      }
    } catch (ReflectiveOperationException e) {
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
    return of(recordType.javaType());
  }

  private static Class<?> modelClass(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (FieldNames.modelTypes().contains(c)) {
        return c;
      }
    }
    return null;
  }

  private static RecordType recordTypeOf(Class<?> type) {
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
   * Binds a JSON object to an instance; every problem goes to the sink and the bad value is left
   * absent, unknown fields are reported. For a record type, a {@code recordType} member must name
   * this type.
   *
   * @param node the object; not null
   * @param path the JSON Pointer of the object; not null
   * @param sink where problems go; not null
   * @return the instance, never null
   */
  public Object bind(ObjectNode node, String path, Sink sink) {
    Object builder = invoke0(newBuilder);
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String name = member.getKey();
      Field field = byName.get(name);
      if (field == null) {
        if (recordType != null && RECORD_TYPE.equals(name)) {
          checkRecordType(member.getValue(), path, sink);
        } else {
          sink.report(
              Problem.of(
                  SerializationRules.UNKNOWN_FIELD,
                  Pointers.child(path, name),
                  Map.of("field", Pointers.echo(name))));
        }
        continue;
      }
      JsonNode value = member.getValue();
      if (!value.isNull()) {
        field.bind(builder, value, Pointers.child(path, name), sink);
      }
    }
    return invoke1(build, builder);
  }

  private void checkRecordType(JsonNode value, String path, Sink sink) {
    if (value.isTextual() && recordType.code().equals(value.textValue())) {
      return;
    }
    sink.report(
        Problem.of(
            SerializationRules.UNKNOWN_RECORD_TYPE,
            Pointers.child(path, RECORD_TYPE),
            Map.of(
                "found",
                value.isTextual()
                    ? "'" + Pointers.echo(value.textValue()) + "'"
                    : "(" + Codecs.jsonType(value) + ")",
                "allowed",
                recordType.code())));
  }

  /**
   * Writes an instance as a JSON object: {@code recordType} first for records, then the present
   * fields in the exchange format's order; absent values, empty lists and an empty id are left out.
   *
   * @param g the generator; not null
   * @param value the instance; not null
   * @param masked whether {@code @Sensitive} values are masked
   * @throws IOException when writing fails
   */
  public void write(JsonGenerator g, Object value, boolean masked) throws IOException {
    g.writeStartObject(value);
    if (recordType != null) {
      g.writeStringField(RECORD_TYPE, recordType.code());
    }
    for (Field field : fields) {
      field.write(g, value, masked);
    }
    g.writeEndObject();
  }

  private static Object invoke0(MethodHandle handle) {
    try {
      return (Object) handle.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke1(MethodHandle handle, Object argument) {
    try {
      return (Object) handle.invokeExact(argument);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static void invoke2(MethodHandle handle, Object first, Object second) {
    try {
      Object ignored = (Object) handle.invokeExact(first, second);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

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
    final Shape shape;
    final ValueCodec codec;
    final SensitiveKind sensitive;
    final MethodHandle getter;
    final MethodHandle setter;

    Field(MethodHandles.Lookup lookup, Class<?> type, Class<?> builderType, String name)
        throws ReflectiveOperationException {
      this.name = name;
      Method accessor = type.getMethod(name);
      Sensitive mark = accessor.getAnnotation(Sensitive.class);
      this.sensitive = mark == null ? null : mark.value();
      Type returned = accessor.getGenericReturnType();
      Class<?> parameter;
      if (returned == String.class) {
        shape = Shape.PLAIN;
        codec = Codecs.STRING;
        parameter = String.class;
      } else if (returned instanceof ParameterizedType p && p.getRawType() == Optional.class) {
        shape = Shape.OPTIONAL;
        codec = Codecs.forType(p.getActualTypeArguments()[0]);
        parameter = Optional.class;
      } else if (returned instanceof ParameterizedType p && p.getRawType() == List.class) {
        shape = Shape.LIST;
        codec = Codecs.forType(returned);
        parameter = Iterable.class;
      } else {
        throw new IllegalArgumentException(
            "unsupported attribute " + type.getSimpleName() + "." + name + ": " + returned);
      }
      Method setterMethod = findSetter(builderType, name, parameter);
      this.getter =
          lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
      this.setter =
          lookup
              .unreflect(setterMethod)
              .asType(MethodType.methodType(Object.class, Object.class, Object.class));
    }

    private static Method findSetter(Class<?> builderType, String name, Class<?> parameter)
        throws NoSuchMethodException {
      Method method = builderType.getMethod(name, parameter);
      if (!Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
        throw new NoSuchMethodException(
            "builder method " + name + " is declared in a non-public class");
      }
      return method;
    }

    void bind(Object builder, JsonNode value, String path, Sink sink) {
      Object read = codec.read(value, path, sensitive, sink);
      if (read == null) {
        return;
      }
      invoke2(setter, builder, shape == Shape.OPTIONAL ? Optional.of(read) : read);
    }

    void write(JsonGenerator g, Object instance, boolean masked) throws IOException {
      Object value = invoke1(getter, instance);
      switch (shape) {
        case PLAIN:
          String text = (String) value;
          if (!text.isEmpty()) {
            g.writeFieldName(name);
            g.writeString(masked && sensitive != null ? sensitive.mask(text) : text);
          }
          break;
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) value;
          if (optional.isPresent()) {
            g.writeFieldName(name);
            writeValue(g, optional.get(), masked);
          }
          break;
        default:
          List<?> list = (List<?>) value;
          if (!list.isEmpty()) {
            g.writeFieldName(name);
            if (masked && sensitive != null) {
              ((Codecs.ListCodec) codec).writeMasked(g, list, sensitive);
            } else {
              codec.write(g, list, masked);
            }
          }
          break;
      }
    }

    private void writeValue(JsonGenerator g, Object value, boolean masked) throws IOException {
      if (masked && sensitive != null) {
        g.writeString(sensitive.mask(codec.text(value)));
      } else {
        codec.write(g, value, masked);
      }
    }
  }
}
