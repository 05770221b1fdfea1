package org.shegong.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shegong.core.child.ChildAge;
import org.shegong.core.child.VisitSchedule;
import org.shegong.core.demand.DemandRequirement;
import org.shegong.core.framework.DiscrepancyKind;
import org.shegong.core.id.CitizenIdDefect;
import org.shegong.core.id.CreditCodeDefect;
import org.shegong.core.id.IdentifierDefect;
import org.shegong.core.id.MobileNumberDefect;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.linkage.FiveSocialLinkage;

/**
 * Every rule of the validation module: code, layer, severity, summaries, message templates and an
 * example.
 *
 * <p>Codes shared with core (identifier defects, framework discrepancies, qualification statuses)
 * keep core's meaning; the severities of the qualification statuses are decided here (see {@link
 * #QUALIFICATION_SEVERITIES}). Placeholders every message may use: {@code {field}} (the offending
 * field as a dotted JSON path without indexes, filled in by the engine) and whatever the rule
 * names.
 *
 * @since 0.1.0
 */
public final class ValidationRules {

  /** SG-STR-001: a field the exchange format marks required is missing. */
  public static final String REQUIRED = "SG-STR-001";

  /** SG-DIV-001: a division code is malformed. */
  public static final String DIVISION_MALFORMED = "SG-DIV-001";

  /** SG-DIV-003: a division code is not in the configured table. */
  public static final String DIVISION_UNKNOWN = "SG-DIV-003";

  /** SG-DIV-004: a division code has the wrong level for its field. */
  public static final String DIVISION_WRONG_LEVEL = "SG-DIV-004";

  /** SG-DAT-001: a date that cannot be in the future is after the reference date. */
  public static final String DATE_IN_FUTURE = "SG-DAT-001";

  /** SG-DAT-002: an end date is before its start date. */
  public static final String END_BEFORE_START = "SG-DAT-002";

  /** SG-CHD-001: the birth date differs from the birth date in the citizen ID. */
  public static final String CHILD_BIRTH_DATE_MISMATCH = ChildAge.BIRTH_DATE_MISMATCH;

  /** SG-CHD-002: the child's age cannot be determined. */
  public static final String CHILD_AGE_UNKNOWN = ChildAge.AGE_UNKNOWN;

  /** SG-CHD-003: every category of children in difficulty requires an age under 18. */
  public static final String CHILD_CATEGORY_AGE = "SG-CHD-003";

  /** SG-CHD-004: a left-behind child is under 16. */
  public static final String CHILD_LEFT_BEHIND_AGE = "SG-CHD-004";

  /** SG-CHD-005: a left-behind child has a rural household registration. */
  public static final String CHILD_LEFT_BEHIND_RURAL = "SG-CHD-005";

  /** SG-CHD-006: the recorded parents' situations contradict a declared category. */
  public static final String CHILD_CATEGORY_CONTRADICTED = "SG-CHD-006";

  /** SG-CHD-007: a declared category cannot be verified from the recorded data. */
  public static final String CHILD_CATEGORY_UNVERIFIABLE = "SG-CHD-007";

  /** SG-CHD-010: tiers 1–3 need a care plan. */
  public static final String CHILD_CARE_PLAN = "SG-CHD-010";

  /** SG-CHD-011: tiers 1–3 need a child supervisor. */
  public static final String CHILD_SUPERVISOR = "SG-CHD-011";

  /** SG-CHD-012: tiers 1–3 need a child director. */
  public static final String CHILD_DIRECTOR = "SG-CHD-012";

  /** SG-CHD-013: tiers 1–2 need a professional social worker. */
  public static final String CHILD_SOCIAL_WORKER = "SG-CHD-013";

  /** SG-CHD-014: the next follow-up visit is overdue ({@code VisitSchedule.VISIT_OVERDUE}). */
  public static final String CHILD_VISIT_OVERDUE = VisitSchedule.VISIT_OVERDUE;

  /** SG-CHD-015: two consecutive visits are further apart than the tier's interval. */
  public static final String CHILD_VISIT_GAP = VisitSchedule.VISIT_GAP;

  /** SG-CHD-016: the classification's review is overdue. */
  public static final String CHILD_REVIEW_OVERDUE = VisitSchedule.REVIEW_OVERDUE;

  /** SG-CHD-020: a child under 14 needs the guardian's consent. */
  public static final String CHILD_CONSENT = "SG-CHD-020";

  /** SG-FWK-010: a service plan names a framework nobody registered. */
  public static final String FRAMEWORK_UNKNOWN = "SG-FWK-010";

