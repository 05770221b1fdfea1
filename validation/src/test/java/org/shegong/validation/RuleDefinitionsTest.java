package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shegong.core.issue.Rule;

/**
 * A rule is defined next to its check, as a static {@link Rule} (or {@code List<Rule>}) field, and
 * the catalogue is gathered from those fields: no definition may be left out of it, wherever in the
 * module it is written, and the catalogue holds nothing else.
 */
class RuleDefinitionsTest {

  @Test
  void theCatalogueIsExactlyTheRulesDefinedInTheModulesClasses() throws Exception {
    Set<String> defined = new TreeSet<>();
    for (Class<?> type : moduleClasses()) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        if (field.getType() == Rule.class) {
          field.setAccessible(true);
          defined.add(((Rule) field.get(null)).code());
        } else if (field.getType() == List.class) {
          field.setAccessible(true);
          for (Object element : (List<?>) field.get(null)) {
            if (element instanceof Rule rule) {
              defined.add(rule.code());
            }
          }
        }
      }
    }
    Set<String> catalogue = new TreeSet<>();
    Generated.validator().rules().rules().forEach(rule -> catalogue.add(rule.code()));

    assertThat(defined).as("rules defined in the module").hasSizeGreaterThan(60);
    assertThat(catalogue).as("the catalogue gathered from the definitions").isEqualTo(defined);
  }

  private static List<Class<?>> moduleClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(ValidationConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
          // the collector holds the gathered list itself
          .filter(f -> !f.endsWith("ValidationRules.class"))
          .map(f -> root.relativize(f).toString())
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(RuleDefinitionsTest::load)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, true, RuleDefinitionsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
