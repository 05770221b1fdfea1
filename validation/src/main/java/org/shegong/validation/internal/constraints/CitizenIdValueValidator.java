package org.shegong.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.core.id.CitizenId;
import org.shegong.validation.constraints.CitizenIdNumber;
import org.shegong.validation.internal.engine.Finding;

/**
 * Validates {@link CitizenIdNumber} on the model's {@link CitizenId} values.
 *
 * @since 0.1.0
 */
public final class CitizenIdValueValidator
    implements ConstraintValidator<CitizenIdNumber, CitizenId> {

  private static final String DEFAULT_TEMPLATE =
      "{org.shegong.validation.constraints.CitizenIdNumber.message}";

  private boolean allowLegacy = true;

  private static final String LEGACY = "SG-CID-006";

  /** Creates the validator; Hibernate Validator instantiates it through the service loader. */
  public CitizenIdValueValidator() {}

  @Override
  public void initialize(CitizenIdNumber annotation) {
    allowLegacy = annotation.allowLegacy();
  }

  @Override
  public boolean isValid(@Nullable CitizenId value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<Finding> findings = IdentifierChecks.citizenId(value, Violations.today(context));
    if (allowLegacy && Violations.payload(context) == null) {
      // a plain validator accepts the legacy number; the Shegong validator reports it as a warning
      findings = findings.stream().filter(f -> !LEGACY.equals(f.ruleCode())).toList();
    }
    return Violations.reportAll(context, findings, DEFAULT_TEMPLATE, RuleTemplates::of);
  }
}
