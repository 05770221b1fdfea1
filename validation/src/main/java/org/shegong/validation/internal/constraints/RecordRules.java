package org.shegong.validation.internal.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The class-level constraint of every record type of the model: required fields and the cross-field
 * domain rules, checked by {@link RecordRulesValidator}. Declared programmatically by the model's
 * constraint mapping, never written on a class.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RecordRules {

  /**
   * Returns the message template; unused, every violation names its rule.
   *
   * @return the template
   */
  String message() default "{org.shegong.validation.internal.constraints.RecordRules.message}";

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
}
