package org.shegong.core.issue;

import java.util.List;

/**
 * Service-provider interface through which a module contributes its rules to the {@link
 * RuleCatalogue}.
 *
 * <p>Register an implementation in {@code META-INF/services/org.shegong.core.issue.RuleProvider}
 * and, on the module path, with {@code provides org.shegong.core.issue.RuleProvider with …} in
 * {@code module-info.java}.
 *
 * @since 0.1.0
 */
public interface RuleProvider {

  /**
   * Returns the rules of the providing module.
   *
   * @return the rules, never null
   */
  List<Rule> rules();
}
