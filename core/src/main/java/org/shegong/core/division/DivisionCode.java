package org.shegong.core.division;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A code of China's administrative divisions (区划代码), checked for form but not for existence.
 *
 * <p>Accepted forms: 6 digits (county level, GB/T 2260), 9 digits (township level), 12 digits
 * (statistical code: township plus 3 village digits); {@link #ofAnyLevel(String)} also accepts 2
 * digits (province) and 4 digits (city), the forms the {@link DivisionTable} uses for those levels.
 * A 12-digit code ending in {@code 000} is the township's own 12-digit form: its {@linkplain
 * #level() level} is {@link DivisionLevel#TOWNSHIP} and its {@linkplain #canonical() canonical}
 * form is the 9-digit code. Whether a code exists is a question for a {@link DivisionTable}.
 *
 * <p>GB/T 2260 writes every province, city and county with 6 digits: a province as {@code 640000},
 * a city as {@code 640500}, a county as {@code 640502}. Such a code is a 6-digit ({@linkplain
 * DivisionLevel#COUNTY county-level}) code here, and {@link #provinceOrCityForm()} gives the 2- or
 * 4-digit code it stands for in the table's own form; {@link DivisionTable#find(DivisionCode)}
 * finds the province or city by it. {@link #gbt2260Form()} goes the other way.
 *
 * <p>Factories follow the project's convention: {@link #of(String)} is strict and throws, {@link
 * #lenient(String)} keeps malformed text so that a validator can report it ({@link #isValid()}).
 * The accessors that interpret the code throw {@link InvalidDivisionCodeException} on an invalid
 * lenient code. Division codes are not sensitive, so {@link #toString()} is the code itself.
 *
 * <p>Instances are immutable and thread-safe. Two codes are equal when they have the same text and
 * the same validity; {@code 640502100} and {@code 640502100000} are different codes with the same
 * {@linkplain #canonical() canonical} form.
 *
 * @since 0.1.0
 */
public final class DivisionCode {

  private final String value;
  private final @Nullable DivisionLevel level;

  private DivisionCode(String value, @Nullable DivisionLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Returns the division code with the given text, which must be 6, 9 or 12 digits.
   *
   * @param text the code, for example {@code "640502"}, {@code "640502100"} or {@code
   *     "640502100201"}; not null
   * @return the code, never null
   * @throws InvalidDivisionCodeException ({@code SG-DIV-001}) when the text is not 6, 9 or 12 ASCII
   *     digits
   */
  public static DivisionCode of(String text) {
    Objects.requireNonNull(text, "text");
    DivisionLevel level = levelOf(text);
    if (level == null || level == DivisionLevel.PROVINCE || level == DivisionLevel.CITY) {
      throw InvalidDivisionCodeException.notADivisionCode(text);
    }
    return new DivisionCode(text, level);
  }

  /**
   * Returns the division code with the given text, which may also be a 2-digit province or 4-digit
   * city code.
   *
   * @param text the code, for example {@code "64"}, {@code "6405"} or {@code "640502"}; not null
   * @return the code, never null
   * @throws InvalidDivisionCodeException ({@code SG-DIV-002}) when the text is not 2, 4, 6, 9 or 12
   *     ASCII digits
   */
  public static DivisionCode ofAnyLevel(String text) {
    Objects.requireNonNull(text, "text");
    DivisionLevel level = levelOf(text);
    if (level == null) {
      throw InvalidDivisionCodeException.notADivisionCodeOfAnyLevel(text);
    }
    return new DivisionCode(text, level);
  }

  /**
   * Returns a code for the given text without rejecting it; {@link #isValid()} tells whether {@link
   * #of(String)} would have accepted it.
   *
   * <p>This is the factory for exchange data, where a division code is 6, 9 or 12 digits: a 2- or
   * 4-digit text is kept but invalid. Parse a region a user typed ({@code 64}, {@code 6405}, {@code
   * 640500}) with {@link #ofAnyLevel(String)}.
   *
   * @param text the text as found in the data; not null (an absent code is not a code)
   * @return the code, valid or not, never null
   */
  public static DivisionCode lenient(String text) {
    Objects.requireNonNull(text, "text");
    DivisionLevel level = levelOf(text);
    return new DivisionCode(
        text, level == DivisionLevel.PROVINCE || level == DivisionLevel.CITY ? null : level);
  }

  /** Creates a code whose text the caller has checked to be of the given level. */
  static DivisionCode trusted(String value, DivisionLevel level) {
    return new DivisionCode(value, level);
  }

  /** Returns the level the text has as a code, or null when it is not a code of any level. */
  static @Nullable DivisionLevel levelOf(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    switch (length) {
      case 2:
        return DivisionLevel.PROVINCE;
      case 4:
        return DivisionLevel.CITY;
      case 6:
        return DivisionLevel.COUNTY;
      case 9:
        return DivisionLevel.TOWNSHIP;
      case 12:
        return text.endsWith("000") ? DivisionLevel.TOWNSHIP : DivisionLevel.VILLAGE;
      default:
        return null;
    }
  }

  /**
   * Returns the text of the code, exactly as given.
   *
   * @return the text, never null; for an invalid lenient code the malformed text
   */
  public String value() {
    return value;
  }

  /**
   * Tells whether this is a well-formed code.
   *
   * @return {@code true} for every code made by {@link #of(String)} or {@link #ofAnyLevel(String)},
   *     and for a lenient code whose text is 6, 9 or 12 digits
   */
  public boolean isValid() {
    return level != null;
  }

  /**
   * Returns the level of the code, given by its length (a 12-digit code ending {@code 000} is a
   * township).
   *
   * @return the level, never null
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public DivisionLevel level() {
    return checkedLevel();
  }

  /**
   * Returns the 2-digit code of the province this code belongs to.
   *
   * @return the province code, never null; this code itself for a province
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public DivisionCode provinceCode() {
    checkedLevel();
    return prefix(DivisionLevel.PROVINCE);
  }

  /**
   * Returns the 4-digit code of the city (地级) this code belongs to.
   *
   * @return the city code, or empty for a province code; this code itself for a city
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public Optional<DivisionCode> cityCode() {
    return prefixIfBelow(DivisionLevel.CITY);
  }

  /**
   * Returns the 6-digit code of the county (县级) this code belongs to.
   *
   * @return the county code, or empty for a province or city code; this code itself for a county
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public Optional<DivisionCode> countyCode() {
    return prefixIfBelow(DivisionLevel.COUNTY);
  }

  /**
   * Returns the 9-digit code of the township this code belongs to.
   *
   * @return the township code, or empty above township level; the 9-digit form for a township
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public Optional<DivisionCode> townshipCode() {
    return prefixIfBelow(DivisionLevel.TOWNSHIP);
  }

  /**
   * Returns the last 3 digits of a village code (the part that identifies the village within its
   * township).
   *
   * @return the 3 village digits, or empty unless the level is {@link DivisionLevel#VILLAGE}
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public Optional<String> villagePart() {
    return checkedLevel() == DivisionLevel.VILLAGE
        ? Optional.of(value.substring(9))
        : Optional.empty();
  }

  /**
   * Returns the kind of township this code's township digits (positions 7–9) denote.
   *
   * @return the kind, or empty above township level; for a village code the kind of its township
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public Optional<TownshipKind> townshipKind() {
    if (checkedLevel().compareTo(DivisionLevel.TOWNSHIP) < 0) {
      return Optional.empty();
    }
    return Optional.of(TownshipKind.ofTownshipDigits(Integer.parseInt(value.substring(6, 9))));
  }

  /**
   * Returns the code of the division directly above this one, derived from the code's prefix.
   *
   * @return the parent's code (for a village its 9-digit township), or empty for a province
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public Optional<DivisionCode> parent() {
    DivisionLevel own = checkedLevel();
    if (own == DivisionLevel.PROVINCE) {
      return Optional.empty();
    }
    return Optional.of(prefix(DivisionLevel.values()[own.ordinal() - 1]));
  }

  /**
   * Returns the canonical form of the code: the 9-digit code for a township's 12-digit form, this
   * code otherwise.
   *
   * @return the canonical code, never null
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public DivisionCode canonical() {
    DivisionLevel own = checkedLevel();
    return value.length() == own.digits() ? this : prefix(own);
  }

  /**
   * Returns the province or city that a 6-digit code in GB/T 2260 summary form stands for: {@code
   * 640000} (ending {@code 0000}) stands for the province {@code 64}, {@code 640500} (ending {@code
   * 00}) for the city {@code 6405}.
   *
   * <p>The answer is about the form only. A table may hold a county whose code ends in {@code 00}
   * (the 2022 table has three: {@code 441900} 东莞市, {@code 442000} 中山市, {@code 460400} 儋州市, the
   * single county of their city); {@link DivisionTable#find(DivisionCode)} finds such a county
   * first.
   *
   * @return the 2-digit province or 4-digit city code, or empty unless this is a 6-digit code whose
   *     last 2 digits are {@code 00}
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public Optional<DivisionCode> provinceOrCityForm() {
    if (checkedLevel() != DivisionLevel.COUNTY || value.length() != 6 || !value.endsWith("00")) {
      return Optional.empty();
    }
    return Optional.of(
        value.endsWith("0000") ? prefix(DivisionLevel.PROVINCE) : prefix(DivisionLevel.CITY));
  }

  /**
   * Returns the 6-digit GB/T 2260 form of a province, city or county code: {@code 64} → {@code
   * 640000}, {@code 6405} → {@code 640500}, {@code 640502} → {@code 640502}.
   *
   * @return the 6-digit code, or empty below county level
   * @throws InvalidDivisionCodeException when this is an invalid lenient code
   */
  public Optional<DivisionCode> gbt2260Form() {
    DivisionLevel own = checkedLevel();
    if (own.compareTo(DivisionLevel.COUNTY) > 0) {
      return Optional.empty();
    }
    return Optional.of(
        own == DivisionLevel.COUNTY
            ? this
            : new DivisionCode(value + "0".repeat(6 - value.length()), DivisionLevel.COUNTY));
  }

  private Optional<DivisionCode> prefixIfBelow(DivisionLevel wanted) {
    if (checkedLevel().compareTo(wanted) < 0) {
      return Optional.empty();
    }
    return Optional.of(prefix(wanted));
  }

  private DivisionCode prefix(DivisionLevel wanted) {
    return value.length() == wanted.digits()
        ? this
        : new DivisionCode(value.substring(0, wanted.digits()), wanted);
  }

  private DivisionLevel checkedLevel() {
    if (level == null) {
      throw InvalidDivisionCodeException.notADivisionCode(value);
    }
    return level;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DivisionCode
        && ((DivisionCode) other).value.equals(value)
        && (((DivisionCode) other).level == null) == (level == null);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the code's text; division codes are not sensitive.
   *
   * @return the same as {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
