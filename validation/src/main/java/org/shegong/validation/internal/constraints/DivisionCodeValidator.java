package org.shegong.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.division.DivisionTable;
import org.shegong.validation.constraints.DivisionCodeValue;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.ValidationPayload;

/**
 * Validates {@link DivisionCodeValue} on the model's {@link DivisionCode} values.
 *
 * @since 0.1.0
 */
public final class DivisionCodeValidator
    implements ConstraintValidator<DivisionCodeValue, DivisionCode> {

  private static final String DEFAULT_TEMPLATE =
      "{org.shegong.validation.constraints.DivisionCodeValue.message}";

  private Set<DivisionLevel> levels = Set.of();
  private boolean inTable = true;

  /** Creates the validator; Hibernate Validator instantiates it through the service loader. */
  public DivisionCodeValidator() {}

  @Override
  public void initialize(DivisionCodeValue annotation) {
    levels =
        annotation.level().length == 0
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(annotation.level())));
    inTable = annotation.inTable();
  }

  @Override
  public boolean isValid(@Nullable DivisionCode value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    @Nullable DivisionTable table = null;
    if (inTable) {
      ValidationPayload payload = Violations.payload(context);
      table = payload != null ? payload.divisionTable() : DivisionTable.bundled();
    }
    List<Finding> findings = IdentifierChecks.division(value, levels, table);
    return Violations.reportAll(context, findings, DEFAULT_TEMPLATE, RuleTemplates::of);
  }
}
