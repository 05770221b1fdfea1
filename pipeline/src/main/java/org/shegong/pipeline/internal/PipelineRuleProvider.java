package org.shegong.pipeline.internal;

import java.util.List;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.RuleProvider;
import org.shegong.pipeline.PipelineRules;

/**
 * Contributes {@link PipelineRules#all()} to the rule catalogue; registered with {@code
 * ServiceLoader}.
 *
 * @since 0.2.0
 */
public final class PipelineRuleProvider implements RuleProvider {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public PipelineRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return PipelineRules.all();
  }
}
