package org.shegong.core.id;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.privacy.Masking;

/**
 * A mainland China mobile phone number: 11 digits, the first {@code 1}, the second {@code 3}–{@code
 * 9} (rule SG-TEL-001).
 *
 * <p><b>Normalisation.</b> White space (including the ideographic space U+3000) and hyphens are
 * removed anywhere; then a leading country prefix {@code +86}, or {@code 86} when exactly 11 digits
 * follow it, is dropped. {@code "+86 138-0013-8000"} and {@code "8613800138000"} both become {@code
 * 13800138000}. Other prefixes (such as {@code 0086}) are not recognised.
 *
 * <p>Equality is on the normalised value. {@link #toString()} is the {@linkplain #masked() masked}
 * value ({@code 138****8000}). Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MobileNumber {

  private static final int LENGTH = 11;

  private final String value;
  private final boolean valid;

  private MobileNumber(String value, boolean valid) {
    this.value = value;
    this.valid = valid;
  }

  /**
   * Reads a mobile number strictly.
   *
   * @param raw the number as written; not null
   * @return the valid number, never null
   * @throws InvalidIdentifierException (SG-TEL-001) when it is not a mainland mobile number
   */
  public static MobileNumber of(String raw) {
    MobileNumber number = lenient(raw);
    if (!number.valid) {
      throw new InvalidIdentifierException(MobileNumberDefect.WRONG_FORMAT, number.masked());
    }
    return number;
  }

  /**
   * Reads a mobile number without rejecting it.
   *
   * @param raw the number as written; not null
   * @return the number, valid or not; never null
   */
  public static MobileNumber lenient(String raw) {
    Objects.requireNonNull(raw, "raw");
    int length = raw.length();
    int clean = 0; // the characters before the first one to leave out
    while (clean < length && kept(raw.charAt(clean))) {
      clean++;
    }
    String text = raw; // the common case: nothing to leave out, nothing to copy
    if (clean < length) {
      StringBuilder b = new StringBuilder(length).append(raw, 0, clean);
      for (int i = clean + 1; i < length; i++) {
        char c = raw.charAt(i);
        if (kept(c)) {
          b.append(c);
        }
      }
      text = b.toString();
    }
    if (text.startsWith("+86")) {
      text = text.substring(3);
    } else if (text.startsWith("86") && text.length() == LENGTH + 2) {
      text = text.substring(2);
    }
    return new MobileNumber(text, wellFormed(text));
  }

  /** Whether a character of a number as written is kept: dashes and spaces are left out. */
  private static boolean kept(char c) {
    return c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
  }

  private static boolean wellFormed(String text) {
    if (text.length() != LENGTH || text.charAt(0) != '1') {
      return false;
    }
    char second = text.charAt(1);
    if (second < '3' || second > '9') {
      return false;
    }
    for (int i = 2; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether this is a mainland mobile number.
   *
   * @return {@code true} when valid
   */
  public boolean isValid() {
    return valid;
  }

  /**
   * Returns the defect, if any.
   *
   * @return {@link MobileNumberDefect#WRONG_FORMAT}, or empty when valid
   */
  public Optional<IdentifierDefect> defect() {
    return valid ? Optional.empty() : Optional.of(MobileNumberDefect.WRONG_FORMAT);
  }

  /**
   * Returns every defect found (at most one).
   *
   * @return an unmodifiable list, empty when valid; never null
   */
  public List<IdentifierDefect> defects() {
    return valid ? List.of() : List.of(MobileNumberDefect.WRONG_FORMAT);
  }

  /**
   * Returns the normalised number (see the class documentation); an invalid number is kept after
   * the same normalisation. Never print it: use {@link #masked()}.
   *
   * @return the value, never null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the number masked for display, such as {@code 138****1234}.
   *
   * @return the masked value, never null
   * @see Masking#phone(String)
   */
  public String masked() {
    return Masking.phone(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MobileNumber && ((MobileNumber) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the masked number; never the raw value.
   *
   * @return the same as {@link #masked()}
   */
  @Override
  public String toString() {
    return masked();
  }
}
