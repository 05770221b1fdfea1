package org.shegong.serialization.internal;

import org.shegong.core.message.LocalizedText;

/**
 * The formats that SG-STR-006 names, and what it says was found instead, in words of the message's
 * language: a value that might be personal is never quoted in full.
 *
 * @since 0.1.0
 */
public final class Formats {

  /** A JSON integer that fits a Java {@code int}. */
  public static final LocalizedText INTEGER =
      new LocalizedText(
          "-2147483648 至 2147483647 之间的整数", "an integer from -2147483648 to 2147483647");

  /** An ISO-8601 date. */
  public static final LocalizedText DATE =
      new LocalizedText("格式为“yyyy-MM-dd”的日期", "a date yyyy-MM-dd");

  /** An amount of yuan. */
  public static final LocalizedText MONEY =
      new LocalizedText(
          "以元为单位、最多两位小数的十进制字符串", "a decimal string of yuan with at most two fraction digits");

  /** A header's record count. */
  public static final LocalizedText COUNT = new LocalizedText("不小于 0 的整数", "a count from 0");

  /** A header's timestamp. */
  public static final LocalizedText TIMESTAMP =
      new LocalizedText(
          "带时区偏移的时间戳（如“2024-06-24T10:00:00+08:00”）",
          "a timestamp with offset, e.g. 2024-06-24T10:00:00+08:00");

  private Formats() {}

  /**
   * Says what was found, showing the value only by its shape (digits as {@code 9}, letters as
   * {@code *}) unless it is shaped like a code ({@link Pointers#echoCode}): a word in a date or
   * number field is as likely a name typed into the wrong column as a mistake, so it is never
   * shown.
   *
   * @param value the value read; not null
   * @return the phrase, never null
   */
  public static LocalizedText found(String value) {
    String shape = Pointers.echoCode(value);
    return new LocalizedText("实为“" + shape + "”", "found '" + shape + "'");
  }

  /**
   * Says in words what is wrong with an amount, without quoting it: how many fraction digits it
   * has, which character is not allowed, or that it is not a decimal number.
   *
   * @param value the amount as read; not null
   * @return the phrase, never null
   */
  public static LocalizedText foundAmount(String value) {
    String digits = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
    int point = digits.indexOf('.');
    boolean wellFormed = !digits.isEmpty() && digits.indexOf('.', point + 1) < 0;
    for (int i = 0; wellFormed && i < digits.length(); i++) {
      char c = digits.charAt(i);
      wellFormed = (c >= '0' && c <= '9') || i == point;
    }
    if (wellFormed && point >= 0 && point > 0 && digits.length() - point - 1 > 2) {
      int fraction = digits.length() - point - 1;
      return new LocalizedText("实有 " + fraction + " 位小数", "found " + fraction + " fraction digits");
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      boolean allowed = (c >= '0' && c <= '9') || c == '.';
      if (!allowed && c < 128 && !Character.isLetterOrDigit(c)) {
        return new LocalizedText("含有不允许的字符“" + c + "”", "it contains the character '" + c + "'");
      }
    }
    return new LocalizedText("实为非十进制数的文本", "found text that is not a decimal number");
  }
}
