package org.shegong.core.issue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every rule known to the running application, by code.
 *
 * <p>{@link #load()} gathers the rules of every module on the class or module path through {@link
 * RuleProvider}; {@link #of(Collection)} builds a catalogue from given rules. Two rules with the
 * same code are a programming error: a code never has two meanings.
 *
 * @since 0.1.0
 */
public final class RuleCatalogue {

  private final Map<String, Rule> byCode;

  private RuleCatalogue(Map<String, Rule> byCode) {
    this.byCode = byCode;
  }

  /**
   * Returns a catalogue of the given rules.
   *
   * @param rules the rules; not null, no two with the same code
   * @return the catalogue, never null
   * @throws IllegalArgumentException when two rules share a code
   */
  public static RuleCatalogue of(Collection<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::code));
    Map<String, Rule> map = new LinkedHashMap<>();
    for (Rule rule : sorted) {
      Rule previous = map.put(rule.code(), Objects.requireNonNull(rule, "rule"));
      if (previous != null) {
        throw new IllegalArgumentException("two rules share the code " + rule.code());
      }
    }
    return new RuleCatalogue(map);
  }

  /**
   * Returns the catalogue of every rule contributed through {@link RuleProvider} on the class or
   * module path of this class's loader.
   *
   * @return the catalogue, never null
   * @throws IllegalArgumentException when two providers contribute the same code
   */
  public static RuleCatalogue load() {
    List<Rule> rules = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class)) {
      rules.addAll(provider.rules());
    }
    return of(rules);
  }

  /**
   * Finds a rule by code.
   *
   * @param code the rule code; not null
   * @return the rule, or empty when the catalogue has none with that code
   */
  public Optional<Rule> find(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns every rule, sorted by code.
   *
   * @return an unmodifiable list, never null
   */
  public List<Rule> rules() {
    return List.copyOf(byCode.values());
  }

  /**
   * Returns the number of rules.
   *
   * @return the number of rules
   */
  public int size() {
    return byCode.size();
  }
}
