package org.shegong.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.ValidationPayload;
import org.shegong.validation.internal.rules.RecordChecks;

/**
 * Validates {@link RecordRules}: runs {@link RecordChecks} on a record and reports each finding as
 * its own violation, at the path the check names.
 *
 * @since 0.1.0
 */
public final class RecordRulesValidator
    implements ConstraintValidator<RecordRules, ExchangeRecord> {

  /** Creates the validator; Hibernate Validator instantiates it through the service loader. */
  public RecordRulesValidator() {}

  @Override
  public boolean isValid(@Nullable ExchangeRecord record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    ValidationPayload payload = Violations.payload(context);
    if (payload == null) {
      throw new IllegalStateException(
          "the record rules run inside ShegongValidator only, which hands them their payload");
    }
    boolean[] valid = {true};
    RecordChecks.check(
        record,
        payload,
        (Finding finding, Object... path) -> {
          valid[0] = false;
          Violations.report(context, finding.ruleCode(), finding, path);
        });
    return valid[0];
  }
}
