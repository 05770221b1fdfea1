package org.shegong.serialization;

/**
 * How an {@link ExchangeWriter} writes: complete output (the default, lossless) or masked output.
 *
 * <p>Masked output replaces every value the model marks {@link org.shegong.core.privacy.Sensitive}
 * by its mask: citizen IDs {@code 110105********002X}, phone numbers {@code 138****1234}, names
 * {@code 张**}, parents' situations {@code ***}. It is meant for logs and for parties that must not
 * see those values; it does not read back to the same records. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WriteOptions {

  private static final WriteOptions FULL = new WriteOptions(false);
  private static final WriteOptions MASKED = new WriteOptions(true);

  private final boolean maskSensitive;

  private WriteOptions(boolean maskSensitive) {
    this.maskSensitive = maskSensitive;
  }

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

  /**
   * Tells whether sensitive values are masked.
   *
   * @return {@code true} for masked output
   */
  public boolean maskSensitive() {
    return maskSensitive;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WriteOptions o && o.maskSensitive == maskSensitive;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(maskSensitive);
  }

  @Override
  public String toString() {
    return maskSensitive ? "WriteOptions[masked]" : "WriteOptions[full]";
  }
}
