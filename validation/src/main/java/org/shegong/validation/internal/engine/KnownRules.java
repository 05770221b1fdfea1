package org.shegong.validation.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleCatalogue;
import org.shegong.validation.internal.rules.ValidationRules;

/**
 * Every rule a configuration may name: the validation module's and those other modules contribute
 * through {@code RuleCatalogue.load()} (the reader's syntax and structure rules), loaded once.
 *
 * @since 0.1.0
 */
public final class KnownRules {

  private KnownRules() {}

  /**
   * Finds a rule by code.
   *
   * @param code the code; not null
   * @return the rule, or empty when no rule has the code
   */
  public static Optional<Rule> find(String code) {
    Objects.requireNonNull(code, "code");
    Optional<Rule> own = ValidationRules.catalogue().find(code);
    return own.isPresent() ? own : Holder.ALL.find(code);
  }

  /**
   * Returns every known rule.
   *
   * @return the catalogue, never null
   */
  public static RuleCatalogue all() {
    return Holder.ALL;
  }

  private static final class Holder {
    static final RuleCatalogue ALL = load();

    private static RuleCatalogue load() {
      List<Rule> rules = new ArrayList<>(ValidationRules.all());
      for (Rule rule : RuleCatalogue.load().rules()) {
        if (ValidationRules.catalogue().find(rule.code()).isEmpty()) {
          rules.add(rule);
        }
      }
      return RuleCatalogue.of(rules);
    }
  }
}
