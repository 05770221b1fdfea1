package org.shegong.serialization;

/**
 * How an {@link ExchangeWriter} writes: complete output (the default, lossless) or masked output.
 *
 * <p>Masked output replaces every value the model marks {@link org.shegong.core.privacy.Sensitive}
 * by its mask: citizen IDs {@code 110105********002X}, phone numbers {@code 138****1234}, names
 * {@code 张**}, parents' situations {@code ***}. It is meant for logs and for parties that must not
 * see those values; it does not read back to the same records. Immutable and thread-safe.
 *
 * @param maskSensitive whether sensitive values are masked
 * @since 0.1.0
 */
public record WriteOptions(boolean maskSensitive) {

  private static final WriteOptions FULL = new WriteOptions(false);
  private static final WriteOptions MASKED = new WriteOptions(true);

  /**
   * Returns the options of complete, lossless output (the default).
   *
   * @return the options, never null
   */
  public static WriteOptions full() {
    return FULL;
  }

  /**
   * Returns the options of masked output.
   *
   * @return the options, never null
   */
  public static WriteOptions masked() {
    return MASKED;
  }
}
