package org.shegong.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.shegong.core.privacy.Scrubber;

/**
 * Root of Shegong's unchecked exceptions: thrown when a caller breaks a rule that the API states.
 *
 * <p>Every exception carries the stable code of the rule that was broken ({@code SG-…}, the same
 * codes the validation reports use) and a message that names the rule and shows the offending value
 * only in masked form. Data problems found while validating are reported as issues, never thrown.
 * As a last line of defence the constructor passes the message through {@link
 * Scrubber#scrub(String)}: anything in it with the shape of a citizen ID or a mobile number is
 * masked, whichever subclass or caller built it.
 *
 * @since 0.1.0
 */
public class ShegongException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String ruleCode;

  /**
   * Creates an exception for a broken rule.
   *
   * @param ruleCode the stable code of the rule broken, for example {@code SG-CID-004}; not null
   * @param message what was broken, with sensitive values masked; not null
   */
  public ShegongException(String ruleCode, String message) {
    super(Scrubber.scrub(Objects.requireNonNull(message, "message")));
    this.ruleCode = Objects.requireNonNull(ruleCode, "ruleCode");
  }

  /**
   * Creates an exception for a broken rule with the exception that revealed it.
   *
   * @param ruleCode the stable code of the rule broken; not null
   * @param message what was broken, with sensitive values masked; not null
   * @param cause the underlying exception; may be null
   */
  public ShegongException(String ruleCode, String message, @Nullable Throwable cause) {
    super(Scrubber.scrub(Objects.requireNonNull(message, "message")), cause);
    this.ruleCode = Objects.requireNonNull(ruleCode, "ruleCode");
  }

  /**
   * Returns the stable code of the rule that was broken.
   *
   * @return the rule code, for example {@code SG-CID-004}; never null
   */
  public String ruleCode() {
    return ruleCode;
  }
}
