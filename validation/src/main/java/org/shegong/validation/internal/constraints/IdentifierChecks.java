package org.shegong.validation.internal.constraints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.division.DivisionTable;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CitizenIdDefect;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.CreditCodeDefect;
import org.shegong.core.id.IdentifierDefect;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.id.MobileNumberDefect;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.privacy.Masking;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.Localized;

/**
 * The identifier and division-code rules as findings: core's lenient value types find the defects,
 * this class names them with masked values. Shared by the public constraints (on strings) and the
 * model's constraints (on the value types).
 *
 * <p>The rules are defined here, next to their checks: one rule per core identifier defect (same
 * code and severity as core's defect) and the three division-code rules.
 *
 * @since 0.1.0
 */
public final class IdentifierChecks {

  /** SG-CID-001…006: one rule per {@link CitizenIdDefect}. */
  static final List<Rule> CITIZEN_ID_RULES = citizenIdRules();

  /** SG-USC-001…003: one rule per {@link CreditCodeDefect}. */
  static final List<Rule> CREDIT_CODE_RULES = creditCodeRules();

  /** SG-TEL-001: one rule per {@link MobileNumberDefect}. */
  static final List<Rule> MOBILE_NUMBER_RULES = mobileNumberRules();

  /** SG-DIV-001: a division code is malformed. */
  static final Rule DIVISION_MALFORMED =
      Rule.builder()
          .code("SG-DIV-001")
          .layer(Layer.FIELD)
          .severity(Severity.ERROR)
          .summaryZh("区划代码应为6、9或12位数字")
          .summaryEn("a division code has 6, 9 or 12 digits")
          .messageZh("{field} {value} 不是区划代码（应为6、9或12位数字）")
          .messageEn("{field} {value} is not a division code (6, 9 or 12 digits)")
          .example("{\"recordType\":\"agency\",\"divisionCode\":\"64050\"}")
          .build();

  /** SG-DIV-003: a division code is not in the configured table. */
  static final Rule DIVISION_UNKNOWN =
      Rule.builder()
          .code("SG-DIV-003")
          .layer(Layer.FIELD)
          .severity(Severity.ERROR)
          .summaryZh("区划代码须在所配置的区划代码表中（村级代码：所属乡级须在表中）")
          .summaryEn("a division code is in the configured table (a village code: its township is)")
          .messageZh("{field} {value} 不在 {vintage} 年版区划代码表中")
          .messageEn("{field} {value} is not in the division table of vintage {vintage}")
          .example("{\"recordType\":\"agency\",\"divisionCode\":\"649999\"}")
          .build();

  /** SG-DIV-004: a division code has the wrong level for its field. */
  static final Rule DIVISION_WRONG_LEVEL =
      Rule.builder()
          .code("SG-DIV-004")
          .layer(Layer.FIELD)
          .severity(Severity.ERROR)
          .summaryZh("区划代码的级别须符合字段要求（如乡镇社工站为乡级、机构为县级、儿童为村级或乡级）")
          .summaryEn(
              "a division code has the level its field requires (township station: township,"
                  + " agency: county, child: village or township)")
          .messageZh("{field} {value} 是{actual}代码，此处应为{expected}代码")
          .messageEn("{field} {value} is a {actual} code; a {expected} code is expected here")
          .example(
              "{\"recordType\":\"station\",\"level\":\"TOWNSHIP_STATION\",\"divisionCode\":\"640502\"}")
          .build();

  private IdentifierChecks() {}

  private static List<Rule> citizenIdRules() {
    List<Rule> rules = new ArrayList<>();
    for (CitizenIdDefect defect : CitizenIdDefect.values()) {
      String zh;
      String en;
      String example;
      if (defect == CitizenIdDefect.BIRTH_DATE_IN_FUTURE) {
        zh = "{field}：出生日期晚于参照日期 {asOf}（{value}）";
        en = "{field}: the birth date is after the reference date {asOf} ({value})";
        example = "{\"recordType\":\"child\",\"citizenId\":\"11010520990101…\"}";
      } else {
        zh = "{field}：" + defect.descriptionZh() + "（{value}）";
        en = "{field}: " + defect.descriptionEn() + " ({value})";
        example =
            switch (defect) {
              case WRONG_FORMAT -> "{\"recordType\":\"worker\",\"citizenId\":\"11010519491231\"}";
              case UNKNOWN_PROVINCE ->
                  "{\"recordType\":\"worker\",\"citizenId\":\"99010519491231002?\"}";
              case INVALID_BIRTH_DATE ->
                  "{\"recordType\":\"worker\",\"citizenId\":\"11010519490231002?\"}";
              case WRONG_CHECK_CHARACTER ->
                  "{\"recordType\":\"worker\",\"citizenId\":\"110105194912310021\"}";
              case LEGACY_15_DIGIT ->
                  "{\"recordType\":\"worker\",\"citizenId\":\"110105491231002\"}";
              case BIRTH_DATE_IN_FUTURE -> throw new AssertionError(defect);
            };
      }
      rules.add(
          identifierRule(defect, defect.descriptionZh(), defect.descriptionEn(), zh, en, example));
    }
    return List.copyOf(rules);
  }

