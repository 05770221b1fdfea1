package org.shegong.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.core.id.MobileNumber;
import org.shegong.validation.constraints.MobilePhone;
import org.shegong.validation.internal.engine.Finding;

/**
 * Validates {@link MobilePhone} on the model's {@link MobileNumber} values.
 *
 * @since 0.1.0
 */
public final class MobileNumberValueValidator
    implements ConstraintValidator<MobilePhone, MobileNumber> {

  private static final String DEFAULT_TEMPLATE =
      "{org.shegong.validation.constraints.MobilePhone.message}";

  /** Creates the validator; Hibernate Validator instantiates it through the service loader. */
  public MobileNumberValueValidator() {}

  @Override
  public boolean isValid(@Nullable MobileNumber value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<Finding> findings = IdentifierChecks.mobile(value);
    return Violations.reportAll(context, findings, DEFAULT_TEMPLATE, RuleTemplates::of);
  }
}
