package org.shegong.core.code;

/**
 * The level of division code a station's {@code divisionCode} must have, per the exchange format.
 *
 * <p>Returned by {@link StationLevel#requiredDivisionLevel()}. This type only names the levels; the
 * division codes themselves are checked elsewhere.
 *
 * @since 0.1.0
 */
public enum RequiredDivisionLevel {
  /** County level (县级): a 6-digit GB/T 2260 code. */
  COUNTY,
  /** Township level (乡级): a 9-digit township code, or a 12-digit code ending in {@code 000}. */
  TOWNSHIP,
  /** Village level (村级): a 12-digit village or community code. */
  VILLAGE,
  /**
   * Any level: the exchange format does not fix the level, so any valid division code is allowed.
   */
  ANY
}