  private static List<Rule> creditCodeRules() {
    List<Rule> rules = new ArrayList<>();
    for (CreditCodeDefect defect : CreditCodeDefect.values()) {
      String example =
          switch (defect) {
            case WRONG_FORMAT ->
                "{\"recordType\":\"agency\",\"creditCode\":\"52O10000MJ0000000X\"}";
            case WRONG_CHECK_CHARACTER ->
                "{\"recordType\":\"agency\",\"creditCode\":\"91350100M000100Y44\"}";
            case WRONG_ORGANIZATION_CODE_CHECK ->
                "{\"recordType\":\"agency\",\"creditCode\":\"52640502MJ1234567X\"}";
          };
      boolean strictOnly = defect == CreditCodeDefect.WRONG_ORGANIZATION_CODE_CHECK;
      rules.add(
          identifierRule(
              defect,
              defect.descriptionZh() + (strictOnly ? "（仅在配置要求严格校验统一社会信用代码时检查）" : ""),
              defect.descriptionEn()
                  + (strictOnly
                      ? " (only when the configuration asks for strict credit codes)"
                      : ""),
              "{field}：" + defect.descriptionZh() + "（{value}）",
              "{field}: " + defect.descriptionEn() + " ({value})",
              example));
    }
    return List.copyOf(rules);
  }

  private static List<Rule> mobileNumberRules() {
    List<Rule> rules = new ArrayList<>();
    for (MobileNumberDefect defect : MobileNumberDefect.values()) {
      rules.add(
          identifierRule(
              defect,
              defect.descriptionZh(),
              defect.descriptionEn(),
              "{field}：" + defect.descriptionZh() + "（{value}）",
              "{field}: " + defect.descriptionEn() + " ({value})",
              "{\"recordType\":\"worker\",\"phone\":\"2380000123\"}"));
    }
    return List.copyOf(rules);
  }

  private static Rule identifierRule(
      IdentifierDefect defect,
      String summaryZh,
      String summaryEn,
      String zh,
      String en,
      String example) {
    return Rule.builder()
        .code(defect.ruleCode())
        .layer(Layer.FIELD)
        .severity(defect.severity())
        .summaryZh(summaryZh)
        .summaryEn(summaryEn)
        .messageZh(zh)
        .messageEn(en)
        .example(example)
        .build();
  }

  /**
   * Finds the defects of a citizen ID number on a reference date.
   *
   * <p>The model holds the number as read (with today's date as reference); the birth-date check is
   * repeated here against the validator's reference date (a number read without defects whose birth
   * date is not after the reference date is not read again). A legacy 15-digit number keeps its
   * warning SG-CID-006.
   *
   * @param id the number; not null
   * @param asOf the reference date; not null
   * @return one finding per defect, with the masked number as {@code value}
   */
  public static List<Finding> citizenId(CitizenId id, LocalDate asOf) {
    if (id.defects().isEmpty() && !id.wasLegacy() && !id.birthDate().isAfter(asOf)) {
      // read without any defect, born by the reference date: reading it again against the
      // reference date finds nothing either (the birth date is the only check that depends on it)
      return List.of();
    }
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
      DivisionCode code, Set<DivisionLevel> levels, @Nullable DivisionTable table) {
    if (!code.isValid()) {
      return List.of(Finding.of(DIVISION_MALFORMED).with("value", quoted(code.value())));
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
            Finding.of(DIVISION_UNKNOWN)
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
    return Finding.of(DIVISION_WRONG_LEVEL)
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