  /** SG-LNK-001: a five-party-linkage project does not name all five parties. */
  public static final String LINKAGE_INCOMPLETE = FiveSocialLinkage.INCOMPLETE_LINKAGE;

  /** SG-PRJ-001: a project's amount is positive. */
  public static final String PROJECT_AMOUNT = "SG-PRJ-001";

  /** SG-DEM-004: urgency and difficulty are 1 to 3. */
  public static final String DEMAND_TRIAGE_RANGE = "SG-DEM-004";

  /** SG-DEM-005: satisfaction is 1 to 5. */
  public static final String DEMAND_SATISFACTION_RANGE = "SG-DEM-005";

  /** SG-SRV-001: a case stage belongs to casework only. */
  public static final String SERVICE_CASE_STAGE = "SG-SRV-001";

  /** SG-SRV-002: counts of people are not negative. */
  public static final String SERVICE_COUNT_NEGATIVE = "SG-SRV-002";

  /** SG-SRV-003: a service has at least one session. */
  public static final String SERVICE_SESSIONS = "SG-SRV-003";

  /** SG-QUA-004: continuing education hours short of the policy. */
  public static final String QUALIFICATION_EDUCATION = "SG-QUA-004";

  /** SG-WRK-001: a role is listed twice. */
  public static final String WORKER_DUPLICATE_ROLE = "SG-WRK-001";

  /** SG-VOL-001: a volunteer's service hours are not negative. */
  public static final String VOLUNTEER_HOURS_NEGATIVE = "SG-VOL-001";

  /** SG-WRK-002: continuing education hours are not negative. */
  public static final String QUALIFICATION_HOURS_NEGATIVE = "SG-WRK-002";

  /** SG-BAT-001: two records of one type share an id. */
  public static final String BATCH_DUPLICATE_ID = "SG-BAT-001";

  /** SG-BAT-002: a reference to a record that is not in the batch. */
  public static final String BATCH_DANGLING_REFERENCE = "SG-BAT-002";

  /** SG-BAT-003: two child records with the same citizen ID. */
  public static final String BATCH_DUPLICATE_CHILD = "SG-BAT-003";

  /**
   * The severities chosen for the registration statuses of {@code org.shegong.core.qualification}:
   * an impossible combination of dates is an error in the data; an overdue or expired registration
   * describes the person truthfully and is a warning; an open renewal window or a registration
   * still within its deadline is information.
   */
  public static final Map<String, Severity> QUALIFICATION_SEVERITIES =
      Map.of(
          "SG-QUA-001", Severity.WARNING,
          "SG-QUA-002", Severity.WARNING,
          "SG-QUA-003", Severity.ERROR,
          "SG-QUA-005", Severity.INFO,
          "SG-QUA-006", Severity.INFO);

  private static final List<Rule> ALL = build();

  private ValidationRules() {}

