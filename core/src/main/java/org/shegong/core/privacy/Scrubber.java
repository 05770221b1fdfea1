package org.shegong.core.privacy;

import org.jspecify.annotations.Nullable;

/**
 * The last line of defence for every output channel: masks, wherever it appears in a text, any
 * substring with the shape of a citizen ID or a mobile number, whatever field it came from.
 *
 * <p>{@link Masking} masks a value whose kind is known (the {@code citizenId} field); this class
 * masks text whose content is not known — a message that quotes a reference, a JSON Pointer whose
 * key is an ID, a record id that is a phone number, a file name, an exception message — so that a
 * value typed into the wrong field never leaves Shegong raw. Issues, exceptions ({@code
 * ShegongException}), the reports of the command line and {@code coverage} all pass their text
 * through {@link #scrub(String)}.
 *
 * <p><b>What is masked.</b> Digits are the ASCII digits {@code 0–9} and the full-width digits
 * {@code ０–９}. A <em>digit run</em> is a maximal sequence of digits. A match is a whole digit run,
 * never a part of one: the character before it and the character after it are not digits (letters,
 * Chinese text, punctuation or the ends of the text may touch it, so {@code ID11010519491231002X}
 * and {@code 110105194912310021e99} are masked too). The shapes are:
 *
 * <ul>
 *   <li>a run of 18 digits, or of 17 digits followed by {@code X}/{@code x} (full-width too): a
 *       citizen ID, masked like {@link Masking#citizenId} as {@code 110105********002X};
 *   <li>a run of 15 digits: a legacy citizen ID (or a phone number with its {@code 0086} prefix),
 *       masked as {@code 1101**********2};
 *   <li>a run of 11 digits starting with {@code 1}: a mobile number, masked as {@code 138****1234};
 *       a run of 13 digits starting with {@code 861} is a mobile number with its country code
 *       written without a separator, and its last 11 digits are masked the same way ({@code
 *       +8613800001234} → {@code +86138****1234}); the prefixes {@code +86 }, {@code +86-} and
 *       {@code (+86)} are separate runs and need nothing special;
 *   <li>a mobile number written in groups of 3, 4 and 4 digits with one space or one hyphen between
 *       them (the same separator twice): {@code 138 0000 1234} → {@code 138 **** 1234}.
 * </ul>
 *
 * <p>Longer or shorter digit runs are left alone: a 20-digit record id or a 12-digit division code
 * is not personal data, and masking a part of it would make records hard to find. The shapes are
 * checked, not the check characters: a mistyped citizen ID is personal data all the same. Names
 * have no shape and cannot be found in free text; they are masked where they are known to be names
 * ({@link Masking#name}) and never echoed in full where they might be ({@link #excerpt}).
 *
 * <p><b>Cost.</b> One pass over the text with no regular expression (no backtracking) and, when
 * nothing matches, no allocation: the same {@code String} instance is returned.
 *
 * @since 0.2.0
 */
public final class Scrubber {

  private static final int ID_LENGTH = 18;
  private static final int LEGACY_ID_LENGTH = 15;
  private static final int PHONE_LENGTH = 11;
  private static final int COUNTRY_CODE_LENGTH = 2;
  private static final int EXCERPT_FULL_LIMIT = 4;

  private Scrubber() {}

