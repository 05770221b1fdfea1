/**
 * Shegong validation: Hibernate Validator constraints for the Shegong model and for users' own
 * fields, the rule catalogue, reports and batch validation.
 *
 * @since 0.1.0
 */
module org.shegong.validation {
  requires transitive org.shegong.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.jspecify;

  exports org.shegong.validation;
  exports org.shegong.validation.constraints;

  // Hibernate Validator instantiates the constraint validators reflectively
  opens org.shegong.validation.internal.constraints to
      org.hibernate.validator;

  provides org.shegong.core.issue.RuleProvider with
      org.shegong.validation.internal.rules.ValidationRuleProvider;
  provides jakarta.validation.ConstraintValidator with
      org.shegong.validation.internal.constraints.CitizenIdNumberValidator,
      org.shegong.validation.internal.constraints.CitizenIdValueValidator,
      org.shegong.validation.internal.constraints.UnifiedCreditCodeValidator,
      org.shegong.validation.internal.constraints.CreditCodeValueValidator,
      org.shegong.validation.internal.constraints.MobilePhoneValidator,
      org.shegong.validation.internal.constraints.MobileNumberValueValidator,
      org.shegong.validation.internal.constraints.DivisionCodeValueValidator,
      org.shegong.validation.internal.constraints.DivisionCodeValidator,
      org.shegong.validation.internal.constraints.RecordRulesValidator;
}
