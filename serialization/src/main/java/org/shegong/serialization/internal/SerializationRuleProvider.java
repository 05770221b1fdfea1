package org.shegong.serialization.internal;

import java.util.List;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleProvider;
import org.shegong.serialization.SerializationRules;

/**
 * Contributes {@link SerializationRules#all()} to the rule catalogue; registered with {@code
 * ServiceLoader}.
 *
 * @since 0.1.0
 */
public final class SerializationRuleProvider implements RuleProvider {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public SerializationRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return SerializationRules.all();
  }
}
