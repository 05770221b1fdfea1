package org.shegong.testing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shegong.core.model.FieldNames;
import org.shegong.core.model.Guardian;

/**
 * {@link FieldNames} against the model types themselves: the accessors (reflection) and their
 * declaration order (which the generated {@code toString()} follows).
 */
class FieldNamesTest {

  private static final Pattern ATTRIBUTE = Pattern.compile("[{,] ?(\\w+)=");

  @Test
  void fieldNamesAreExactlyTheAccessorsOfEveryModelType() {
    assertThat(FieldNames.modelTypes()).isNotEmpty();
    for (Class<?> type : FieldNames.modelTypes()) {
      Set<String> accessors =
          ModelSamples.accessors(type).stream().map(Method::getName).collect(Collectors.toSet());
      assertThat(FieldNames.of(type).orElseThrow())
          .as(type.getSimpleName())
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(accessors);
    }
  }

  @Test
  void fieldNamesAreInTheOrderTheTypeDeclaresItsAttributes() {
    // the generated toString() prints the set attributes in declaration order
    for (Class<?> type : FieldNames.modelTypes()) {
      Object fullest = ModelSamples.fullest(type);
      List<String> printed = topLevelAttributes(fullest.toString());
      List<String> fieldNames = FieldNames.of(type).orElseThrow();
      assertThat(printed)
          .as(type.getSimpleName())
          .isEqualTo(fieldNames.stream().filter(printed::contains).toList());
      assertThat(printed)
          .as(type.getSimpleName())
          .hasSizeGreaterThan(1)
          .containsAll(
              fieldNames.stream()
                  .filter(f -> ModelSamples.isSet(ModelSamples.invoke(fullest, f)))
                  .toList());
    }
  }

  @Test
  void findsTheFieldNamesFromTheClassOfAnInstance() {
    Guardian guardian = ModelSamples.fullest(Guardian.class);

    assertThat(guardian.getClass()).isNotEqualTo(Guardian.class);
    assertThat(FieldNames.of(guardian.getClass())).contains(Guardian.FIELD_NAMES);
  }

  @Test
  void findsNothingForTypesOutsideTheModel() {
    assertThat(FieldNames.of(String.class)).isEmpty();
    assertThat(FieldNames.of(Object.class)).isEmpty();
    assertThat(FieldNames.of(null)).isEqualTo(Optional.empty());
    assertThat(FieldNames.of(List.class)).isEmpty();
  }

  /** The attribute names of the outermost object in a generated toString(). */
  private static List<String> topLevelAttributes(String text) {
    List<String> names = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      if (depth == 1 && (c == '{' || c == ',')) {
        Matcher m = ATTRIBUTE.matcher(text).region(i, text.length());
        if (m.lookingAt()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }
}
