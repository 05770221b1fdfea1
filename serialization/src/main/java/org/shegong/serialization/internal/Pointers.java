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
   * Shortens a value echoed in a message to at most 40 characters; never used for sensitive values,
   * which are masked instead.
   *
   * @param text the value; not null
   * @return the value or its first 40 characters followed by {@code …}
   */
  public static String echo(String text) {
    return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
  }
}
