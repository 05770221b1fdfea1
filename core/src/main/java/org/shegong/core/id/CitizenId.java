package org.shegong.core.id;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.Sex;
import org.shegong.core.issue.Severity;
import org.shegong.core.privacy.Masking;

/**
 * A citizen ID number (公民身份号码) as defined by GB 11643-1999.
 *
 * <p>18 characters: a 6-digit address code, an 8-digit birth date {@code yyyyMMdd}, a 3-digit
 * sequence (odd for men, even for women) and a check character computed with ISO 7064 MOD 11-2
 * (weights {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}, remainder → {@code 1 0 X 9 8 7 6 5 4 3 2}).
 *
 * <p><b>Normalisation.</b> Leading and trailing white space (including the ideographic space
 * U+3000) is stripped and a lower-case {@code x} becomes {@code X}. A legacy 15-digit number
 * ({@code 6-digit address, yyMMdd, 3-digit sequence}) is recognised and converted to 18 characters
 * by inserting {@code 19} before the year and appending the check character; such an instance is
 * valid, {@link #wasLegacy()} is {@code true} and it carries the warning {@link
 * CitizenIdDefect#LEGACY_15_DIGIT} (SG-CID-006).
 *
 * <p><b>Checks</b>, in this order: SG-CID-001 length and characters, SG-CID-006 legacy number
 * (warning), SG-CID-002 province code, SG-CID-003 real birth date, SG-CID-005 birth date not after
 * the reference date, SG-CID-004 check character. The province check only looks at the first two
 * digits; whether the full address code exists is a question for the division table. The reference
 * date is today's date in the system's default time zone unless given ({@link #of(String,
 * LocalDate)}, {@link #lenient(String, LocalDate)}), so that the validation layer can check against
 * its configured reference date.
 *
 * <p>Equality is on the normalised {@link #value()} only: a legacy number and its 18-character form
 * are equal, and validity (which may depend on the reference date) is not compared. {@link
 * #toString()} is the {@linkplain #masked() masked} value. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CitizenId {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARACTERS = {
    '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'
  };
  private static final int LENGTH = 18;
  private static final int LEGACY_LENGTH = 15;

  private final String value;
  private final boolean legacy;
  private final List<IdentifierDefect> defects;
  // present exactly when the number is valid
  private final @Nullable LocalDate birthDate;

  private CitizenId(
      String value, boolean legacy, List<IdentifierDefect> defects, @Nullable LocalDate birthDate) {
    this.value = value;
    this.legacy = legacy;
    this.defects = defects;
    this.birthDate = birthDate;
  }

  /**
   * Reads a citizen ID number strictly, checking the birth date against today's date.
   *
   * @param raw the number as written; not null
   * @return the valid identifier, never null
   * @throws InvalidIdentifierException when the number breaks a rule; the message starts with the
   *     rule code and shows the number masked
   */
  public static CitizenId of(String raw) {
    return of(raw, LocalDate.now());
  }

  /**
   * Reads a citizen ID number strictly, checking the birth date against a reference date.
   *
   * @param raw the number as written; not null
   * @param asOf the reference date: the birth date must not be after it; not null
   * @return the valid identifier, never null
   * @throws InvalidIdentifierException when the number breaks a rule; the message starts with the
   *     rule code and shows the number masked
   */
  public static CitizenId of(String raw, LocalDate asOf) {
    CitizenId id = lenient(raw, asOf);
    if (!id.isValid()) {
      throw id.invalid();
    }
    return id;
  }

  /**
   * Reads a citizen ID number without rejecting it, checking the birth date against today's date.
   *
   * @param raw the number as written; not null
   * @return the identifier, valid or not; never null
   */
  public static CitizenId lenient(String raw) {
    return lenient(raw, LocalDate.now());
  }

  /**
   * Reads a citizen ID number without rejecting it, checking the birth date against a reference
   * date.
   *
   * @param raw the number as written; not null
   * @param asOf the reference date: the birth date must not be after it; not null
   * @return the identifier, valid or not; never null
   */
  public static CitizenId lenient(String raw, LocalDate asOf) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(asOf, "asOf");
    String text = raw.strip();
    int length = text.length();
    if (length == LENGTH && text.charAt(LENGTH - 1) == 'x') {
      text = text.substring(0, LENGTH - 1) + 'X';
    }
    boolean legacy = length == LEGACY_LENGTH && allDigits(text, 0, LEGACY_LENGTH);
    boolean wellFormed =
        legacy
            || (length == LENGTH
                && allDigits(text, 0, LENGTH - 1)
                && (isDigit(text.charAt(LENGTH - 1)) || text.charAt(LENGTH - 1) == 'X'));
    if (!wellFormed) {
      return new CitizenId(text, false, List.of(CitizenIdDefect.WRONG_FORMAT), null);
    }
    // the first 17 digits (an 18-digit number is read up to them): the 18-digit number's own, or
    // the 15-digit one's with "19" put in
    String first17 = legacy ? text.substring(0, 6) + "19" + text.substring(6) : text;
    boolean knownProvince = isProvinceCode(digit(first17, 0) * 10 + digit(first17, 1));
    LocalDate birth = birthDate(first17);
    boolean future = birth != null && birth.isAfter(asOf);
    char check = computeCheck(first17);
    boolean checkWrong = !legacy && text.charAt(LENGTH - 1) != check;
    if (!legacy && knownProvince && birth != null && !future && !checkWrong) {
      return new CitizenId(text, false, List.of(), birth); // the common case: nothing to list
    }
    List<IdentifierDefect> defects = new ArrayList<>(4);
    if (legacy) {
      defects.add(CitizenIdDefect.LEGACY_15_DIGIT);
    }
    if (!knownProvince) {
      defects.add(CitizenIdDefect.UNKNOWN_PROVINCE);
    }
    if (birth == null) {
      defects.add(CitizenIdDefect.INVALID_BIRTH_DATE);
    } else if (future) {
      defects.add(CitizenIdDefect.BIRTH_DATE_IN_FUTURE);
    }
    if (checkWrong) {
      defects.add(CitizenIdDefect.WRONG_CHECK_CHARACTER);
    }
    boolean valid = true;
    for (IdentifierDefect d : defects) {
      valid &= d.severity() != Severity.ERROR;
    }
    // a legacy number is converted only when valid: the conversion of a malformed one means nothing
    String value = legacy && valid ? first17 + check : text;
    return new CitizenId(value, legacy, List.copyOf(defects), valid ? birth : null);
  }

  /**
   * Computes the GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits, for example
   * to generate test data.
   *
   * @param first17 exactly 17 ASCII digits; not null
   * @return the check character: a digit or {@code X}
   * @throws InvalidIdentifierException (SG-CID-001) when the argument is not 17 digits
   */
  public static char checkCharacter(String first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1 || !allDigits(first17, 0, LENGTH - 1)) {
      throw new InvalidIdentifierException(
          CitizenIdDefect.WRONG_FORMAT, Masking.citizenId(first17));
    }
    return computeCheck(first17);
  }

  /**
   * Tells whether the number breaks no rule of severity {@link Severity#ERROR}.
   *
   * @return {@code true} when valid; a converted legacy number is valid
   */
  public boolean isValid() {
    return birthDate != null;
  }

  /**
   * Returns the most important defect: the first error found, or else the legacy warning.
   *
   * @return the defect, or empty when the number has none
   */
  public Optional<IdentifierDefect> defect() {
    for (IdentifierDefect d : defects) {
      if (d.severity() == Severity.ERROR) {
        return Optional.of(d);
      }
    }
    return defects.isEmpty() ? Optional.empty() : Optional.of(defects.get(0));
  }

  /**
   * Returns every defect found, in the order the checks run (see the class documentation).
   *
   * <p>After SG-CID-001 no further check runs; the other checks are independent of each other, so a
   * number may have, for example, both SG-CID-002 and SG-CID-004.
   *
   * @return an unmodifiable list, empty for a valid 18-character number; never null
   */
  public List<IdentifierDefect> defects() {
    return defects;
  }

  /**
   * Tells whether the number was written in the legacy 15-digit form.
   *
   * @return {@code true} when the input had 15 digits
   */
  public boolean wasLegacy() {
    return legacy;
  }

  /**
   * Returns the normalised number.
   *
   * <p>For a valid number: 18 characters, upper-case {@code X}, a legacy number converted. For an
   * invalid one: the input with white space stripped (and a final {@code x} upper-cased), kept for
   * reporting. Never print it: use {@link #masked()}.
   *
   * @return the value, never null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the number masked for display, such as {@code 110105********002X}.
   *
   * @return the masked value, never null
   * @see Masking#citizenId(String)
   */
  public String masked() {
    return Masking.citizenId(value);
  }

  /**
   * Returns the 6-digit address code (positions 1–6), a GB/T 2260 division code.
   *
   * @return the address code, never null
   * @throws InvalidIdentifierException when the number is invalid: check {@link #isValid()} first
   */
  public String addressCode() {
    requireValid();
    return value.substring(0, 6);
  }

  /**
   * Returns the birth date (positions 7–14).
   *
   * @return the birth date, never null
   * @throws InvalidIdentifierException when the number is invalid: check {@link #isValid()} first
   */
  public LocalDate birthDate() {
    return validBirthDate();
  }

  private LocalDate validBirthDate() {
    requireValid();
    return Objects.requireNonNull(birthDate, "a valid number has a birth date");
  }

  /**
   * Returns the 3-digit sequence (positions 15–17).
   *
   * @return the sequence, never null
   * @throws InvalidIdentifierException when the number is invalid: check {@link #isValid()} first
   */
  public String sequence() {
    requireValid();
    return value.substring(14, 17);
  }

  /**
   * Returns the sex encoded by the sequence: odd for {@link Sex#MALE}, even for {@link Sex#FEMALE}.
   *
   * @return {@link Sex#MALE} or {@link Sex#FEMALE}
   * @throws InvalidIdentifierException when the number is invalid: check {@link #isValid()} first
   */
  public Sex sex() {
    requireValid();
    return digit(value, 16) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns the age in completed years on a date.
   *
   * <p>Uses {@link Period#between(LocalDate, LocalDate)}: a person is one year older on the day of
   * the month and day of birth. Someone born on 29 February becomes one year older on 1 March in
   * non-leap years (28 February is still the day before the birthday).
   *
   * @param date the date on which to compute the age; not null
   * @return the age in completed years, zero or more
   * @throws InvalidIdentifierException when the number is invalid (check {@link #isValid()} first),
   *     or SG-CID-005 when {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate birth = validBirthDate();
    if (date.isBefore(birth)) {
      throw new InvalidIdentifierException(CitizenIdDefect.BIRTH_DATE_IN_FUTURE, masked());
    }
    return Period.between(birth, date).getYears();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CitizenId && ((CitizenId) other).value.equals(value);
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

  private void requireValid() {
    if (!isValid()) {
      throw invalid();
    }
  }

  private InvalidIdentifierException invalid() {
    return new InvalidIdentifierException(defect().orElseThrow(), masked());
  }

  private static char computeCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += digit(first17, i) * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  private static @Nullable LocalDate birthDate(String first17) {
    int year = number(first17, 6, 10);
    int month = number(first17, 10, 12);
    int day = number(first17, 12, 14);
    if (month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static boolean isProvinceCode(int code) {
    return (code >= 11 && code <= 15)
        || (code >= 21 && code <= 23)
        || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46)
        || (code >= 50 && code <= 54)
        || (code >= 61 && code <= 65)
        || code == 71
        || code == 81
        || code == 82;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + digit(s, i);
    }
    return n;
  }

  private static int digit(String s, int index) {
    return s.charAt(index) - '0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