  /**
   * Masks every substring of the text that has the shape of a citizen ID or a mobile number (see
   * the class description); the rest of the text is kept as it is.
   *
   * @param text the text; may be null, which gives {@code "null"} (as string concatenation would
   *     print it)
   * @return the text with those substrings masked, of the same length; the same instance when
   *     nothing was masked
   */
  public static String scrub(@Nullable String text) {
    if (text == null) {
      return "null";
    }
    int n = text.length();
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && isDigit(text.charAt(end))) {
        end++;
      }
      int len = end - i;
      int start = i;
      int matchEnd = -1;
      int keepPrefix = 0;
      int keepSuffix = 0;
      if (len == ID_LENGTH - 1 && end < n && isX(text.charAt(end))) {
        matchEnd = end + 1;
        keepPrefix = 6;
        keepSuffix = 4;
      } else if (len == ID_LENGTH) {
        matchEnd = end;
        keepPrefix = 6;
        keepSuffix = 4;
      } else if (len == LEGACY_ID_LENGTH) {
        matchEnd = end;
        keepPrefix = 4;
        keepSuffix = 1;
      } else if (len == PHONE_LENGTH && isOne(text.charAt(i))) {
        matchEnd = end;
        keepPrefix = 3;
        keepSuffix = 4;
      } else if (len == PHONE_LENGTH + COUNTRY_CODE_LENGTH
          && digit(text.charAt(i)) == 8
          && digit(text.charAt(i + 1)) == 6
          && isOne(text.charAt(i + 2))) {
        start = i + COUNTRY_CODE_LENGTH;
        matchEnd = end;
        keepPrefix = 3;
        keepSuffix = 4;
      } else if (len == 3 && isOne(text.charAt(i))) {
        matchEnd = groupedPhoneEnd(text, end);
        keepPrefix = 3;
        keepSuffix = 4;
      }
      if (matchEnd < 0) {
        i = end;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, start);
      appendMasked(out, text, start, matchEnd, keepPrefix, keepSuffix);
      copied = matchEnd;
      i = matchEnd;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  /**
   * Gives a value from the input that is not known to be safe in a form fit to be echoed in a
   * message: short plain codes in full, anything else by its first character and its length.
   *
   * <p>Messages about a value that is not what it should be (an unknown code, say) help by showing
   * the value, but the value may be anything, for example a person's name typed into the {@code
   * sex} field. A value of at most 4 characters, each an ASCII letter, digit, {@code -} or {@code
   * _}, is given in full (codes look like that, names of people do not); any other value gives its
   * first character and its length in characters: {@code Zhang San} → {@code Z…(9 chars)}, {@code
   * 张三} → {@code 张…(2 chars)}. The first character of a name is what {@link Masking#name} keeps
   * too.
   *
   * @param raw the value; may be null, which gives {@code "null"}
   * @return the value in full when it is a short plain code, otherwise its first character followed
   *     by {@code …(N chars)}
   */
  public static String excerpt(@Nullable String raw) {
    if (raw == null) {
      return "null";
    }
    int length = raw.codePointCount(0, raw.length());
    if (length <= EXCERPT_FULL_LIMIT && isPlainCode(raw)) {
      return raw;
    }
    if (length == 0) {
      return raw;
    }
    int first = raw.codePointAt(0);
    String head = isDigit((char) first) ? "*" : new String(Character.toChars(first));
    return head + "…(" + length + " chars)";
  }

  private static boolean isPlainCode(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of {@code 1xx·xxxx·xxxx} when the 3-digit run ending at {@code end} continues with the
   * same separator twice and two 4-digit runs, otherwise -1.
   */
  private static int groupedPhoneEnd(String text, int end) {
    int n = text.length();
    if (end >= n) {
      return -1;
    }
    char separator = text.charAt(end);
    if (separator != ' ' && separator != '-') {
      return -1;
    }
    int second = end + 1;
    int afterSecond = fourDigitsEnd(text, second);
    if (afterSecond < 0 || afterSecond >= n || text.charAt(afterSecond) != separator) {
      return -1;
    }
    return fourDigitsEnd(text, afterSecond + 1);
  }

  /** The end of a digit run of exactly 4 digits starting at {@code from}, otherwise -1. */
  private static int fourDigitsEnd(String text, int from) {
    int n = text.length();
    int end = from;
    while (end < n && isDigit(text.charAt(end))) {
      end++;
    }
    return end - from == 4 ? end : -1;
  }

  /**
   * Appends text[start, end) keeping the first {@code keepPrefix} and the last {@code keepSuffix}
   * digits (the check character counts as one) and replacing the other digits with {@code *};
   * separators are kept.
   */
  private static void appendMasked(
      StringBuilder out, String text, int start, int end, int keepPrefix, int keepSuffix) {
    int total = 0;
    for (int k = start; k < end; k++) {
      if (isMaskable(text.charAt(k))) {
        total++;
      }
    }
    int seen = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (!isMaskable(c)) {
        out.append(c);
        continue;
      }
      boolean kept = seen < keepPrefix || seen >= total - keepSuffix;
      out.append(kept ? c : '*');
      seen++;
    }
  }

  private static boolean isMaskable(char c) {
    return isDigit(c) || isX(c);
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static int digit(char c) {
    return c <= '9' ? c - '0' : c - '０';
  }

  private static boolean isOne(char c) {
    return c == '1' || c == '１';
  }

  private static boolean isX(char c) {
    return c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ';
  }
}
