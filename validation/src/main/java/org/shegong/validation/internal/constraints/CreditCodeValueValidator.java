package org.shegong.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.core.id.CreditCode;
import org.shegong.validation.constraints.UnifiedCreditCode;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.ValidationPayload;

/**
 * Validates {@link UnifiedCreditCode} on the model's {@link CreditCode} values.
 *
 * @since 0.1.0
 */
public final class CreditCodeValueValidator
    implements ConstraintValidator<UnifiedCreditCode, CreditCode> {

  private static final String DEFAULT_TEMPLATE =
      "{org.shegong.validation.constraints.UnifiedCreditCode.message}";

  private boolean strict;

  /** Creates the validator; Hibernate Validator instantiates it through the service loader. */
  public CreditCodeValueValidator() {}

  @Override
  public void initialize(UnifiedCreditCode annotation) {
    strict = annotation.strict();
  }

  @Override
  public boolean isValid(@Nullable CreditCode value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    ValidationPayload payload = Violations.payload(context);
    boolean strictCheck = strict || (payload != null && payload.strictCreditCodes());
    List<Finding> findings = IdentifierChecks.creditCode(value, strictCheck);
    return Violations.reportAll(context, findings, DEFAULT_TEMPLATE, RuleTemplates::of);
  }
}
