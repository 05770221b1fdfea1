package org.shegong.validation.internal.rules;

import java.util.List;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleProvider;

/**
 * Contributes the validation module's rules to {@code RuleCatalogue.load()}.
 *
 * @since 0.1.0
 */
public final class ValidationRuleProvider implements RuleProvider {

  /** Creates the provider; the service loader instantiates it. */
  public ValidationRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return ValidationRules.all();
  }
}
