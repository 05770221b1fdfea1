package org.shegong.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads and writes the notation of a service framework, such as {@code 1+1+5+X}.
 *
 * <p>Grammar (strict, ASCII only, no spaces):
 *
 * <pre>
 * notation    = term *( "+" term )
 * term        = fixed / variable
 * fixed       = positive                 ; 1, 5, 9: exactly that many items
 * variable    = [ coefficient ] symbol   ; X, N, 3X: zero or more items unless a minimum is declared
 * coefficient = positive, at least 2     ; 1X is written X
 * positive    = "1"-"9" *DIGIT           ; no leading zeros, at most 2147483647
 * symbol      = "A"-"Z"                  ; one upper-case letter
 * </pre>
 *
 * <p>{@link #parse(String)} and {@link #print(List)} are inverses: {@code print(parse(s))} equals
 * {@code s} for every notation that parses, and {@code parse(print(counts))} equals {@code counts}
 * for every non-empty list.
 *
 * <p>Whitespace is rejected, not skipped: the notation is also the framework's code, looked up by
 * exact comparison in a {@link FrameworkRegistry} and written in exchange files, so accepting
 * {@code "1 + 1 + 5 + X"} would give one code two spellings. The same holds for full-width {@code
 * ＋} and {@code Ｘ} and for lower-case symbols; the message gives the ASCII spelling as a hint.
 *
 * @since 0.1.0
 */
public final class FrameworkNotation {

  private FrameworkNotation() {}

  /**
   * Reads a notation into its ordered list of slot counts.
   *
   * @param notation the notation, for example {@code "1+1+5+X"}; not null
   * @return the counts, one per term in order; an unmodifiable non-empty list, never null
   * @throws FrameworkNotationException ({@code SG-FWK-001}) when the notation is malformed; the
   *     message names the position and the problem
   */
  public static List<SlotCount> parse(String notation) {
    Objects.requireNonNull(notation, "notation");
    int[] cps = notation.codePoints().toArray();
    if (cps.length == 0) {
      throw new FrameworkNotationException(
          notation, 1, "the notation is empty; expected a term such as 1 or X");
    }
    List<SlotCount> counts = new ArrayList<>();
    int termStart = 0;
    for (int i = 0; i <= cps.length; i++) {
      if (i < cps.length && cps[i] != '+') {
        continue;
      }
      if (i == termStart) {
        if (i == 0) {
          throw new FrameworkNotationException(
              notation, 1, "the notation starts with '+'; expected a term before it");
        }
        if (i == cps.length) {
          throw new FrameworkNotationException(
              notation, i, "the notation ends with '+'; expected a term after it");
        }
        throw new FrameworkNotationException(
            notation, i + 1, "empty term: two '+' with no term between them");
      }
      counts.add(term(notation, cps, termStart, i));
      termStart = i + 1;
    }
    return List.copyOf(counts);
  }

  /**
   * Writes an ordered list of slot counts as a notation.
   *
   * @param counts the counts in slot order; not null, not empty, no null element
   * @return the notation, for example {@code "1+1+5+X"}; never null
   * @throws FrameworkNotationException ({@code SG-FWK-001}) when the list is empty, since a
   *     notation has at least one term
   */
  public static String print(List<SlotCount> counts) {
    Objects.requireNonNull(counts, "counts");
    if (counts.isEmpty()) {
      throw new FrameworkNotationException(
          "", 1, "a notation has at least one term; the list of counts is empty");
    }
    return counts.stream()
        .map(count -> Objects.requireNonNull(count, "counts contains null").notation())
        .collect(Collectors.joining("+"));
  }

  /** Reads the term {@code cps[from, to)} (non-empty); positions in messages are 1-based. */
  private static SlotCount term(String notation, int[] cps, int from, int to) {
    int digitsEnd = from;
    for (int i = from; i < to; i++) {
      int cp = cps[i];
      int position = i + 1;
      if (cp >= '0' && cp <= '9') {
        if (digitsEnd < i) {
          throw new FrameworkNotationException(
              notation,
              position,
              "digit '"
                  + (char) cp
                  + "' after the symbol; a term is a number, a letter, or a number followed by a"
                  + " letter (3X)");
        }
        digitsEnd = i + 1;
      } else if (cp >= 'A' && cp <= 'Z') {
        if (i > digitsEnd) {
          throw new FrameworkNotationException(
              notation,
              position,
              "second letter '" + (char) cp + "'; a symbol is one upper-case letter such as X");
        }
      } else {
        throw new FrameworkNotationException(notation, position, badCharacter(cp));
      }
    }
    boolean hasSymbol = digitsEnd < to;
    if (digitsEnd == from) {
      return SlotCount.variable(String.valueOf((char) cps[from]));
    }
    String symbol = hasSymbol ? String.valueOf((char) cps[to - 1]) : "";
    String digits = new String(cps, from, digitsEnd - from);
    if (digits.charAt(0) == '0') {
      if (digits.length() > 1) {
        throw new FrameworkNotationException(
            notation,
            from + 1,
            "leading zero in '" + digits + symbol + "'; write numbers without leading zeros");
      }
      throw new FrameworkNotationException(
          notation,
          from + 1,
          hasSymbol
              ? "coefficient 0 in '0" + symbol + "'; a coefficient is at least 2"
              : "count 0; a fixed count is at least 1 (a slot that may be empty is a variable X)");
    }
    long value = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (value > Integer.MAX_VALUE) {
      throw new FrameworkNotationException(
          notation, from + 1, "number " + digits + " is too large; at most " + Integer.MAX_VALUE);
    }
    if (!hasSymbol) {
      return SlotCount.fixed((int) value);
    }
    if (value == 1) {
      throw new FrameworkNotationException(
          notation,
          from + 1,
          "coefficient 1 in '1" + symbol + "' is not written; write '" + symbol + "'");
    }
    return SlotCount.variable((int) value, symbol);
  }

  private static String badCharacter(int cp) {
    String shown = "'" + new String(Character.toChars(cp)) + "' (U+" + hex(cp) + ")";
    if (cp == '＋') {
      return "full-width plus " + shown + "; use the ASCII '+'";
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return "whitespace (U+"
          + hex(cp)
          + "); write the notation without spaces, for example 1+1+5+X";
    }
    if (cp >= 'a' && cp <= 'z') {
      return "lower-case letter '"
          + (char) cp
          + "'; a symbol is an upper-case letter, write '"
          + Character.toUpperCase((char) cp)
          + "'";
    }
    if (cp >= 0xFF10 && cp <= 0xFF19) {
      return "full-width digit " + shown + "; use the ASCII digit '" + (char) (cp - 0xFEE0) + "'";
    }
    if (cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A) {
      char ascii = Character.toUpperCase((char) (cp - 0xFEE0));
      return "full-width letter " + shown + "; use the ASCII upper-case letter '" + ascii + "'";
    }
    if (cp > 0x7F) {
      return "non-ASCII character "
          + shown
          + "; a term is ASCII digits and/or one upper-case letter A-Z";
    }
    if (Character.isISOControl(cp)) {
      return "control character (U+" + hex(cp) + "); a term is digits and/or one letter A-Z";
    }
    return "unexpected character "
        + shown
        + "; terms are separated by '+' and are digits and/or one letter A-Z";
  }

  private static String hex(int cp) {
    return String.format("%04X", cp);
  }
}
