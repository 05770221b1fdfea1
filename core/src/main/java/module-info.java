/**
 * Shegong core: the domain types, identifiers, code sets, the division table and the standard
 * models of China's community social-work system.
 *
 * <p>Has no framework dependency at run time.
 *
 * @since 0.1.0
 */
module org.shegong.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.shegong.core;
  exports org.shegong.core.child;
  exports org.shegong.core.code;
  exports org.shegong.core.coverage;
  exports org.shegong.core.demand;
  exports org.shegong.core.division;
  exports org.shegong.core.framework;
  exports org.shegong.core.id;
  exports org.shegong.core.issue;
  exports org.shegong.core.linkage;
  exports org.shegong.core.message;
  exports org.shegong.core.model;
  exports org.shegong.core.money;
  exports org.shegong.core.privacy;
  exports org.shegong.core.qualification;
  exports org.shegong.core.subsidy;

  uses org.shegong.core.issue.RuleProvider;
}
