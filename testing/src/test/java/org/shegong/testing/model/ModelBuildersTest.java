package org.shegong.testing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.FieldNames;
import org.shegong.core.model.Worker;

/**
 * The builders, {@code from} and {@code with…} copies of every model type, on the sampled instances
 * and for every attribute (the attributes come from {@link FieldNames}, the values from the
 * generator).
 */
class ModelBuildersTest {

  @Test
  void aBuilderSetsEveryAttributeToTheValueGiven() {
    for (Class<?> type : FieldNames.modelTypes()) {
      for (String field : FieldNames.of(type).orElseThrow()) {
        Object source = withSet(type, field);
        Object value = ModelSamples.invoke(source, field);

        Object builder = call(type, null, "builder");
        call(builder.getClass(), builder, field, value);
        Object built = call(builder.getClass(), builder, "build");

        assertThat(ModelSamples.invoke(built, field))
            .as(type.getSimpleName() + "." + field)
            .isEqualTo(value);
      }
    }
  }

  @Test
  void fromCopiesEveryAttributeOfEverySample() {
    for (Object instance : ModelSamples.everyObject()) {
      Class<?> type = ModelSamples.modelTypeOf(instance);
      Object builder = call(type, null, "builder");
      call(builder.getClass(), builder, "from", instance);

      assertThat(call(builder.getClass(), builder, "build")).isEqualTo(instance);
    }
  }

  @Test
  void aWithCopyChangesExactlyThatAttributeAndLeavesTheOriginalAlone() {
    for (Class<?> type : FieldNames.modelTypes()) {
      List<String> fields = FieldNames.of(type).orElseThrow();
      for (String field : fields) {
        Object other = withSet(type, field);
        Object sampled = ModelSamples.invoke(other, field);
        Optional<?> differing =
            ModelSamples.of(type).stream()
                .filter(o -> !ModelSamples.invoke(o, field).equals(sampled))
                .findFirst();
        // a code or flag the generator always sets alike (every station ACTIVE): another one
        Object original = differing.isPresent() ? differing.get() : other;
        Object newValue = differing.isPresent() ? sampled : anotherConstant(sampled, type, field);
        String before = original.toString();

        Object copy = call(type, original, "with" + capitalized(field), newValue);

        String where = type.getSimpleName() + ".with" + capitalized(field);
        assertThat(ModelSamples.invoke(copy, field)).as(where).isEqualTo(newValue);
        assertThat(copy).as(where).isNotEqualTo(original);
        for (String unchanged : fields) {
          if (!unchanged.equals(field)) {
            assertThat(ModelSamples.invoke(copy, unchanged))
                .as(where + " keeps " + unchanged)
                .isEqualTo(ModelSamples.invoke(original, unchanged));
          }
        }
        assertThat(original.toString()).as(where + " leaves the original").isEqualTo(before);
      }
    }
  }

  @Test
  void equalInstancesAreEqualAndHashAlike() {
    List<ExchangeRecord> again = ModelSamples.generate();

    assertThat(again).isEqualTo(ModelSamples.records());
    for (int i = 0; i < again.size(); i++) {
      assertThat(again.get(i))
          .isNotSameAs(ModelSamples.records().get(i))
          .hasSameHashCodeAs(ModelSamples.records().get(i));
    }
  }

  @Test
  void fromThenSetOverridesOnlyTheAttributeSet() {
    Worker worker = ModelSamples.fullest(Worker.class);

    Worker moved = Worker.builder().from(worker).stationId("ST-999999").build();

    assertThat(moved.stationId()).contains("ST-999999");
    assertThat(moved.withStationId(worker.stationId())).isEqualTo(worker);
  }

  /** A sampled instance of the type with the attribute set. */
  private static Object withSet(Class<?> type, String field) {
    return ModelSamples.of(type).stream()
        .filter(o -> ModelSamples.isSet(ModelSamples.invoke(o, field)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type.getSimpleName() + "." + field + " never set"));
  }

  private static Object anotherConstant(Object value, Class<?> type, String field) {
    if (value instanceof Optional<?> optional) {
      Object present = optional.orElseThrow();
      if (present instanceof Boolean b) {
        return Optional.of(!b);
      }
      if (present instanceof String text) {
        return Optional.of(text + "-2");
      }
      if (present instanceof Integer number) {
        return Optional.of(number + 1);
      }
      if (present instanceof java.time.LocalDate day) {
        return Optional.of(day.plusDays(1));
      }
    }
    if (value instanceof Optional<?> optional && optional.orElseThrow() instanceof Enum<?> e) {
      for (Object constant : e.getDeclaringClass().getEnumConstants()) {
        if (constant != e) {
          return Optional.of(constant);
        }
      }
    }
    throw new AssertionError("one value only of " + type.getSimpleName() + "." + field);
  }

  private static String capitalized(String field) {
    return Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  /** Calls the public method of that name whose one parameter (or none) takes the argument. */
  private static Object call(Class<?> type, Object target, String name, Object... args) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name)
          && method.getParameterCount() == args.length
          && (args.length == 0 || accepts(method.getParameterTypes()[0], args[0]))) {
        try {
          // the generated With… interfaces and builders are package-private: tests may reach in
          method.setAccessible(true);
          return Objects.requireNonNull(method.invoke(target, args));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        } catch (InvocationTargetException e) {
          throw new AssertionError(e.getCause());
        }
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + "." + name + " for " + List.of(args));
  }

  private static boolean accepts(Class<?> parameter, Object argument) {
    if (argument instanceof Optional<?>) {
      return parameter == Optional.class;
    }
    if (argument instanceof List<?>) {
      return parameter == Iterable.class;
    }
    return parameter.isInstance(argument) || parameter.isPrimitive();
  }
}
