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
import org.shegong.core.division.DivisionLevel;

/**
 * The annotated character sequence is an administrative division code (区划代码) of one of the required
 * {@link #level() levels} that exists in the division table: 6 digits (county), 9 digits or 12
 * ending {@code 000} (township), 12 digits (village, whose township must exist).
 *
 * <p>The table is the bundled one unless the validator was built by {@code ShegongValidator}, which
 * hands its configured table to the constraint.
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} when the value is required. Each rule
 * broken is its own violation, with a message naming the rule ({@code SG-DIV-001, SG-DIV-003,
 * SG-DIV-004}); the message never shows the value. Violations carry the rule code as Hibernate
 * Validator's dynamic payload (an object whose {@code toString()} starts with the code).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(DivisionCodeValue.List.class)
public @interface DivisionCodeValue {

  /**
   * Returns the message template; by default one message per rule broken.
   *
   * @return the template
   */
  String message() default "{org.shegong.validation.constraints.DivisionCodeValue.message}";

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
   * Returns the levels the code may have; empty allows any level.
   *
   * @return the allowed levels, empty by default
   */
  DivisionLevel[] level() default {};

  /**
   * Tells whether the code must exist in the division table (SG-DIV-003).
   *
   * @return {@code true} by default
   */
  boolean inTable() default true;

  /**
   * Several {@link DivisionCodeValue} constraints on the same element, for example in different
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
    DivisionCodeValue[] value();
  }
}
