package org.shegong.testing.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.FieldNames;
import org.shegong.testing.sample.SampleData;

/**
 * Every model object of a sample from the project's own generator ({@link SampleData}, with
 * volunteers): the records and every object nested in them. The model tests read their instances
 * from here, so that a new attribute is added to the generator and nowhere else; {@link
 * ModelSamplesTest} fails while the generator leaves an attribute unset.
 */
final class ModelSamples {

  static final long SEED = 20240630;
  private static final int RECORDS = 3000;

  private static final List<ExchangeRecord> RECORD_SAMPLE = generate();
  private static final Map<Class<?>, List<Object>> BY_TYPE = byType(RECORD_SAMPLE);

  private ModelSamples() {}

  /** A new copy of the sample: equal to, but not the same objects as, {@link #records()}. */
  static List<ExchangeRecord> generate() {
    return SampleData.withSeed(SEED).withVolunteers().records(RECORDS);
  }

  static List<ExchangeRecord> records() {
    return RECORD_SAMPLE;
  }

  /** The sampled instances of a model type, in the order met. */
  @SuppressWarnings("unchecked")
  static <T> List<T> of(Class<T> modelType) {
    return (List<T>) BY_TYPE.getOrDefault(modelType, List.of());
  }

  /** Every sampled model object: records and nested objects. */
  static List<Object> everyObject() {
    return BY_TYPE.values().stream().flatMap(List::stream).toList();
  }

  /** The sampled instance of a type with the most attributes set. */
  static <T> T fullest(Class<T> modelType) {
    return of(modelType).stream()
        .max(Comparator.comparingLong(ModelSamples::attributesSet))
        .orElseThrow(() -> new AssertionError("no " + modelType.getSimpleName() + " sampled"));
  }

  static long attributesSet(Object instance) {
    return FieldNames.of(instance.getClass()).orElseThrow().stream()
        .filter(field -> isSet(invoke(instance, field)))
        .count();
  }

  /** Tells whether an attribute value is set: a present optional, a non-empty list or id. */
  static boolean isSet(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    if (value instanceof List<?> list) {
      return !list.isEmpty();
    }
    return !value.toString().isEmpty();
  }

  /** The abstract model class of an instance (the generated class is package-private). */
  static Class<?> modelTypeOf(Object instance) {
    Class<?> type = instance.getClass();
    while (!FieldNames.modelTypes().contains(type)) {
      type = type.getSuperclass();
    }
    return type;
  }

  /** The public attribute accessors declared by a model class, in no particular order. */
  static List<Method> accessors(Class<?> modelType) {
    return Arrays.stream(modelType.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> !m.getName().equals("recordType"))
        .toList();
  }

  static Object invoke(Object target, String accessor) {
    try {
      return modelTypeOf(target).getMethod(accessor).invoke(target);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new AssertionError("no accessor " + accessor + " on " + target.getClass(), e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

  /** A record and every model object nested in it. */
  static List<Object> objectsIn(ExchangeRecord record) {
    Map<Class<?>, List<Object>> byType = new LinkedHashMap<>();
    collect(record, byType);
    return byType.values().stream().flatMap(List::stream).toList();
  }

  private static Map<Class<?>, List<Object>> byType(List<ExchangeRecord> records) {
    Map<Class<?>, List<Object>> byType = new LinkedHashMap<>();
    for (ExchangeRecord record : records) {
      collect(record, byType);
    }
    return byType;
  }

  private static void collect(Object instance, Map<Class<?>, List<Object>> byType) {
    Class<?> type = modelTypeOf(instance);
    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(instance);
    for (String field : FieldNames.of(type).orElseThrow()) {
      Object value = invoke(instance, field);
      List<?> values =
          value instanceof Optional<?> optional
              ? optional.stream().toList()
              : value instanceof List<?> list ? list : List.of();
      for (Object element : values) {
        if (FieldNames.of(element.getClass()).isPresent()) {
          collect(element, byType);
        }
      }
    }
  }
}
