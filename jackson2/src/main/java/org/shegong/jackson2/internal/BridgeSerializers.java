package org.shegong.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.shegong.jackson2.RecordMappingException;
import org.shegong.serialization.ShegongModule;
import org.shegong.serialization.internal.Binding;
import org.shegong.serialization.internal.ProblemException;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The Jackson 2 serializers and deserializers of the model: each converts tokens with {@link
 * TokenBridge} and runs {@link Binding}, the binders of {@code shegong-serialization}.
 *
 * @since 0.1.0
 */
public final class BridgeSerializers {

  private final int maxNestingDepth;
  private final Map<Class<?>, JsonSerializer<?>> serializers = new ConcurrentHashMap<>();
  private final Map<Class<?>, JsonDeserializer<?>> deserializers = new ConcurrentHashMap<>();

  /**
   * Creates the lookup.
   *
   * @param maxNestingDepth the deepest nesting a record may have
   */
  public BridgeSerializers(int maxNestingDepth) {
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
      public @Nullable JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        return Binding.writes(raw) ? serializers.computeIfAbsent(raw, Writer::new) : null;
      }
    };
  }

  /**
   * Returns the deserializer lookup to register.
   *
   * @return the lookup, never null
   */
  public Deserializers deserializers() {
    return new Deserializers.Base() {
      @Override
      public @Nullable JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        return reader(type.getRawClass());
      }

      @Override
      public @Nullable JsonDeserializer<?> findEnumDeserializer(
          Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
        return reader(type);
      }
    };
  }

  private @Nullable JsonDeserializer<?> reader(Class<?> raw) {
    return Binding.reads(raw) ? deserializers.computeIfAbsent(raw, Reader::new) : null;
  }

  /**
   * Writes a value with the binding, through a Jackson 3 token buffer.
   *
   * @since 0.1.0
   */
  private static final class Writer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unchecked")
    Writer(Class<?> type) {
      super((Class<Object>) type);
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      boolean masked = Boolean.TRUE.equals(provider.getAttribute(ShegongModule.MASKED_OUTPUT));
      TokenBuffer buffer = TokenBuffer.forGeneration();
      Binding.write(buffer, value, masked);
      TokenBridge.toJackson2(buffer, g);
    }
  }

  /**
   * Reads a value with the binding, through a Jackson 3 token buffer; the first problem is thrown.
   *
   * @since 0.1.0
   */
  private final class Reader extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    Reader(Class<?> type) {
      super(type);
    }

    @Override
    public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      tools.jackson.core.JsonParser converted = TokenBridge.toJackson3(p);
      try {
        return Binding.read(converted, handledType(), maxNestingDepth);
      } catch (ProblemException e) {
        throw new RecordMappingException(p, Binding.issueOf(e));
      }
    }
  }
}
