package org.shegong.examples.identifiers;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.shegong.core.division.Division;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.IdentifierDefect;
import org.shegong.core.id.MobileNumber;
import org.shegong.examples.ExampleData;

/**
 * Reads lines of {@code <kind> <value>} and prints, for each, the masked value and a verdict: valid
 * (with what the identifier tells) or invalid (with the rule codes broken).
 *
 * <p>Uses only the public API of {@code shegong-core}: the lenient factories keep malformed values
 * so that every problem is reported instead of stopping at the first.
 *
 * @since 0.1.0
 */
public final class CheckIdentifiers {

  private final LocalDate asOf;
  private final DivisionTable divisions;

  /**
   * Creates a checker.
   *
   * @param asOf the reference date for birth dates and ages; not null
   * @param divisions the division table to look codes up in; not null
   */
  public CheckIdentifiers(LocalDate asOf, DivisionTable divisions) {
    this.asOf = asOf;
    this.divisions = divisions;
  }

  /**
   * Checks one line and returns the verdict to print.
   *
   * @param line {@code <kind> <value>}, where kind is citizenId, creditCode, mobile or division;
   *     not null
   * @return one line of text, never containing a raw citizen ID or phone number
   */
  public String check(String line) {
    String trimmed = line.strip();
    int space = trimmed.indexOf(' ');
    if (space < 0) {
      return "?          " + "(no value) expected '<kind> <value>'";
    }
    String kind = trimmed.substring(0, space);
    String value = trimmed.substring(space + 1).strip();
    return switch (kind) {
      case "citizenId" -> citizenId(value);
      case "creditCode" -> creditCode(value);
      case "mobile" -> mobile(value);
      case "division" -> division(value);
      default ->
          String.format("%-10s unknown kind; use citizenId, creditCode, mobile or division", kind);
    };
  }

  private String citizenId(String value) {
    CitizenId id = CitizenId.lenient(value, asOf);
    if (!id.isValid()) {
      return verdict("citizenId", id.masked(), "INVALID  " + describe(id.defects()));
    }
    String legacy =
        id.wasLegacy()
            ? "  (legacy 15-digit number converted: " + describe(id.defects()) + ")"
            : "";
    return verdict(
        "citizenId",
        id.masked(),
        "valid    " + id.sex().labelEn() + ", aged " + id.ageOn(asOf) + " on " + asOf + legacy);
  }

  private String creditCode(String value) {
    CreditCode code = CreditCode.lenient(value);
    if (!code.isValid()) {
      return verdict("creditCode", code.masked(), "INVALID  " + describe(code.defects()));
    }
    return verdict(
        "creditCode",
        code.masked(),
        "valid    "
            + code.registrationAuthority().labelEn()
            + " / "
            + code.institutionKind().labelEn()
            + ", registered in "
            + divisions.find(code.divisionCode()).map(Division::name).orElse(code.divisionCode()));
  }

  private String mobile(String value) {
    MobileNumber number = MobileNumber.lenient(value);
    return verdict(
        "mobile",
        number.masked(),
        number.isValid() ? "valid" : "INVALID  " + describe(number.defects()));
  }

  private String division(String value) {
    DivisionCode code = DivisionCode.lenient(value);
    if (!code.isValid()) {
      return verdict("division", value, "INVALID  SG-DIV-001 not 6, 9 or 12 digits");
    }
    if (divisions.find(code).isEmpty() && !divisions.isPlausibleVillage(code)) {
      return verdict(
          "division", value, "UNKNOWN  not in the division table, vintage " + divisions.vintage());
    }
    String chain =
        divisions.parentChain(code).stream().map(Division::name).collect(Collectors.joining(" < "));
    String self = divisions.find(code).map(Division::name).orElse("village/community (村/居) of");
    return verdict(
        "division",
        value,
        "valid    " + code.level() + ": " + self + (chain.isEmpty() ? "" : " < " + chain));
  }

  private static String describe(List<IdentifierDefect> defects) {
    return defects.stream()
        .map(d -> d.ruleCode() + " " + d.descriptionEn())
        .collect(Collectors.joining("; "));
  }

  private static String verdict(String kind, String shown, String verdict) {
    return String.format("%-10s %-20s %s", kind, shown, verdict);
  }

  /**
   * Checks every line of a file (blank lines and {@code #} comments skipped) and prints verdicts.
   *
   * @param args the file to read, defaults to {@code examples/data/identifiers.txt}; then the
   *     reference date, defaults to today
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : ExampleData.file("identifiers.txt");
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
    run(file, asOf, System.out);
  }

  /**
   * Checks every line of a file and prints the verdicts.
   *
   * @param file the file to read; not null
   * @param asOf the reference date; not null
   * @param out where to print; not null
   * @throws IOException when the file cannot be read
   */
  public static void run(Path file, LocalDate asOf, PrintStream out) throws IOException {
    DivisionTable table = DivisionTable.bundled();
    CheckIdentifiers checker = new CheckIdentifiers(asOf, table);
    out.println(
        "Checking " + file + " as of " + asOf + " (division table " + table.vintage() + ")");
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        out.println(checker.check(line));
      }
    }
  }
}
