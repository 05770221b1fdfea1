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
 * The annotated character sequence is a unified social credit code (统一社会信用代码, GB 32100-2015): 18
 * characters of the code's alphabet, digits in positions 3–8, and the right check character; with
 * {@link #strict()} also the organisation code's GB 11714 check character.
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} when the value is required. Each rule
 * broken is its own violation, with a message naming the rule ({@code SG-USC-001…003}); the message
 * never shows the value (credit codes are public, but messages stay generic). Violations carry the
 * rule code as Hibernate Validator's dynamic payload (an object whose {@code toString()} starts
 * with the code).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(UnifiedCreditCode.List.class)
public @interface UnifiedCreditCode {

  /**
   * Returns the message template; by default one message per rule broken.
   *
   * @return the template
   */
  String message() default "{org.shegong.validation.constraints.UnifiedCreditCode.message}";

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
   * Tells whether the organisation code in positions 9–17 is checked too (SG-USC-003).
   *
   * @return {@code false} by default
   */
  boolean strict() default false;

  /**
   * Several {@link UnifiedCreditCode} constraints on the same element, for example in different
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
    UnifiedCreditCode[] value();
  }
}
