package org.shegong.validation.internal.engine;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Converts Hibernate Validator property paths into JSON Pointers (RFC 6901) with the exchange
 * format's field names.
 *
 * <p>Property nodes contribute their name; the index (or key) a node carries — the position of the
 * element in the container before it, as in {@code visits[2].on} — contributes a segment before the
 * name; container element nodes ({@code <list element>}, the element of an {@code Optional}) and
 * bean nodes contribute no name of their own. So {@code visits[2].on} becomes {@code /visits/2/on},
 * {@code workerIds[1].<list element>} becomes {@code /workerIds/1}, and a constraint on the element
 * of {@code Optional<LocalDate> birthDate} becomes {@code /birthDate}.
 *
 * @since 0.1.0
 */
public final class JsonPointers {

  private JsonPointers() {}

  /**
   * Returns the JSON Pointer of a property path.
   *
   * @param path the path; not null
   * @return the pointer, {@code ""} for the root
   */
  public static String of(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        out.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        appendSegment(out, String.valueOf(node.getKey()));
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        appendSegment(out, node.getName());
      }
    }
    return out.toString();
  }

  /**
   * Returns the JSON Pointer of a path given as field names and list indexes.
   *
   * @param path field names ({@code String}) and indexes ({@code Integer}); may be empty
   * @return the pointer, {@code ""} for an empty path
   */
  public static String of(Object... path) {
    StringBuilder out = new StringBuilder();
    for (Object segment : path) {
      appendSegment(out, String.valueOf(segment));
    }
    return out.toString();
  }

  /**
   * Returns the field names of a pointer joined by dots, without indexes, for messages: {@code
   * /visits/2/on} gives {@code visits.on}.
   *
   * @param pointer a JSON Pointer; not null
   * @return the dotted field name, {@code ""} for the root
   */
  public static String fieldName(String pointer) {
    StringBuilder out = new StringBuilder();
    int start = 1;
    while (start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      String segment = unescape(pointer.substring(start, end));
      if (!segment.isEmpty() && !isIndex(segment)) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment);
      }
      start = end + 1;
    }
    return out.toString();
  }

  /**
   * Appends one escaped segment ({@code ~} as {@code ~0}, {@code /} as {@code ~1}) to a pointer.
   *
   * @param pointer the pointer being built; not null
   * @param segment the raw segment; not null
   */
  public static void appendSegment(StringBuilder pointer, String segment) {
    pointer.append('/');
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '~') {
        pointer.append("~0");
      } else if (c == '/') {
        pointer.append("~1");
      } else {
        pointer.append(c);
      }
    }
  }

  private static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }

  private static boolean isIndex(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