  /**
   * Returns every rule of the validation module, sorted by code.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Rule> all() {
    return ALL;
  }

  private static List<Rule> build() {
    List<Rule> rules = new ArrayList<>();
    rules.add(
        Rule.builder()
            .code(REQUIRED)
            .layer(Layer.STRUCTURE)
            .severity(Severity.ERROR)
            .appliesToDrafts(false)
            .summaryZh("交换数据须包含规范标为必填（R）的字段；空白 id 视为缺失")
            .summaryEn(
                "exchange data has every field the format marks required (R); a blank id is missing")
            .messageZh("缺少必填字段 {field}（{recordType} 记录）")
            .messageEn("required field {field} of a {recordType} record is missing")
            .example(
                "{\"recordType\":\"agency\",\"id\":\"A-1\",\"kind\":\"SOCIAL_SERVICE_AGENCY\"}")
            .build());

    // identifiers: one rule per core defect, same code and severity
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
        example = citizenIdExample(defect);
      }
      rules.add(identifierRule(defect, zh, en, example));
    }
    for (CreditCodeDefect defect : CreditCodeDefect.values()) {
      String example =
          switch (defect) {
            case WRONG_FORMAT ->
                "{\"recordType\":\"agency\",\"creditCode\":\"52O10000MJ0000000X\"}";
            case WRONG_CHECK_CHARACTER ->
                "{\"recordType\":\"agency\",\"creditCode\":\"91350100M000100Y44\"}";
            case WRONG_ORGANIZATION_CODE_CHECK ->
                "{\"recordType\":\"agency\",\"creditCode\":\"…\"} with strictCreditCodes";
          };
      String summarySuffix =
          defect == CreditCodeDefect.WRONG_ORGANIZATION_CODE_CHECK
              ? " (only when the configuration asks for strict credit codes)"
              : "";
      rules.add(
          Rule.builder()
              .code(defect.ruleCode())
              .layer(Layer.FIELD)
              .severity(defect.severity())
              .summaryZh(
                  defect.descriptionZh()
                      + (summarySuffix.isEmpty() ? "" : "（仅在配置要求严格校验统一社会信用代码时检查）"))
              .summaryEn(defect.descriptionEn() + summarySuffix)
              .messageZh("{field}：" + defect.descriptionZh() + "（{value}）")
              .messageEn("{field}: " + defect.descriptionEn() + " ({value})")
              .example(example)
              .build());
    }
    for (MobileNumberDefect defect : MobileNumberDefect.values()) {
      rules.add(
          identifierRule(
              defect,
              "{field}：" + defect.descriptionZh() + "（{value}）",
              "{field}: " + defect.descriptionEn() + " ({value})",
              "{\"recordType\":\"worker\",\"phone\":\"2380000123\"}"));
    }

    // division codes
    rules.add(
        field(
            DIVISION_MALFORMED,
            Severity.ERROR,
            "区划代码应为6、9或12位数字",
            "a division code has 6, 9 or 12 digits",
            "{field} {value} 不是区划代码（应为6、9或12位数字）",
            "{field} {value} is not a division code (6, 9 or 12 digits)",
            "{\"recordType\":\"agency\",\"divisionCode\":\"64050\"}"));
    rules.add(
        field(
            DIVISION_UNKNOWN,
            Severity.ERROR,
            "区划代码须在所配置的区划代码表中（村级代码：所属乡级须在表中）",
            "a division code is in the configured table (a village code: its township is)",
            "{field} {value} 不在 {vintage} 年版区划代码表中",
            "{field} {value} is not in the division table of vintage {vintage}",
            "{\"recordType\":\"agency\",\"divisionCode\":\"649999\"}"));
    rules.add(
        field(
            DIVISION_WRONG_LEVEL,
            Severity.ERROR,
            "区划代码的级别须符合字段要求（如乡镇社工站为乡级、机构为县级、儿童为村级或乡级）",
            "a division code has the level its field requires (township station: township,"
                + " agency: county, child: village or township)",
            "{field} {value} 是{actual}代码，此处应为{expected}代码",
            "{field} {value} is a {actual} code; a {expected} code is expected here",
            "{\"recordType\":\"station\",\"level\":\"TOWNSHIP_STATION\",\"divisionCode\":\"640502\"}"));

    // dates
    rules.add(
        field(
            DATE_IN_FUTURE,
            Severity.ERROR,
            "已发生的日期（出生、登记、开办、评估、走访、取证、同意、建档、开始服务）不得晚于参照日期",
            "a date of something that has happened (birth, registration, opening, assessment,"
                + " visit, certificate, consent, care plan, service start) is not after the"
                + " reference date",
            "{field} {value} 晚于参照日期 {asOf}",
            "{field} {value} is after the reference date {asOf}",
            "{\"recordType\":\"station\",\"openedOn\":\"2999-01-01\"}"));
    rules.add(
        domain(
            END_BEFORE_START,
            Severity.ERROR,
            "结束日期不得早于开始日期",
            "an end date is not before its start date",
            "{field} {value} 早于 {startField} {start}",
            "{field} {value} is before {startField} {start}",
            "{\"recordType\":\"project\",\"startsOn\":\"2024-06-01\",\"endsOn\":\"2024-01-01\"}"));

    // children
    rules.add(
        domain(
            CHILD_BIRTH_DATE_MISMATCH,
            Severity.ERROR,
            "出生日期须与公民身份号码中的出生日期一致",
            "the birth date agrees with the birth date in the citizen ID",
            "出生日期 {value} 与公民身份号码中的出生日期相差 {days} 天",
            "birthDate {value} differs from the birth date in citizenId by {days} day(s)",
            "{\"recordType\":\"child\",\"birthDate\":\"2015-03-02\",\"citizenId\":\"…20150301…\"}"));
    rules.add(
        domain(
            CHILD_AGE_UNKNOWN,
            Severity.WARNING,
            "须能确定儿童年龄（出生日期或有效的公民身份号码）",
            "the child's age can be determined (a birth date or a valid citizen ID)",
            "无法确定儿童年龄：没有出生日期，也没有有效的公民身份号码",
            "the child's age cannot be determined: no birthDate and no valid citizenId",
            "{\"recordType\":\"child\",\"citizenId\":\"123\"}"));
    rules.add(
        domain(
            CHILD_CATEGORY_AGE,
            Severity.ERROR,
            "孤儿、事实无人抚养儿童和困境儿童须未满18周岁",
            "orphans, de facto unsupported children and children in difficulty are under 18",
            "年龄{age}岁，不能登记为{category}（须未满18周岁）",
            "aged {age}, the child cannot be recorded as {category} (under 18 only)",
            "{\"recordType\":\"child\",\"birthDate\":\"2000-01-01\",\"categories\":[\"POVERTY\"]}"));
    rules.add(
        domain(
            CHILD_LEFT_BEHIND_AGE,
            Severity.ERROR,
            "农村留守儿童须未满16周岁（国发〔2016〕13号）",
            "a rural left-behind child is under 16 (国发〔2016〕13号)",
            "年龄{age}岁，不能登记为{category}（须未满16周岁）",
            "aged {age}, the child cannot be recorded as {category} (under 16 only)",
            "{\"recordType\":\"child\",\"birthDate\":\"2007-01-01\",\"categories\":[\"LEFT_BEHIND\"]}"));
    rules.add(
        domain(
            CHILD_LEFT_BEHIND_RURAL,
            Severity.ERROR,
            "农村留守儿童须为农业户籍",
            "a rural left-behind child has a rural household registration",
            "登记为{category}，但 ruralHousehold 为 false",
            "recorded as {category}, but ruralHousehold is false",
            "{\"recordType\":\"child\",\"ruralHousehold\":false,\"categories\":[\"LEFT_BEHIND\"]}"));
    rules.add(
        domain(
            CHILD_CATEGORY_CONTRADICTED,
            Severity.ERROR,
            "所登记的父母情况须符合儿童类别的定义（孤儿、事实无人抚养儿童、农村留守儿童）",
            "the recorded parents' situations meet the definition of the declared category (orphan,"
                + " de facto unsupported, left-behind)",
            "登记为{category}，但父母情况不符合其定义：{reason}",
            "recorded as {category}, but the parents' situations do not meet its definition:"
                + " {reason}",
            "{\"recordType\":\"child\",\"categories\":[\"ORPHAN\"],\"parents\":[{\"relation\":"
                + "\"FATHER\",\"situation\":\"PRESENT\"},{\"relation\":\"MOTHER\",\"situation\":"
                + "\"DECEASED\"}]}"));
    rules.add(
        domain(
            CHILD_CATEGORY_UNVERIFIABLE,
            Severity.WARNING,
            "儿童类别须能由所登记的父母情况和户籍核实",
            "a declared category can be verified from the recorded parents and household",
            "登记为{category}，但无法核实：{reason}",
            "recorded as {category}, but this cannot be verified: {reason}",
            "{\"recordType\":\"child\",\"categories\":[\"ORPHAN\"],\"parents\":[]}"));
    rules.add(
        domain(
            CHILD_CARE_PLAN,
            Severity.ERROR,
            "一至三级（红、黄、蓝）儿童须有个案帮扶计划",
            "a child in tiers 1 to 3 (red, yellow, blue) has a care plan",
            "{tier}儿童须有个案帮扶计划（carePlan）",
            "a child in {tier} needs a care plan (carePlan)",
            "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_2\"}}"));
    rules.add(
        domain(
            CHILD_SUPERVISOR,
            Severity.ERROR,
            "一至三级儿童须指定乡镇儿童督导员",
            "a child in tiers 1 to 3 has a named township child supervisor",
            "{tier}儿童须指定儿童督导员（responsibleIds.childSupervisorId）",
            "a child in {tier} needs a named child supervisor (responsibleIds.childSupervisorId)",
            "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_3\"},"
                + "\"responsibleIds\":{}}"));
    rules.add(
        domain(
            CHILD_DIRECTOR,
            Severity.ERROR,
            "一至三级儿童须指定村（居）儿童主任",
            "a child in tiers 1 to 3 has a named village child director",
            "{tier}儿童须指定儿童主任（responsibleIds.childDirectorId）",
            "a child in {tier} needs a named child director (responsibleIds.childDirectorId)",
            "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_3\"},"
                + "\"responsibleIds\":{}}"));
    rules.add(
        domain(
            CHILD_SOCIAL_WORKER,
            Severity.ERROR,
            "一、二级（红、黄）儿童须指定专业社会工作者",
            "a child in tiers 1 and 2 (red, yellow) has a named professional social worker",
            "{tier}儿童须指定专业社会工作者（responsibleIds.socialWorkerId）",
            "a child in {tier} needs a named professional social worker"
                + " (responsibleIds.socialWorkerId)",
            "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_1\"},"
                + "\"responsibleIds\":{\"childSupervisorId\":\"W-1\",\"childDirectorId\":\"W-2\"}}"));
    rules.add(
        domain(
            CHILD_VISIT_OVERDUE,
            Severity.WARNING,
            "须按分级的走访周期走访儿童（周期为政策值，可由使用方替换）",
            "a child is visited within the visit interval of its tier (a policy value an adopter"
                + " can replace)",
            "下次走访应于{dueOn}前完成（{tier}走访周期{interval}，政策「{policy}」），截至{asOf}已逾期{days}天",
            "the visit due {dueOn} is {days} days overdue at {asOf} ({tier}: visit interval"
                + " {interval} under policy '{policy}')",
            "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_1\",\"assessedOn\":"
                + "\"2024-01-01\"},\"visits\":[]}"));
    rules.add(
        domain(
            CHILD_VISIT_GAP,
            Severity.WARNING,
            "相邻两次走访的间隔不超过分级走访周期",
            "consecutive visits are no further apart than the tier's visit interval",
            "{from}至{to}两次走访相隔{days}天，超过{tier}走访周期{interval}（政策「{policy}」）",
            "{days} days between the visits of {from} and {to}, longer than the visit interval"
                + " {interval} of {tier} under policy '{policy}'",
            "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_1\"},\"visits\":"
                + "[{\"on\":\"2024-01-01\"},{\"on\":\"2024-03-01\"}]}"));
    rules.add(
        domain(
            CHILD_REVIEW_OVERDUE,
            Severity.WARNING,
            "分级须按期复评（复评周期为政策值，可由使用方替换）",
            "a classification is reviewed on time (the review period is a policy value an adopter"
                + " can replace)",
            "复评应于{dueOn}前完成（{tier}复评周期{period}，政策「{policy}」），截至{asOf}已逾期",
            "the review due {dueOn} is overdue at {asOf} ({tier}: review period {period} under"
                + " policy '{policy}')",
            "{\"recordType\":\"child\",\"classification\":{\"tier\":\"TIER_2\","
                + "\"nextReviewOn\":\"2024-01-01\"}}"));
    rules.add(
        domain(
            CHILD_CONSENT,
            Severity.ERROR,
            "未满14周岁儿童的个人信息处理须有监护人同意（《个人信息保护法》第28、31条）",
            "processing the personal information of a child under 14 needs the guardian's consent"
                + " (PIPL art. 28/31)",
            "儿童{age}岁（未满14周岁），须有监护人同意（given 为 true 并注明日期；《个人信息保护法》第28、31条）",
            "the child is {age} (under 14): guardian consent with given = true and a date is"
                + " required (PIPL art. 28/31)",
            "{\"recordType\":\"child\",\"birthDate\":\"2016-05-01\",\"guardianConsent\":"
                + "{\"given\":false}}"));

    // stations: frameworks
    rules.add(
        domain(
            FRAMEWORK_UNKNOWN,
            Severity.WARNING,
            "服务方案所依据的服务体系须为内置或已在配置中登记的体系",
            "a service plan follows a framework that is built in or registered in the"
                + " configuration",
            "服务体系 {framework} 未登记（既非内置，也未在配置中注册），无法核对服务方案",
            "service framework {framework} is not known (neither built in nor registered in the"
                + " configuration); the plan cannot be checked",
            "{\"recordType\":\"station\",\"servicePlan\":{\"framework\":\"2+2+2\",\"slots\":[]}}"));
    for (DiscrepancyKind kind : DiscrepancyKind.values()) {
      rules.add(
          domain(
              kind.ruleCode(),
              Severity.ERROR,
              "服务方案须符合其服务体系：" + frameworkSummaryZh(kind),
              "a service plan conforms to its framework: " + frameworkSummaryEn(kind),
              "服务方案不符合服务体系 {framework}：{detail}",
              "the service plan does not conform to framework {framework}: {detail}",
              frameworkExample(kind)));
    }

    // projects
    rules.add(
        domain(
            LINKAGE_INCOMPLETE,
            Severity.ERROR,
            "声明五社联动的项目须列明全部五方（社区、社会组织、社会工作者、社区志愿者、社会慈善资源）",
            "a project that declares five-party linkage names all five parties",
            "fiveSocialLinkage 为 true，但 linkageParties 缺少：{missing}",
            "fiveSocialLinkage is true, but linkageParties lacks: {missing}",
            "{\"recordType\":\"project\",\"fiveSocialLinkage\":true,\"linkageParties\":"
                + "[\"COMMUNITY\"]}"));
    rules.add(
        field(
            PROJECT_AMOUNT,
            Severity.ERROR,
            "项目金额须大于零",
            "a project's amount is greater than zero",
            "{field} {value} 元须大于零",
            "{field} {value} yuan must be greater than zero",
            "{\"recordType\":\"project\",\"amount\":\"0.00\"}"));

    // demands
    for (DemandRequirement requirement : DemandRequirement.values()) {
      rules.add(
          domain(
              requirement.ruleCode(),
              requirement.severity(),
              requirement.descriptionZh(),
              requirement.descriptionEn(),
              "需求状态为{status}：" + requirement.descriptionZh(),
              "the demand's status is {status}: " + requirement.descriptionEn(),
              demandExample(requirement)));
    }
    rules.add(
        field(
            DEMAND_TRIAGE_RANGE,
            Severity.ERROR,
            "紧急程度和难易程度须为1（低）至3（高）",
            "urgency and difficulty are 1 (low) to 3 (high)",
            "{field} 为 {value}，应在 {min} 至 {max} 之间",
            "{field} is {value}; it must be from {min} to {max}",
            "{\"recordType\":\"demand\",\"urgency\":7}"));
    rules.add(
        field(
            DEMAND_SATISFACTION_RANGE,
            Severity.ERROR,
            "满意度须为1至5",
            "satisfaction is 1 to 5",
            "{field} 为 {value}，应在 {min} 至 {max} 之间",
            "{field} is {value}; it must be from {min} to {max}",
            "{\"recordType\":\"demand\",\"satisfaction\":9}"));

    // service records
    rules.add(
        domain(
            SERVICE_CASE_STAGE,
            Severity.ERROR,
            "个案阶段（caseStage）仅用于个案服务（CASEWORK）",
            "a case stage (caseStage) belongs to casework (CASEWORK) only",
            "caseStage 仅用于个案服务（CASEWORK），本记录的服务方式为 {method}",
            "caseStage applies to casework (CASEWORK) only; this record's method is {method}",
            "{\"recordType\":\"serviceRecord\",\"method\":\"GROUPWORK\",\"caseStage\":\"INTAKE\"}"));
    rules.add(
        field(
            SERVICE_COUNT_NEGATIVE,
            Severity.ERROR,
            "服务人次和志愿者人数不得为负数",
            "participants and volunteer counts are not negative",
            "{field} 为 {value}，不得为负数",
            "{field} is {value}; it must not be negative",
            "{\"recordType\":\"serviceRecord\",\"participants\":-3}"));
    rules.add(
        field(
            VOLUNTEER_HOURS_NEGATIVE,
            Severity.ERROR,
            "志愿者服务时长不得为负数",
            "a volunteer's service hours are not negative",
            "{field} 为 {value}，不得为负数",
            "{field} is {value}; it must not be negative",
            "{\"recordType\":\"volunteer\",\"serviceHours\":-4}"));
    rules.add(
        field(
            SERVICE_SESSIONS,
            Severity.ERROR,
            "服务节数至少为1",
            "a service has at least one session",
            "{field} 为 {value}，至少应为 {min}",
            "{field} is {value}; it must be at least {min}",
            "{\"recordType\":\"serviceRecord\",\"sessions\":0}"));

    // workers: qualifications
    rules.add(
        qualification(
            "SG-QUA-001",
            "首次登记须在取得证书后的期限内完成（默认1年）",
            "the first registration is made within the deadline after passing (1 year by default)",
            "{\"recordType\":\"worker\",\"qualification\":{\"obtainedOn\":\"2020-06-01\"}}"));
    rules.add(
        qualification(
            "SG-QUA-002",
            "登记未过期（默认有效期3年）",
            "the registration has not expired (valid 3 years by default)",
            "{\"recordType\":\"worker\",\"qualification\":{\"registeredUntil\":\"2020-06-01\"}}"));
    rules.add(
        qualification(
            "SG-QUA-003",
            "取证日期、登记有效期与参照日期须能同时成立",
            "the dates of passing, registration and the reference date can all be true",
            "{\"recordType\":\"worker\",\"qualification\":{\"obtainedOn\":\"2024-01-01\","
                + "\"registeredUntil\":\"2023-01-01\"}}"));
    rules.add(
        qualification(
            "SG-QUA-005",
            "登记已进入再次登记申请期（提示，默认有效期满前3个月）",
            "the registration is in its renewal window (information; 3 months before expiry by"
                + " default)",
            "{\"recordType\":\"worker\",\"qualification\":{\"registeredUntil\":\"…next month…\"}}"));
    rules.add(
        qualification(
            "SG-QUA-006",
            "证书尚未登记，仍在首次登记期限内（提示）",
            "the qualification is not registered yet but still within the deadline (information)",
            "{\"recordType\":\"worker\",\"qualification\":{\"obtainedOn\":\"…last month…\"}}"));
    rules.add(
        Rule.builder()
            .code(QUALIFICATION_EDUCATION)
            .layer(Layer.DOMAIN)
            .severity(Severity.WARNING)
            .summaryZh("每个登记有效期内的继续教育学时须达到政策要求（默认初级72、中级和高级90学时）")
            .summaryEn(
                "continuing education per registration period meets the policy (72 h 初级, 90 h"
                    + " 中级 and 高级 by default)")
            .messageZh("继续教育学时不足：{detail}")
            .messageEn("continuing education short: {detail}")
            .example(
                "{\"recordType\":\"worker\",\"qualification\":{\"level\":\"SOCIAL_WORKER\","
                    + "\"continuingEducationHours\":40}}")
            .build());
    rules.add(
        domain(
            WORKER_DUPLICATE_ROLE,
            Severity.WARNING,
            "同一角色不重复列出",
            "a role is listed once",
            "角色 {role} 重复列出",
            "role {role} is listed more than once",
            "{\"recordType\":\"worker\",\"roles\":[\"SUPERVISOR\",\"SUPERVISOR\"]}"));

    rules.add(
        field(
            QUALIFICATION_HOURS_NEGATIVE,
            Severity.ERROR,
            "继续教育学时不得为负数",
            "continuing education hours are not negative",
            "{field} 为 {value}，不得为负数",
            "{field} is {value}; it must not be negative",
            "{\"recordType\":\"worker\",\"qualification\":{\"continuingEducationHours\":-8}}"));

    // batches
    rules.add(
        batch(
            BATCH_DUPLICATE_ID,
            "同类记录的 id 在一批数据中唯一",
            "an id is unique among the records of its type in a batch",
            "{recordType} 记录的 id {id} 重复：同类记录中已有此 id",
            "{recordType} id {id} is already used by an earlier record of the same type",
            "two {\"recordType\":\"station\",\"id\":\"S-1\"} lines"));
    rules.add(
        batch(
            BATCH_DANGLING_REFERENCE,
            "引用的记录须在本批数据中，或已在配置中声明为已知外部记录",
            "a referenced record is in the batch or declared as a known external record",
            "{field} 引用的{targetType} {id} 不在本批数据中，也未声明为已知外部记录",
            "{field} refers to {targetType} {id}, which is neither in this batch nor declared as a"
                + " known external record",
            "{\"recordType\":\"serviceRecord\",\"stationId\":\"S-404\"} without station S-404"));
    rules.add(
        batch(
            BATCH_DUPLICATE_CHILD,
            "一人一档：同一公民身份号码只有一份儿童档案",
            "one file per person: a citizen ID appears on one child record only",
            "公民身份号码 {citizenId} 已有儿童档案（见{first}）：一人一档",
            "citizenId {citizenId} already has a child record (on {first}): one file per person",
            "two child records with the same citizenId"));
    rules.sort((a, b) -> a.code().compareTo(b.code()));
    return List.copyOf(rules);
  }

  private static String demandExample(DemandRequirement requirement) {
    return switch (requirement) {
      case SERVICE_RECORD_WHEN_DONE ->
          "{\"recordType\":\"demand\",\"status\":\"DONE\",\"serviceRecordIds\":[]}";
      case REASON_WHEN_REJECTED -> "{\"recordType\":\"demand\",\"status\":\"REJECTED\"}";
      case SATISFACTION_ONLY_WHEN_DONE ->
          "{\"recordType\":\"demand\",\"status\":\"PLANNED\",\"satisfaction\":5}";
    };
  }

  private static String citizenIdExample(CitizenIdDefect defect) {
    return switch (defect) {
      case WRONG_FORMAT -> "{\"recordType\":\"worker\",\"citizenId\":\"11010519491231\"}";
      case UNKNOWN_PROVINCE -> "{\"recordType\":\"worker\",\"citizenId\":\"99010519491231002?\"}";
      case INVALID_BIRTH_DATE -> "{\"recordType\":\"worker\",\"citizenId\":\"11010519490231002?\"}";
      case WRONG_CHECK_CHARACTER ->
          "{\"recordType\":\"worker\",\"citizenId\":\"110105194912310021\"}";
      case LEGACY_15_DIGIT -> "{\"recordType\":\"worker\",\"citizenId\":\"110105491231002\"}";
      case BIRTH_DATE_IN_FUTURE -> "";
    };
  }

  private static Rule identifierRule(IdentifierDefect defect, String zh, String en, String ex) {
    return Rule.builder()
        .code(defect.ruleCode())
        .layer(Layer.FIELD)
        .severity(defect.severity())
        .summaryZh(defect.descriptionZh())
        .summaryEn(defect.descriptionEn())
        .messageZh(zh)
        .messageEn(en)
        .example(ex)
        .build();
  }

  private static Rule field(
      String code,
      Severity severity,
      String summaryZh,
      String summaryEn,
      String zh,
      String en,
      String example) {
    return rule(code, Layer.FIELD, severity, summaryZh, summaryEn, zh, en, example);
  }

  private static Rule domain(
      String code,
      Severity severity,
      String summaryZh,
      String summaryEn,
      String zh,
      String en,
      String example) {
    return rule(code, Layer.DOMAIN, severity, summaryZh, summaryEn, zh, en, example);
  }

  private static Rule batch(
      String code, String summaryZh, String summaryEn, String zh, String en, String example) {
    return rule(code, Layer.BATCH, Severity.ERROR, summaryZh, summaryEn, zh, en, example);
  }

  private static Rule qualification(
      String code, String summaryZh, String summaryEn, String example) {
    return rule(
        code,
        Layer.DOMAIN,
        QUALIFICATION_SEVERITIES.get(code),
        summaryZh,
        summaryEn,
        "资格登记：{detail}",
        "qualification registration: {detail}",
        example);
  }

  private static Rule rule(
      String code,
      Layer layer,
      Severity severity,
      String summaryZh,
      String summaryEn,
      String zh,
      String en,
      String example) {
    return Rule.builder()
        .code(code)
        .layer(layer)
        .severity(severity)
        .summaryZh(summaryZh)
        .summaryEn(summaryEn)
        .messageZh(zh)
        .messageEn(en)
        .example(example)
        .build();
  }

  private static String frameworkSummaryZh(DiscrepancyKind kind) {
    return switch (kind) {
      case SLOT_COUNT_MISMATCH -> "方案的栏目数与体系一致";
      case FIXED_COUNT_NOT_MET -> "固定数量的栏目恰有该数量的不同条目";
      case MISSING_MEMBERS -> "封闭栏目包含全部规定成员";
      case UNEXPECTED_MEMBERS -> "封闭栏目不含规定以外的条目";
      case BELOW_MINIMUM -> "可变栏目达到声明的最少条目数";
      case ITEM_IN_TWO_SLOTS -> "同一条目不出现在两个栏目中";
      case BLANK_ITEM -> "条目不为空白";
      case REPEATED_ITEM -> "同一栏目内条目不重复";
    };
  }

  private static String frameworkSummaryEn(DiscrepancyKind kind) {
    return switch (kind) {
      case SLOT_COUNT_MISMATCH -> "the plan has as many slots as the framework";
      case FIXED_COUNT_NOT_MET -> "a fixed slot has exactly its count of distinct items";
      case MISSING_MEMBERS -> "a closed slot contains all its members";
      case UNEXPECTED_MEMBERS -> "a closed slot contains nothing but its members";
      case BELOW_MINIMUM -> "a variable slot meets its declared minimum";
      case ITEM_IN_TWO_SLOTS -> "an item appears in one slot only";
      case BLANK_ITEM -> "an item is not blank";
      case REPEATED_ITEM -> "an item is not repeated within its slot";
    };
  }

  private static String frameworkExample(DiscrepancyKind kind) {
    String slots =
        switch (kind) {
          case SLOT_COUNT_MISMATCH -> "[[\"平台\"],[\"项目\"]]";
          case FIXED_COUNT_NOT_MET -> "[[],[\"项目\"],[…five domains…],[]]";
          case MISSING_MEMBERS -> "[[\"平台\"],[\"项目\"],[\"SOCIAL_ASSISTANCE\"],[]]";
          case UNEXPECTED_MEMBERS -> "[[\"平台\"],[\"项目\"],[…five domains…,\"OTHER\"],[]]";
          case BELOW_MINIMUM -> "a slot 2X with one item";
          case ITEM_IN_TWO_SLOTS -> "[[\"平台\"],[\"平台\"],[…five domains…],[]]";
          case BLANK_ITEM -> "[[\" \"],[\"项目\"],[…five domains…],[]]";
          case REPEATED_ITEM -> "[[\"平台\"],[\"项目\"],[…five domains…],[\"品牌\",\"品牌\"]]";
        };
    return "{\"recordType\":\"station\",\"servicePlan\":{\"framework\":\"1+1+5+X\",\"slots\":"
        + slots
        + "}}";
  }
}
