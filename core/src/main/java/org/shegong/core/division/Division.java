package org.shegong.core.division;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One administrative division of a {@link DivisionTable}: its canonical code, its name and its
 * level.
 *
 * <p>The code is always in canonical form (2, 4, 6 or 9 digits; a township found by its 12-digit
 * form has its 9-digit code). The parent is derived from the code's prefix, which the table checks
 * when it loads. Villages are never divisions of a table. Instances are immutable and thread-safe;
 * two divisions are equal when code and name are equal.
 *
 * @since 0.1.0
 */
public final class Division {

  private final DivisionCode code;
  private final String name;

  private Division(DivisionCode code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * Returns a division with the given code and name, for example to build test data.
   *
   * @param code the code, which must be valid and canonical (2, 4, 6 or 9 digits); not null
   * @param name the official name, for example {@code 滨河镇}; not null or blank
   * @return the division, never null
   * @throws IllegalArgumentException when the code is a village code, or not canonical, or the name
   *     is blank
   * @throws InvalidDivisionCodeException when the code is an invalid lenient code
   */
  public static Division of(DivisionCode code, String name) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.level() == DivisionLevel.VILLAGE || !code.canonical().equals(code)) {
      throw new IllegalArgumentException(
          "a division needs a canonical code of 2, 4, 6 or 9 digits: " + code);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("a division needs a name: " + code);
    }
    return new Division(code, name);
  }

  /** Creates a division from table data the caller has already checked. */
  static Division trusted(DivisionCode code, String name) {
    return new Division(code, name);
  }

  /**
   * Returns the canonical code of the division.
   *
   * @return the code (2, 4, 6 or 9 digits), never null
   */
  public DivisionCode code() {
    return code;
  }

  /**
   * Returns the official name, as in the table.
   *
   * @return the name, for example {@code 滨河镇}; never null or blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns the level of the division.
   *
   * @return the level: {@link DivisionLevel#PROVINCE} to {@link DivisionLevel#TOWNSHIP}, never
   *     {@link DivisionLevel#VILLAGE}
   */
  public DivisionLevel level() {
    return code.level();
  }

  /**
   * Returns the kind of a township-level division.
   *
   * @return the kind for a township, empty for the other levels
   */
  public Optional<TownshipKind> townshipKind() {
    return code.townshipKind();
  }

  /**
   * Returns the code of the division directly above this one.
   *
   * @return the parent's code, or empty for a province
   */
  public Optional<DivisionCode> parentCode() {
    return code.parent();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Division
        && ((Division) other).code.equals(code)
        && ((Division) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + name.hashCode();
  }

  /**
   * Returns the code and name, for example {@code 640502100 滨河镇}.
   *
   * @return the code, a space and the name
   */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
