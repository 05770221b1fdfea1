package org.shegong.spark.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shegong.validation.ShegongValidator;
import org.shegong.validation.ValidationConfig;

/**
 * The validators of an executor's JVM, rebuilt from the serializable configuration shipped with
 * each task and kept for the next tasks of the same configuration: building one takes most of a
 * second in a fresh JVM, and a validator is thread-safe.
 *
 * @since 0.1.0
 */
public final class Validators {

  private static final Map<ValidationConfig, ShegongValidator> BUILT = new ConcurrentHashMap<>();

  private Validators() {}

  /**
   * Returns the validator of a configuration, building it on first use in this JVM.
   *
   * @param config the configuration
   * @return the validator
   */
  public static ShegongValidator of(ValidationConfig config) {
    return BUILT.computeIfAbsent(config, ShegongValidator::create);
  }
}
