package org.shegong.validation.internal.constraints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CitizenIdDefect;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.IdentifierDefect;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.privacy.Masking;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.Localized;
import org.shegong.validation.internal.rules.ValidationRules;

/**
 * The identifier and division-code rules as findings: core's lenient value types find the defects,
 * this class names them with masked values. Shared by the public constraints (on strings) and the
 * model's constraints (on the value types).
 *
 * @since 0.1.0
 */
public final class IdentifierChecks {

  private IdentifierChecks() {}

  /**
   * Finds the defects of a citizen ID number on a reference date.
   *
   * <p>The model holds the number as read (with today's date as reference); the birth-date check is
   * repeated here against the validator's reference date. A legacy 15-digit number keeps its
   * warning SG-CID-006.
   *
   * @param id the number; not null
   * @param asOf the reference date; not null
   * @return one finding per defect, with the masked number as {@code value}
   */
  public static List<Finding> citizenId(CitizenId id, LocalDate asOf) {
    CitizenId checked = CitizenId.lenient(id.value(), asOf);
    List<IdentifierDefect> defects = new ArrayList<>(checked.defects());
    if (id.wasLegacy() && !defects.contains(CitizenIdDefect.LEGACY_15_DIGIT)) {
      defects.add(0, CitizenIdDefect.LEGACY_15_DIGIT);
    }
    return findings(defects, checked::masked);
  }

  /**
   * Finds the defects of a unified social credit code.
   *
   * @param code the code; not null
   * @param strict whether the organisation code is checked too (SG-USC-003)
   * @return one finding per defect, with the code masked as {@code value}: credit codes are public,
   *     but an invalid one may be another identifier typed into the wrong field
   */
  public static List<Finding> creditCode(CreditCode code, boolean strict) {
    CreditCode checked =
        strict ? CreditCode.lenientStrict(code.value()) : CreditCode.lenient(code.value());
    return findings(checked.defects(), () -> Masking.citizenId(checked.value()));
  }

  /**
   * Finds the defects of a mobile phone number.
   *
   * @param number the number; not null
   * @return one finding per defect, with the masked number as {@code value}
   */
  public static List<Finding> mobile(MobileNumber number) {
    return findings(number.defects(), number::masked);
  }

  /**
   * Finds the problems of a division code: malformed, wrong level, not in the table.
   *
   * @param code the code; not null
   * @param levels the levels allowed; empty allows any
   * @param table the division table, or null not to check existence
   * @return the findings, empty for a good code
   */
  public static List<Finding> division(
      DivisionCode code, Set<DivisionLevel> levels, DivisionTable table) {
    if (!code.isValid()) {
      return List.of(
          Finding.of(ValidationRules.DIVISION_MALFORMED).with("value", quoted(code.value())));
    }
    List<Finding> findings = new ArrayList<>(2);
    if (!levels.isEmpty() && !levels.contains(code.level())) {
      findings.add(wrongLevel(code, levels));
    }
    if (table != null) {
      boolean known =
          code.level() == DivisionLevel.VILLAGE
              ? table.isPlausibleVillage(code)
              : table.contains(code);
      if (!known) {
        findings.add(
            Finding.of(ValidationRules.DIVISION_UNKNOWN)
                .with("value", code.value())
                .with("vintage", table.vintage()));
      }
    }
    return findings;
  }

  /**
   * Returns the SG-DIV-004 finding of a code whose level is not among those allowed.
   *
   * @param code a valid code; not null
   * @param levels the levels allowed; not empty
   * @return the finding, never null
   */
  public static Finding wrongLevel(DivisionCode code, Set<DivisionLevel> levels) {
    StringJoiner zh = new StringJoiner("或");
    StringJoiner en = new StringJoiner(" or ");
    DivisionLevel[] sorted = levels.toArray(new DivisionLevel[0]);
    Arrays.sort(sorted, (a, b) -> b.compareTo(a));
    for (DivisionLevel level : sorted) {
      zh.add(level.labelZh());
      en.add(level.labelEn());
    }
    return Finding.of(ValidationRules.DIVISION_WRONG_LEVEL)
        .with("value", code.value())
        .with("actual", new Localized(code.level().labelZh(), code.level().labelEn()))
        .with("expected", new Localized(zh.toString(), en.toString()));
  }

  // The value is masked only when there is something to report: most identifiers are valid and
  // this runs for every identifier of every record.
  private static List<Finding> findings(
      List<IdentifierDefect> defects, Supplier<String> shownValueOnDemand) {
    if (defects.isEmpty()) {
      return List.of();
    }
    String shownValue = shownValueOnDemand.get();
    List<Finding> findings = new ArrayList<>(defects.size());
    for (IdentifierDefect defect : defects) {
      findings.add(Finding.of(defect.ruleCode()).with("value", shownValue));
    }
    return findings;
  }

  /** Masks malformed text: it may be a citizen ID or phone number typed into the wrong field. */
  private static String quoted(String text) {
    return "\"" + Masking.citizenId(text) + "\"";
  }
}
