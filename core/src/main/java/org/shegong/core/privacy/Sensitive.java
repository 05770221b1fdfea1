package org.shegong.core.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property of the model as sensitive, so that masked output and {@code toString()} hide it.
 *
 * <p>Put it on the accessor (or field) of the value: serializers that write masked output, and
 * generated {@code toString()} methods, replace the value with {@link SensitiveKind#mask(String)
 * value().mask(…)}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Sensitive {

  /**
   * Returns the kind of sensitive value, which decides how it is masked.
   *
   * @return the kind of value
   */
  SensitiveKind value();
}
