package org.shegong.serialization.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.ExchangeRecord;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * Finds the serializers and deserializers of {@link org.shegong.serialization.ShegongModule}: the
 * model's types, {@link ExchangeRecord}, code sets, identifiers, division codes and amounts.
 *
 * @since 0.1.0
 */
public final class ShegongSerializers {

  private final int maxNestingDepth;
  private final Map<Class<?>, ValueSerializer<?>> serializers = new ConcurrentHashMap<>();
  private final Map<Class<?>, ValueDeserializer<?>> deserializers = new ConcurrentHashMap<>();

  /**
   * Creates the lookup.
   *
   * @param maxNestingDepth the deepest nesting a record may have
   */
  public ShegongSerializers(int maxNestingDepth) {
    this.maxNestingDepth = maxNestingDepth;
  }

  /**
   * Returns the serializer lookup to register.
   *
   * @return the lookup, never null
   */
  public Serializers serializers() {
    return new Serializers.Base() {
      @Override
      public @Nullable ValueSerializer<?> findSerializer(
          SerializationConfig config,
          JavaType type,
          BeanDescription.Supplier beanDesc,
          JsonFormat.@Nullable Value formatOverrides) {
        return serializerFor(type.getRawClass());
      }

      @Override
      public @Nullable ValueSerializer<?> findEnumSerializer(
          SerializationConfig config,
          JavaType type,
          BeanDescription.Supplier beanDesc,
          JsonFormat.@Nullable Value formatOverrides) {
        return serializerFor(type.getRawClass());
      }
    };
  }

  private @Nullable ValueSerializer<?> serializerFor(Class<?> raw) {
    if (!Binding.writes(raw)) {
      return null;
    }
    return serializers.computeIfAbsent(raw, c -> new CodecSerializer(c, Binding.codec(c)));
  }

  /**
   * Returns the deserializer lookup to register.
   *
   * @return the lookup, never null
   */
  public Deserializers deserializers() {
    return new Deserializers.Base() {
      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> raw) {
        return raw == ExchangeRecord.class
            || TypeModel.isModelType(raw)
            || Binding.isValueType(raw)
            || Binding.isCodeSet(raw);
      }

      @Override
      public @Nullable ValueDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        Class<?> raw = type.getRawClass();
        if (raw == ExchangeRecord.class || TypeModel.isModelType(raw)) {
          return deserializers.computeIfAbsent(raw, c -> new ModelDeserializer(c, maxNestingDepth));
        }
        if (Binding.isValueType(raw)) {
          return deserializers.computeIfAbsent(
              raw, c -> new CodecDeserializer(c, Codecs.forType(c), maxNestingDepth));
        }
        return null;
      }

      @Override
      public @Nullable ValueDeserializer<?> findEnumDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        Class<?> raw = type.getRawClass();
        if (!Binding.isCodeSet(raw)) {
          return null;
        }
        return deserializers.computeIfAbsent(
            raw, c -> new CodecDeserializer(c, Codecs.forType(c), maxNestingDepth));
      }
    };
  }
}
