package org.shegong.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.shegong.core.division.DivisionCode;
import org.shegong.validation.constraints.DivisionCodeValue;

/**
 * Validates {@link DivisionCodeValue} on character sequences, by reading them leniently as {@link
 * DivisionCode}s and applying the same checks as {@link DivisionCodeValidator}.
 *
 * @since 0.1.0
 */
public final class DivisionCodeValueValidator
    implements ConstraintValidator<DivisionCodeValue, CharSequence> {

  private final DivisionCodeValidator codeValidator = new DivisionCodeValidator();

  /** Creates the validator; Hibernate Validator instantiates it through the service loader. */
  public DivisionCodeValueValidator() {}

  @Override
  public void initialize(DivisionCodeValue annotation) {
    codeValidator.initialize(annotation);
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || codeValidator.isValid(DivisionCode.lenient(value.toString()), context);
  }
}
