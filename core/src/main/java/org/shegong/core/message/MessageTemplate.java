package org.shegong.core.message;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A message template with named placeholders and plural forms: the one way every Shegong module
 * writes a text for people.
 *
 * <p>The syntax is a small subset of ICU MessageFormat:
 *
 * <ul>
 *   <li>{@code {name}} is replaced by the argument {@code name} ({@link String#valueOf(Object)});
 *   <li>{@code {name, plural, one {# day} other {# days}}} chooses a form by the argument, which
 *       must be a whole number: {@code =N} matches exactly N, {@code one} matches 1, {@code other}
 *       (required) matches everything else; {@code #} in the chosen form is the number;
 *   <li>forms may hold placeholders of their own; anything else is literal text — a {@code {} not
 *       followed by a letter, or a {@code }} outside a placeholder, is written as it stands.
 * </ul>
 *
 * <p>Arguments are inserted as given: callers mask values that come from input (citizen IDs, phone
 * numbers, names) before they pass them. Chinese templates have no plural forms and simply write
 * {@code {days}天}. Immutable and thread-safe; compile a template once and keep it.
 *
 * <pre>{@code
 * MessageTemplate overdue = MessageTemplate.of("{days, plural, one {# day} other {# days}} overdue");
 * overdue.format(Map.of("days", 1));   // "1 day overdue"
 * overdue.format(Map.of("days", 3));   // "3 days overdue"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MessageTemplate {

  private final String pattern;
  private final List<Part> parts;
  private final Set<String> placeholders;

  private MessageTemplate(String pattern, List<Part> parts, Set<String> placeholders) {
    this.pattern = pattern;
    this.parts = parts;
    this.placeholders = placeholders;
  }

  /**
   * Compiles a template.
   *
   * @param pattern the template text; not null
   * @return the template, never null
   * @throws IllegalArgumentException when a placeholder is not closed or a plural lacks its {@code
   *     other} form
   */
  public static MessageTemplate of(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    Parser parser = new Parser(pattern);
    List<Part> parts = parser.parts(false);
    return new MessageTemplate(
        pattern, List.copyOf(parts), Collections.unmodifiableSet(new TreeSet<>(parser.names)));
  }

  /**
   * Returns the template text as given.
   *
   * @return the pattern, never null
   */
  public String pattern() {
    return pattern;
  }

  /**
   * Returns the names of the arguments the template uses, including those of plural forms.
   *
   * @return the names, sorted, never null
   */
  public Set<String> placeholders() {
    return placeholders;
  }

  /**
   * Writes the message.
   *
   * @param arguments a value for every placeholder (a whole number for a plural), already masked
   *     where sensitive; not null; extra entries are ignored
   * @return the message, never null
   * @throws IllegalArgumentException when an argument is missing or a plural's is not a whole
   *     number
   */
  public String format(Map<String, ?> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (Part part : parts) {
      part.append(out, arguments, null);
    }
    return out.toString();
  }

  /**
   * Starts a map of arguments, for calls with more arguments than {@link Map#of} takes.
   *
   * @return a new, modifiable map that keeps insertion order, never null
   */
  public static Map<String, Object> arguments() {
    return new LinkedHashMap<>();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageTemplate o && pattern.equals(o.pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }

  // ------------------------------------------------------------------ parts

  private interface Part {
    void append(StringBuilder out, Map<String, ?> arguments, @Nullable Long number);
  }

  private record Literal(String text) implements Part {
    @Override
    public void append(StringBuilder out, Map<String, ?> arguments, @Nullable Long number) {
      out.append(text);
    }
  }

  private record Pound() implements Part {
    @Override
    public void append(StringBuilder out, Map<String, ?> arguments, @Nullable Long number) {
      out.append(number);
    }
  }

  private record Argument(String name) implements Part {
    @Override
    public void append(StringBuilder out, Map<String, ?> arguments, @Nullable Long number) {
      out.append(String.valueOf(value(arguments, name)));
    }
  }

  private record Plural(
      String name, Map<Long, List<Part>> exact, @Nullable List<Part> one, List<Part> other)
      implements Part {
    @Override
    public void append(StringBuilder out, Map<String, ?> arguments, @Nullable Long number) {
      long n = wholeNumber(name, value(arguments, name));
      @Nullable List<Part> form = exact.get(n);
      if (form == null) {
        form = n == 1 && one != null ? one : other;
      }
      for (Part part : form) {
        part.append(out, arguments, n);
      }
    }
  }

  private static @Nullable Object value(Map<String, ?> arguments, String name) {
    if (!arguments.containsKey(name)) {
      throw new IllegalArgumentException("the message needs an argument '" + name + "'");
    }
    return arguments.get(name);
  }

  private static long wholeNumber(String name, @Nullable Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    if (value instanceof BigDecimal decimal) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException notWhole) {
        // reported below
      }
    }
    throw new IllegalArgumentException(
        "the plural argument '" + name + "' must be a whole number, got a " + typeOf(value));
  }

  private static String typeOf(@Nullable Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }

  // ------------------------------------------------------------------ parser

  private static final class Parser {
    private final String text;
    private int pos;
    private final Set<String> names = new TreeSet<>();

    Parser(String text) {
      this.text = text;
    }

    /** Reads parts up to the end, or up to the closing brace of a plural form. */
    List<Part> parts(boolean inForm) {
      List<Part> parts = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '{' && pos + 1 < text.length() && isLetter(text.charAt(pos + 1))) {
          flush(literal, parts);
          pos++;
          parts.add(placeholder());
        } else if (inForm && c == '}') {
          break;
        } else if (inForm && c == '#') {
          flush(literal, parts);
          parts.add(new Pound());
          pos++;
        } else {
          literal.append(c);
          pos++;
        }
      }
      flush(literal, parts);
      return parts;
    }

    private Part placeholder() {
      int start = pos;
      String name = identifier();
      names.add(name);
      spaces();
      if (peek() == '}') {
        pos++;
        return new Argument(name);
      }
      expect(',', start);
      spaces();
      String kind = identifier();
      if (!kind.equals("plural")) {
        throw error("unknown placeholder kind '" + kind + "' (only plural is known)", start);
      }
      spaces();
      expect(',', start);
      Map<Long, List<Part>> exact = new LinkedHashMap<>();
      @Nullable List<Part> one = null;
      @Nullable List<Part> other = null;
      while (true) {
        spaces();
        if (peek() == '}') {
          pos++;
          break;
        }
        String selector = selector(start);
        spaces();
        expect('{', start);
        List<Part> form = List.copyOf(parts(true));
        expect('}', start);
        if (selector.startsWith("=")) {
          exact.put(Long.parseLong(selector.substring(1)), form);
        } else if (selector.equals("one")) {
          one = form;
        } else if (selector.equals("other")) {
          other = form;
        } else {
          throw error("unknown plural selector '" + selector + "' (=N, one, other)", start);
        }
      }
      if (other == null) {
        throw error("the plural of '" + name + "' has no 'other' form", start);
      }
      return new Plural(name, Map.copyOf(exact), one, other);
    }

    private String selector(int start) {
      int from = pos;
      if (peek() == '=') {
        pos++;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          pos++;
        }
        if (pos == from + 1) {
          throw error("'=' in a plural must be followed by a number", start);
        }
        return text.substring(from, pos);
      }
      return identifier();
    }

    private String identifier() {
      int from = pos;
      while (pos < text.length() && (isLetter(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
        pos++;
      }
      if (pos == from) {
        throw error("a name is expected", from);
      }
      return text.substring(from, pos);
    }

    private void spaces() {
      while (pos < text.length() && text.charAt(pos) == ' ') {
        pos++;
      }
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c, int start) {
      if (peek() != c) {
        throw error("'" + c + "' is expected at position " + pos, start);
      }
      pos++;
    }

    private IllegalArgumentException error(String what, int start) {
      return new IllegalArgumentException(
          "malformed message template, placeholder at position " + (start - 1) + ": " + what);
    }

    private static boolean isLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }
  }
}
