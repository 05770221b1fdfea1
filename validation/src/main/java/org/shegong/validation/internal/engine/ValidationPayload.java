package org.shegong.validation.internal.engine;

import java.time.LocalDate;
import java.util.Objects;
import org.shegong.core.child.TierPolicy;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.framework.FrameworkRegistry;
import org.shegong.core.issue.Profile;
import org.shegong.core.qualification.QualificationPolicy;

/**
 * What the constraint validators of the model need from the configuration, handed to them as
 * Hibernate Validator's constraint validator payload.
 *
 * @param profile the validation profile; not null
 * @param asOf the reference date; not null
 * @param divisionTable the loaded division table; not null
 * @param frameworks built-in and user-registered service frameworks; not null
 * @param qualificationPolicy the registration and continuing-education policy; not null
 * @param tierPolicy the visit intervals and review periods per tier; not null
 * @param strictCreditCodes whether SG-USC-003 is checked
 * @since 0.1.0
 */
public record ValidationPayload(
    Profile profile,
    LocalDate asOf,
    DivisionTable divisionTable,
    FrameworkRegistry frameworks,
    QualificationPolicy qualificationPolicy,
    TierPolicy tierPolicy,
    boolean strictCreditCodes) {

  /**
   * Checks the components.
   *
   * @param profile the validation profile; not null
   * @param asOf the reference date; not null
   * @param divisionTable the loaded division table; not null
   * @param frameworks built-in and user-registered service frameworks; not null
   * @param qualificationPolicy the registration and continuing-education policy; not null
   * @param tierPolicy the visit intervals and review periods per tier; not null
   * @param strictCreditCodes whether SG-USC-003 is checked
   */
  public ValidationPayload {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(divisionTable, "divisionTable");
    Objects.requireNonNull(frameworks, "frameworks");
    Objects.requireNonNull(qualificationPolicy, "qualificationPolicy");
    Objects.requireNonNull(tierPolicy, "tierPolicy");
  }
}
