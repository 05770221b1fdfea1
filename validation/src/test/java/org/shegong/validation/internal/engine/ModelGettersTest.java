package org.shegong.validation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shegong.core.model.Child;
import org.shegong.core.model.FieldNames;
import org.shegong.core.model.Guardian;
import org.shegong.testing.sample.SampleData;

/**
 * {@link ModelGetters} is generated from the model, and this test is its generator: it writes the
 * source the model calls for and fails when the committed file is not that source (a model type or
 * field changed). To regenerate after changing the model:
 *
 * <pre>
 * mvn -B -pl validation -am test -Dtest=ModelGettersTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dshegong.updateGetters=true
 * mvn -B -q spotless:apply -pl validation
 * </pre>
 *
 * The comparison ignores white space and Javadoc's leading asterisks, so the file may be formatted
 * by Spotless.
 */
class ModelGettersTest {

  private static final Path SOURCE =
      Path.of("src/main/java/org/shegong/validation/internal/engine/ModelGetters.java");

  @Test
  void theCommittedGettersAreTheOnesTheModelCallsFor() throws IOException {
    String expected = generate();
    if (Boolean.getBoolean("shegong.updateGetters")) {
      Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
    }
    String committed = Files.readString(SOURCE, StandardCharsets.UTF_8);
    assertThat(withoutWhiteSpace(committed))
        .as(
            "ModelGetters.java is not what the model calls for; regenerate it (see this test's"
                + " Javadoc)")
        .isEqualTo(withoutWhiteSpace(expected));
  }

  @Test
  void everyFieldOfEveryModelTypeReadsWhatItsAccessorReturns() throws Exception {
    List<Object> instances = sampleInstances();
    List<Class<?>> seen =
        instances.stream().<Class<?>>map(i -> modelType(i.getClass())).distinct().toList();
    assertThat(seen)
        .as("the sample has every type of the model")
        .containsExactlyInAnyOrderElementsOf(FieldNames.modelTypes());
    for (Object instance : instances) {
      Class<?> type = modelType(instance.getClass());
      for (String field : FieldNames.of(type).orElseThrow()) {
        Function<Object, Object> getter = Accessors.of(type, field);
        Method accessor = type.getMethod(field);
        assertThat(getter.apply(instance))
            .as(type.getSimpleName() + "." + field)
            .isEqualTo(accessor.invoke(instance));
      }
    }
  }

  @Test
  void aPropertyThatIsNoFieldOfTheModelIsRefused() {
    assertThat(ModelGetters.of(Child.class, "hashCode")).isNull();
    assertThat(ModelGetters.of(String.class, "length")).isNull();
    assertThatThrownBy(() -> Accessors.of(Guardian.class, "noSuchField"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Guardian")
        .hasMessageContaining("noSuchField");
  }

  private static List<Object> sampleInstances() {
    List<Object> instances = new java.util.ArrayList<>();
    SampleData.withSeed(7).withVolunteers().stream(2_000).forEach(r -> collect(r, instances));
    return instances;
  }

  /** The record and every nested model object in it. */
  private static void collect(Object value, List<Object> out) {
    if (value instanceof java.util.Optional<?> optional) {
      optional.ifPresent(v -> collect(v, out));
      return;
    }
    if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, out));
      return;
    }
    Class<?> type = modelType(value.getClass());
    if (type == null) {
      return;
    }
    out.add(value);
    for (String field : FieldNames.of(type).orElseThrow()) {
      try {
        collect(type.getMethod(field).invoke(value), out);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Class<?> modelType(Class<?> implementation) {
    for (Class<?> type = implementation; type != null; type = type.getSuperclass()) {
      if (FieldNames.modelTypes().contains(type)) {
        return type;
      }
    }
    return null;
  }

  /** The text without white space and without the asterisks that start Javadoc lines. */
  private static String withoutWhiteSpace(String text) {
    return text.replaceAll("(?m)^\\s*\\*(?!/)", "").replaceAll("\\s+", "");
  }

  /** The source of {@code ModelGetters}: a number per field of each type, one switch to read it. */
  static String generate() {
    List<Class<?>> types =
        FieldNames.modelTypes().stream()
            .sorted(Comparator.comparing(Class::getSimpleName))
            .toList();
    TreeSet<String> imports = new TreeSet<>();
    imports.add("java.util.function.Function");
    imports.add("org.jspecify.annotations.Nullable");
    StringBuilder index = new StringBuilder();
    StringBuilder apply = new StringBuilder();
    int number = 0;
    for (Class<?> type : types) {
      String simple = type.getSimpleName();
      imports.add(type.getName());
      index.append("    if (type == ").append(simple).append(".class) {\n");
      index.append("      return switch (property) {\n");
      for (String field : FieldNames.of(type).orElseThrow()) {
        index.append("        case \"").append(field).append("\" -> ").append(number).append(";\n");
        apply
            .append("      case ")
            .append(number)
            .append(" -> ((")
            .append(simple)
            .append(") instance).")
            .append(field)
            .append("();\n");
        number++;
      }
      index.append("        default -> -1;\n      };\n    }\n");
    }
    StringBuilder out = new StringBuilder();
    out.append("package org.shegong.validation.internal.engine;\n\n");
    for (String name : imports) {
      out.append("import ").append(name).append(";\n");
    }
    out.append(
        """

        /**
         * Reads the fields of the model's types: GENERATED by {@code ModelGettersTest} from the
         * model's field names, do not edit. Each field of each type has a number, and one switch
         * calls its accessor, so that a rule's call site sees one class (where one lambda class per
         * accessor made it megamorphic) and nothing is spun at start-up. The test fails when this
         * file is not what the model calls for; its Javadoc says how to regenerate it.
         *
         * @since 0.1.0
         */
        final class ModelGetters implements Function<Object, Object> {

          private final int field;

          private ModelGetters(int field) {
            this.field = field;
          }

          /**
           * Returns the getter of a field of a type of the model.
           *
           * @param type the abstract model class
           * @param property the field's name, which is its accessor's
           * @return the getter, or null when the type has no such field
           */
          static @Nullable Function<Object, Object> of(Class<?> type, String property) {
            int field = number(type, property);
            return field < 0 ? null : new ModelGetters(field);
          }

          private static int number(Class<?> type, String property) {
        """);
    out.append(index);
    out.append(
        """
            return -1;
          }

          @Override
          public Object apply(Object instance) {
            return switch (field) {
        """);
    out.append(apply);
    out.append(
        """
              default -> throw new IllegalStateException("no field number " + field);
            };
          }
        }
        """);
    return out.toString();
  }
}
