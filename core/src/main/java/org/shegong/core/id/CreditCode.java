package org.shegong.core.id;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.privacy.Scrubber;

/**
 * A unified social credit code (统一社会信用代码) as defined by GB 32100-2015.
 *
 * <p>18 characters from {@value #ALPHABET} (values 0–30 in that order; no I, O, S, V or Z):
 * position 1 the {@linkplain #registrationAuthority() registration authority}, position 2 the
 * {@linkplain #institutionKind() institution kind}, positions 3–8 the {@linkplain #divisionCode()
 * division code} of the registering office (digits), positions 9–17 the {@linkplain
 * #organizationCode() organisation code} (GB 11714), position 18 the check character: weights
 * {@code 3^(i-1) mod 31} ({@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28}), check = 31 − (Σ
 * mod 31), 31 → 0.
 *
 * <p><b>Normalisation.</b> Leading and trailing white space is stripped and letters are
 * upper-cased. <b>Checks:</b> SG-USC-001 length and characters (a character outside the alphabet,
 * such as {@code Z}, is SG-USC-001, not a check-character error), SG-USC-002 check character.
 * Optionally ({@link #ofStrict(String)}, {@link #lenientStrict(String)}) SG-USC-003: the embedded
 * organisation code must end with its own GB 11714 check character; not every code in circulation
 * is known to satisfy it, so it is not part of {@link #of(String)}.
 *
 * <p>Credit codes identify organisations and are public: {@link #masked()} and {@link #toString()}
 * show the whole value. Equality is on the normalised value. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class CreditCode {

  /** The 31 characters allowed in a credit code, in the order of their values 0–30. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final int LENGTH = 18;

  private final String value;
  private final List<IdentifierDefect> defects;

  private CreditCode(String value, List<IdentifierDefect> defects) {
    this.value = value;
    this.defects = defects;
  }

  /**
   * Reads a credit code strictly (rules SG-USC-001 and SG-USC-002).
   *
   * @param raw the code as written; not null
   * @return the valid code, never null
   * @throws InvalidIdentifierException when the code breaks a rule
   */
  public static CreditCode of(String raw) {
    return requireValid(lenient(raw));
  }

  /**
   * Reads a credit code strictly, also checking the embedded organisation code (SG-USC-003).
   *
   * @param raw the code as written; not null
   * @return the valid code, never null
   * @throws InvalidIdentifierException when the code breaks a rule
   */
  public static CreditCode ofStrict(String raw) {
    return requireValid(lenientStrict(raw));
  }

  /**
   * Reads a credit code without rejecting it (rules SG-USC-001 and SG-USC-002).
   *
   * @param raw the code as written; not null
   * @return the code, valid or not; never null
   */
  public static CreditCode lenient(String raw) {
    return read(raw, false);
  }

  /**
   * Reads a credit code without rejecting it, also checking the embedded organisation code
   * (SG-USC-003).
   *
   * @param raw the code as written; not null
   * @return the code, valid or not; never null
   */
  public static CreditCode lenientStrict(String raw) {
    return read(raw, true);
  }

  /**
   * Computes the check character (position 18) of the first 17 characters, for example to generate
   * test data.
   *
   * @param first17 17 characters from {@link #ALPHABET}; not null
   * @return the check character, from {@link #ALPHABET}
   * @throws InvalidIdentifierException (SG-USC-001) when the argument is not 17 allowed characters
   */
  public static char checkCharacter(String first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1 || !allInAlphabet(first17, LENGTH - 1)) {
      throw new InvalidIdentifierException(
          CreditCodeDefect.WRONG_FORMAT, Scrubber.excerpt(first17));
    }
    return computeCheck(first17);
  }

  /**
   * Computes the GB 11714 check character of the first 8 characters of an organisation code.
   *
   * @param first8 8 characters, digits or capital letters (A–Z count 10–35); not null
   * @return the check character: a digit or {@code X}
   * @throws InvalidIdentifierException (SG-USC-003) when the argument is not 8 such characters
   */
  public static char organizationCodeCheckCharacter(String first8) {
    Objects.requireNonNull(first8, "first8");
    int sum = 0;
    if (first8.length() != ORG_WEIGHTS.length) {
      throw new InvalidIdentifierException(
          CreditCodeDefect.WRONG_ORGANIZATION_CODE_CHECK, Scrubber.excerpt(first8));
    }
    for (int i = 0; i < ORG_WEIGHTS.length; i++) {
      char c = first8.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        throw new InvalidIdentifierException(
            CreditCodeDefect.WRONG_ORGANIZATION_CODE_CHECK, Scrubber.excerpt(first8));
      }
      sum += v * ORG_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  private static CreditCode read(String raw, boolean strict) {
    Objects.requireNonNull(raw, "raw");
    String text = raw.strip().toUpperCase(Locale.ROOT);
    if (text.length() != LENGTH || !allInAlphabet(text, LENGTH) || !digitsInDivision(text)) {
      return new CreditCode(text, List.of(CreditCodeDefect.WRONG_FORMAT));
    }
    if (computeCheck(text) != text.charAt(LENGTH - 1)) {
      return new CreditCode(text, List.of(CreditCodeDefect.WRONG_CHECK_CHARACTER));
    }
    if (strict && !organizationCodeValid(text)) {
      return new CreditCode(text, List.of(CreditCodeDefect.WRONG_ORGANIZATION_CODE_CHECK));
    }
    return new CreditCode(text, List.of());
  }

  private static CreditCode requireValid(CreditCode code) {
    if (!code.isValid()) {
      throw code.invalid();
    }
    return code;
  }

  /**
   * Tells whether the code breaks no rule checked when it was read.
   *
   * @return {@code true} when valid
   */
  public boolean isValid() {
    return defects.isEmpty();
  }

  /**
   * Returns the first defect found.
   *
   * @return the defect, or empty when the code is valid
   */
  public Optional<IdentifierDefect> defect() {
    return defects.isEmpty() ? Optional.empty() : Optional.of(defects.get(0));
  }

  /**
   * Returns every defect found; the checks stop at the first failing one, so at most one.
   *
   * @return an unmodifiable list, empty when valid; never null
   */
  public List<IdentifierDefect> defects() {
    return defects;
  }

  /**
   * Returns the normalised code: upper-case, white space stripped (kept as such when invalid).
   *
   * @return the value, never null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the code for display: credit codes are public, so this is the whole {@link #value()}.
   *
   * @return the value, never null
   */
  public String masked() {
    return value;
  }

  /**
   * Returns the registration authority (position 1).
   *
   * @return the authority, {@link RegistrationAuthority#OTHER} for an unlisted code; never null
   * @throws InvalidIdentifierException when the code is invalid: check {@link #isValid()} first
   */
  public RegistrationAuthority registrationAuthority() {
    requireValid();
    return RegistrationAuthority.fromCode(value.charAt(0));
  }

  /**
   * Returns the institution kind (positions 1–2 read together).
   *
   * @return the kind, {@link InstitutionKind#OTHER} when not named; never null
   * @throws InvalidIdentifierException when the code is invalid: check {@link #isValid()} first
   */
  public InstitutionKind institutionKind() {
    requireValid();
    return InstitutionKind.fromCodes(value.charAt(0), value.charAt(1));
  }

  /**
   * Returns the raw institution-kind character (position 2), whose meaning depends on the
   * registration authority.
   *
   * @return the character in position 2
   * @throws InvalidIdentifierException when the code is invalid: check {@link #isValid()} first
   */
  public char institutionKindCode() {
    requireValid();
    return value.charAt(1);
  }

  /**
   * Tells whether the organisation was registered with civil affairs (民政, position 1 is {@code 5}),
   * as social-work agencies are.
   *
   * @return {@code true} for a civil-affairs registration
   * @throws InvalidIdentifierException when the code is invalid: check {@link #isValid()} first
   */
  public boolean isCivilAffairsRegistration() {
    return registrationAuthority() == RegistrationAuthority.CIVIL_AFFAIRS;
  }

  /**
   * Returns the division code of the registering office (positions 3–8), a GB/T 2260 code.
   *
   * @return 6 digits, never null
   * @throws InvalidIdentifierException when the code is invalid: check {@link #isValid()} first
   */
  public String divisionCode() {
    requireValid();
    return value.substring(2, 8);
  }

  /**
   * Returns the organisation code (positions 9–17, GB 11714), its check character last.
   *
   * @return 9 characters, never null
   * @throws InvalidIdentifierException when the code is invalid: check {@link #isValid()} first
   */
  public String organizationCode() {
    requireValid();
    return value.substring(8, 17);
  }

  /**
   * Tells whether the embedded organisation code ends with its GB 11714 check character (rule
   * SG-USC-003).
   *
   * @return {@code true} when the organisation code's check character is right
   * @throws InvalidIdentifierException when the code is invalid: check {@link #isValid()} first
   */
  public boolean hasValidOrganizationCode() {
    requireValid();
    return organizationCodeValid(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreditCode && ((CreditCode) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the code (public data, not masked).
   *
   * @return the same as {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }

  private void requireValid() {
    if (!isValid()) {
      throw invalid();
    }
  }

  private InvalidIdentifierException invalid() {
    return new InvalidIdentifierException(defects.get(0), masked());
  }

  private static boolean organizationCodeValid(String code) {
    return organizationCodeCheckCharacter(code.substring(8, 16)) == code.charAt(16);
  }

  private static char computeCheck(String text) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += ALPHABET.indexOf(text.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  private static boolean allInAlphabet(String text, int length) {
    for (int i = 0; i < length; i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean digitsInDivision(String text) {
    for (int i = 2; i < 8; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
