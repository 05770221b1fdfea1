package org.shegong.serialization.internal;

/**
 * JSON Pointer (RFC 6901) and message helpers.
 *
 * @since 0.1.0
 */
public final class Pointers {

  private static final int MAX_ECHO = 40;

  private Pointers() {}

  /**
   * Appends a member name to a pointer, escaping {@code ~} and {@code /}.
   *
   * @param parent the parent pointer ({@code ""} for the root); not null
   * @param name the member name; not null
   * @return the child pointer, never null
   */
  public static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + '/' + name;
    }
    return parent + '/' + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends an array index to a pointer.
   *
   * @param parent the parent pointer; not null
   * @param index the index
   * @return the child pointer, never null
   */
  public static String child(String parent, int index) {
    return parent + '/' + index;
  }

  /**
   * Returns a value from the input in a form safe to put into a message: data in the wrong field
   * may be a citizen ID, a phone number or a name, so only code-like values are echoed as they are.
   *
   * <p>A value of ASCII letters and {@code _} only, or of at most five digits and dots, is echoed
   * (a code such as {@code TIER_5}, {@code 7} or {@code 2.0}); any other value is shown by its
   * shape: digits become {@code 9}, letters become {@code *}, other characters stay ({@code
   * 2015/03/12} → {@code 9999/99/99}). At most 40 characters are shown.
   *
   * @param text the value; not null
   * @return the safe form, never null
   */
  public static String echo(String text) {
    String shown = text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO);
    String suffix = text.length() <= MAX_ECHO ? "" : "…";
    if (isCodeLike(shown)) {
      return shown + suffix;
    }
    return shape(text);
  }

  /**
   * Returns a value read where a code was expected in a form safe to put into a message. Stricter
   * than {@link #echo(String)}: a word of letters there is as likely a name typed into the wrong
   * field as a mistyped code, so only values shaped like this project's codes are shown as they are
   * — at most two characters ({@code M}), digits and dots ({@code 7}, {@code 2.0}, at most five),
   * or upper-case letters with an {@code _} or a digit ({@code TIER_5}, {@code TOWNSHIP_STATION});
   * anything else is shown by its shape ({@code Zhang San} → {@code ***** ***}).
   *
   * @param text the value; not null
   * @return the safe form, never null
   */
  public static String echoCode(String text) {
    if (text.length() <= MAX_ECHO && isCodeShaped(text)) {
      return text;
    }
    return shape(text);
  }

  private static boolean isCodeShaped(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (text.length() <= 2) {
      return text.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }
    boolean upper = true;
    boolean marked = false;
    boolean letter = false;
    boolean digits = text.length() <= 5;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      upper &= (c >= 'A' && c <= 'Z') || digit || c == '_';
      letter |= c >= 'A' && c <= 'Z';
      marked |= digit || c == '_';
      digits &= digit || c == '.';
    }
    // a long run of digits is never a code: it may be an ID or a phone number
    return digits || (upper && marked && letter);
  }

  private static String shape(String text) {
    String shown = text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO);
    String suffix = text.length() <= MAX_ECHO ? "" : "…";
    StringBuilder shape = new StringBuilder(shown.length() + 1);
    shown
        .codePoints()
        .forEach(
            c -> {
              if (c >= '0' && c <= '9') {
                shape.append('9');
              } else if (Character.isLetter(c)) {
                shape.append('*');
              } else {
                shape.appendCodePoint(c);
              }
            });
    return shape.append(suffix).toString();
  }

  private static boolean isCodeLike(String text) {
    boolean letters = true;
    boolean digits = text.length() <= 5;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      letters &= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      digits &= (c >= '0' && c <= '9') || c == '.';
    }
    return !text.isEmpty() && (letters || digits);
  }
}
