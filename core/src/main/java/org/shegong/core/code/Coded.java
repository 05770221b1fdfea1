package org.shegong.core.code;

/**
 * A member of a closed code set: a constant with a stable code and labels in Chinese and English.
 *
 * <p>The {@linkplain #code() code} is what data exchange writes: the national code for national
 * code sets (for example {@code "1"} for {@link Sex#MALE}), the constant's UPPER_SNAKE name for the
 * project's own code sets. Codes never change meaning once released.
 *
 * @since 0.1.0
 */
public interface Coded {

  /**
   * Returns the stable code written in data exchange.
   *
   * @return the code, never null or blank
   */
  String code();

  /**
   * Returns the Chinese label, as used in official documents.
   *
   * @return the label in Chinese, never null
   */
  String labelZh();

  /**
   * Returns the English label.
   *
   * @return the label in English, never null
   */
  String labelEn();

  /**
   * Tells whether the code comes from a national standard rather than from this project.
   *
   * @return {@code true} for national code sets such as GB/T 2261.1; {@code false} by default
   */
  default boolean national() {
    return false;
  }
}
