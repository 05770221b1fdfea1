package org.shegong.core.privacy;

/**
 * Masks sensitive values for messages, logs, reports and {@code toString()}.
 *
 * <p>Every method is null-safe: {@code null} becomes the text {@code "null"} (as string
 * concatenation would print it), so masking can be used while building any message without a null
 * check and never throws. The empty string stays empty. Masking works on Unicode code points, so a
 * character outside the Basic Multilingual Plane (for example 𠮷 in a name) counts as one character
 * and is never split. One {@code *} replaces each hidden character, so the masked text has as many
 * characters as the input.
 *
 * <p>Values are masked as given: masking does not trim or normalise them. Values of the expected
 * length are masked in the usual Chinese way ({@code 110105********002X}, {@code 138****1234},
 * {@code 张**}); values of any other length fall back to a safe rule that reveals at most a third of
 * the characters.
 *
 * <p>Unified social credit codes (统一社会信用代码) identify organisations, are public, and are not masked.
 *
 * @since 0.1.0
 */
public final class Masking {

  private static final int CITIZEN_ID_LENGTH = 18;
  private static final int CITIZEN_ID_KEPT_PREFIX = 6;
  private static final int CITIZEN_ID_KEPT_SUFFIX = 4;

  /**
   * Index of the first character after the widest birth-date region: characters 7–14 (indexes 6–13)
   * hold the birth date of an 18-character number and contain the birth date (characters 7–12) of a
   * legacy 15-digit number.
   */
  private static final int CITIZEN_ID_BIRTH_DATE_END = 14;

  private static final int PHONE_LENGTH = 11;
  private static final int PHONE_KEPT_PREFIX = 3;
  private static final int PHONE_KEPT_SUFFIX = 4;

  private Masking() {}

  /**
   * Masks a citizen ID number (公民身份号码).
   *
   * <p>An 18-character value keeps its first 6 characters (the address code) and its last 4 (the
   * sequence and check character): {@code 11010519491231002X} → {@code 110105********002X}. Any
   * other length reveals at most a third of the characters (rounded down) and never a character in
   * positions 7–14, where the birth date of an 18- or 15-character number lies: at most the first 6
   * characters and, of those after position 14, at most the last 4. A legacy 15-digit number {@code
   * 110105491231002} becomes {@code 1101**********2}.
   *
   * @param raw the value to mask, as given; may be null
   * @return the masked value with the same number of characters, or {@code "null"} for null
   */
  public static String citizenId(String raw) {
    if (raw == null) {
      return "null";
    }
    int[] cp = raw.codePoints().toArray();
    int n = cp.length;
    if (n == CITIZEN_ID_LENGTH) {
      return keep(cp, CITIZEN_ID_KEPT_PREFIX, CITIZEN_ID_KEPT_SUFFIX);
    }
    int budget = n / 3;
    int suffix =
        Math.min(
            Math.min(Math.max(0, n - CITIZEN_ID_BIRTH_DATE_END), CITIZEN_ID_KEPT_SUFFIX),
            budget / 2);
    int prefix = Math.min(CITIZEN_ID_KEPT_PREFIX, budget - suffix);
    return keep(cp, prefix, suffix);
  }

  /**
   * Masks a mobile phone number.
   *
   * <p>An 11-character value keeps its first 3 and last 4 characters: {@code 13800001234} → {@code
   * 138****1234}. Any other length (for example an unnormalised {@code +86…} value) reveals at most
   * a third of the characters (rounded down): at most the first 3 and the last 4.
   *
   * @param raw the value to mask, as given; may be null
   * @return the masked value with the same number of characters, or {@code "null"} for null
   */
  public static String phone(String raw) {
    if (raw == null) {
      return "null";
    }
    int[] cp = raw.codePoints().toArray();
    int n = cp.length;
    if (n == PHONE_LENGTH) {
      return keep(cp, PHONE_KEPT_PREFIX, PHONE_KEPT_SUFFIX);
    }
    int budget = n / 3;
    int prefix = Math.min(PHONE_KEPT_PREFIX, budget / 2);
    int suffix = Math.min(PHONE_KEPT_SUFFIX, budget - prefix);
    return keep(cp, prefix, suffix);
  }

  /**
   * Masks a date of birth: keeps the year and hides month and day, {@code 2012-06-15} → {@code
   * 2012-**-**}.
   *
   * <p>A birth date next to a masked citizen ID ({@code 640502********0013}) would give back the
   * whole ID, whose hidden digits are exactly the birth date; the year alone does not. Text that is
   * not an ISO date is fully redacted.
   *
   * @param raw the date as {@code yyyy-MM-dd}; may be null
   * @return the masked date, {@code ***} for other text, or {@code "null"} for null
   */
  public static String birthDate(String raw) {
    if (raw == null) {
      return "null";
    }
    return raw.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? raw.substring(0, 4) + "-**-**" : "***";
  }

  /**
   * Masks a person's name: keeps the first character and replaces every other one with {@code *}.
   *
   * <p>{@code 张三} → {@code 张*}, {@code 张三丰} → {@code 张**}, {@code 欧阳娜娜} → {@code 欧***}. A
   * single-character name becomes {@code *}: keeping its only character would reveal the whole
   * name.
   *
   * @param raw the name to mask, as given; may be null
   * @return the masked name with the same number of characters, or {@code "null"} for null
   */
  public static String name(String raw) {
    if (raw == null) {
      return "null";
    }
    int[] cp = raw.codePoints().toArray();
    return keep(cp, cp.length > 1 ? 1 : 0, 0);
  }

  private static String keep(int[] cp, int prefix, int suffix) {
    StringBuilder out = new StringBuilder(cp.length + 2);
    for (int i = 0; i < cp.length; i++) {
      if (i < prefix || i >= cp.length - suffix) {
        out.appendCodePoint(cp[i]);
      } else {
        out.append('*');
      }
    }
    return out.toString();
  }
}
