package org.shegong.serialization.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shegong.core.code.Coded;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.money.Money;

/**
 * Finds the serializers and deserializers of {@link org.shegong.serialization.ShegongModule}: the
 * model's types, {@link ExchangeRecord}, code sets, identifiers, division codes and amounts.
 *
 * @since 0.1.0
 */
public final class ShegongSerializers {

  private final TreeReader tree;
  private final Map<Class<?>, JsonSerializer<?>> serializers = new ConcurrentHashMap<>();
  private final Map<Class<?>, JsonDeserializer<?>> deserializers = new ConcurrentHashMap<>();

  /**
   * Creates the lookup.
   *
   * @param maxNestingDepth the deepest nesting a record may have
   */
  public ShegongSerializers(int maxNestingDepth) {
    this.tree = new TreeReader(maxNestingDepth);
  }

  private static boolean isValueType(Class<?> raw) {
    return raw == CitizenId.class
        || raw == CreditCode.class
        || raw == MobileNumber.class
        || raw == DivisionCode.class
        || raw == Money.class;
  }

  private static boolean isCodeSet(Class<?> raw) {
    return Enum.class.isAssignableFrom(raw) && Coded.class.isAssignableFrom(raw);
  }

  /**
   * Returns the serializer lookup to register.
   *
   * @return the lookup, never null
   */
  public Serializers serializers() {
    return new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (!(isValueType(raw) || isCodeSet(raw) || TypeModel.isModelType(raw))) {
          return null;
        }
        return serializers.computeIfAbsent(
            raw, c -> new CodecSerializer(c, Codecs.forType(modelOrValueClass(c))));
      }
    };
  }

  private static Class<?> modelOrValueClass(Class<?> raw) {
    if (TypeModel.isModelType(raw)) {
      return TypeModel.of(raw).type();
    }
    return isCodeSet(raw) && !raw.isEnum() ? raw.getSuperclass() : raw;
  }

  /**
   * Returns the deserializer lookup to register.
   *
   * @return the lookup, never null
   */
  public Deserializers deserializers() {
    return new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (raw == ExchangeRecord.class || TypeModel.isModelType(raw)) {
          return deserializers.computeIfAbsent(raw, c -> new ModelDeserializer(c, tree));
        }
        if (isValueType(raw)) {
          return deserializers.computeIfAbsent(
              raw, c -> new CodecDeserializer(c, Codecs.forType(c)));
        }
        return null;
      }

      @Override
      public JsonDeserializer<?> findEnumDeserializer(
          Class<?> type, DeserializationConfig config, BeanDescription beanDesc)
          throws JsonMappingException {
        if (!isCodeSet(type)) {
          return null;
        }
        return deserializers.computeIfAbsent(
            type, c -> new CodecDeserializer(c, Codecs.forType(c)));
      }
    };
  }
}
