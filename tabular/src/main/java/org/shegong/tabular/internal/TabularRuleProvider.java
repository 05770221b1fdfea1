package org.shegong.tabular.internal;

import java.util.List;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleProvider;
import org.shegong.tabular.TabularRules;

/**
 * Contributes {@link TabularRules#all()} to the rule catalogue; registered with {@code
 * ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class TabularRuleProvider implements RuleProvider {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public TabularRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return TabularRules.all();
  }
}
