/**
 * Constraint annotations for users' own types: put {@link
 * org.shegong.validation.constraints.CitizenIdNumber}, {@link
 * org.shegong.validation.constraints.UnifiedCreditCode}, {@link
 * org.shegong.validation.constraints.MobilePhone} and {@link
 * org.shegong.validation.constraints.DivisionCodeValue} on {@code String} fields, getters or
 * parameters and validate with any Jakarta Validation {@code Validator} (Hibernate Validator finds
 * the validators through {@code META-INF/services/jakarta.validation.ConstraintValidator}).
 *
 * <pre>{@code
 * record Applicant(@CitizenIdNumber String citizenId, @MobilePhone String phone,
 *     @DivisionCodeValue(level = DivisionLevel.COUNTY) String county) {}
 * }</pre>
 *
 * <p>Messages come from {@code ValidationMessages.properties} (English) and {@code
 * ValidationMessages_zh_CN.properties}; they name the rule broken and never show the value.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.validation.constraints;

import org.jspecify.annotations.NullMarked;
