package org.shegong.core.division;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.shegong.core.ShegongException;

/**
 * Thrown when a division table cannot be loaded: a file is missing or unreadable, a row is
 * malformed, or the rows are inconsistent (duplicate code, parent that does not match the code).
 *
 * <p>Rule codes: {@value #MALFORMED_ROW} for a row that cannot be read (wrong number of fields,
 * unbalanced quotes, a code of the wrong length, an empty name, a missing header column), {@value
 * #INCONSISTENT_ROW} for a readable row that contradicts the table (duplicate code, a parent column
 * that is not the code's prefix, a parent that is not in the table), {@value #UNREADABLE_TABLE} for
 * a missing, ambiguous or unreadable file. The message starts with the rule code and names the file
 * and, for a row, its 1-based line number.
 *
 * @since 0.1.0
 */
public final class DivisionTableException extends ShegongException {

  /** The rule code of "every row of a division table file is well-formed". */
  public static final String MALFORMED_ROW = "SG-DIV-010";

  /** The rule code of "the rows of a division table are consistent with each other". */
  public static final String INCONSISTENT_ROW = "SG-DIV-011";

  /** The rule code of "each of the four division table files exists once and is readable". */
  public static final String UNREADABLE_TABLE = "SG-DIV-012";

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * Creates the exception.
   *
   * @param ruleCode one of the rule codes of this class; not null
   * @param file the name of the file concerned, for example {@code streets.csv}; not null
   * @param line the 1-based line number of the row concerned, or 0 when no row is concerned
   * @param problem what is wrong, without the rule code, file or line; not null
   * @param cause the underlying exception; may be null
   */
  public DivisionTableException(
      String ruleCode, String file, int line, String problem, @Nullable Throwable cause) {
    super(
        ruleCode,
        ruleCode
            + " "
            + Objects.requireNonNull(file, "file")
            + (line > 0 ? " line " + line : "")
            + ": "
            + Objects.requireNonNull(problem, "problem"),
        cause);
    this.file = file;
    this.line = line;
  }

  /**
   * Returns the name of the file concerned.
   *
   * @return the file name, for example {@code streets.csv} or {@code streets.csv.gz}; never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line number of the row concerned.
   *
   * @return the line number, or empty when the problem concerns a whole file
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the file and line as {@code file:line}, for reports.
   *
   * @return the location, for example {@code streets.csv:17}, or the file name alone
   */
  public String location() {
    return line().isPresent() ? file + ":" + line : file;
  }
}
