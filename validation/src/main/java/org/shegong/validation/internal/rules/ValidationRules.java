package org.shegong.validation.internal.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleCatalogue;
import org.shegong.validation.BatchValidation;
import org.shegong.validation.internal.constraints.IdentifierChecks;
import org.shegong.validation.internal.engine.ModelConstraints;

/**
 * The rules of the validation module, gathered from where they are defined.
 *
 * <p>A rule is written once, next to its check, as a {@code static final} {@link Rule} field (or a
 * {@code List<Rule>} for a family derived from a core enum) of the class that checks it — as Error
 * Prone's {@code @BugPattern} sits on its checker. This class only collects those fields from the
 * classes that hold checks ({@link #DEFINED_IN}); the catalogue ({@code shegong rules}, {@code
 * docs/rules.md}) and the firing-table test derive from the result. Adding a rule to one of these
 * classes needs no other registration; a new class of checks is added to {@link #DEFINED_IN}.
 *
 * <p>Placeholders every message may use: {@code {field}} (the offending field as a dotted JSON path
 * without indexes, filled in by the engine), {@code {asOf}} (the reference date) and whatever the
 * rule names.
 *
 * @since 0.1.0
 */
public final class ValidationRules {

  /** The classes whose checks define rules, in the order data passes through them. */
  static final List<Class<?>> DEFINED_IN =
      List.of(
          RecordChecks.class,
          IdentifierChecks.class,
          ModelConstraints.class,
          ChildChecks.class,
          BatchValidation.class);

  private static final List<Rule> ALL = collect();

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(ALL);

  private ValidationRules() {}

  /**
   * Returns every rule of the validation module, sorted by code.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * Returns the catalogue of the validation module's rules.
   *
   * @return the catalogue, never null
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }

  private static List<Rule> collect() {
    List<Rule> rules = new ArrayList<>();
    for (Class<?> type : DEFINED_IN) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)) {
          continue;
        }
        if (field.getType() == Rule.class) {
          rules.add((Rule) read(field));
        } else if (field.getType() == List.class && isListOfRules(field.getGenericType())) {
          for (Object rule : (List<?>) read(field)) {
            rules.add((Rule) rule);
          }
        }
      }
    }
    rules.sort(Comparator.comparing(Rule::code));
    // RuleCatalogue.of rejects two definitions of one code
    return List.copyOf(RuleCatalogue.of(rules).rules());
  }

  private static boolean isListOfRules(Type type) {
    return type instanceof ParameterizedType list
        && list.getActualTypeArguments().length == 1
        && list.getActualTypeArguments()[0] == Rule.class;
  }

  private static Object read(Field field) {
    try {
      field.setAccessible(true);
      return field.get(null);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read the rule definition "
              + field.getDeclaringClass().getName()
              + "."
              + field.getName(),
          e);
    }
  }
}
