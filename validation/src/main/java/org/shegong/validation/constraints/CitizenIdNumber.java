package org.shegong.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a citizen ID number (公民身份号码, GB 11643-1999): 18 characters
 * with a valid province code, a real birth date not after today (the validator's {@link
 * jakarta.validation.ClockProvider}) and the ISO 7064 MOD 11-2 check character; a legacy 15-digit
 * number is accepted unless {@link #allowLegacy()} is {@code false}.
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} when the value is required. Each rule
 * broken is its own violation, with a message naming the rule ({@code SG-CID-001…006}); the message
 * never shows the value. Violations carry the rule code as Hibernate Validator's dynamic payload
 * (an object whose {@code toString()} starts with the code).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CitizenIdNumber.List.class)
public @interface CitizenIdNumber {

  /**
   * Returns the message template; by default one message per rule broken.
   *
   * @return the template
   */
  String message() default "{org.shegong.validation.constraints.CitizenIdNumber.message}";

  /**
   * Returns the groups the constraint belongs to.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload of the constraint.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Tells whether a legacy 15-digit number (SG-CID-006) is accepted.
   *
   * @return {@code true} by default
   */
  boolean allowLegacy() default true;

  /**
   * Several {@link CitizenIdNumber} constraints on the same element, for example in different
   * groups.
   *
   * @since 0.1.0
   */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    CitizenIdNumber[] value();
  }
}
