package org.shegong.validation.internal.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.LinkageParty;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.code.RequiredDivisionLevel;
import org.shegong.core.code.ServiceMethod;
import org.shegong.core.code.StationLevel;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.demand.DemandRequirement;
import org.shegong.core.demand.DemandWorkflow;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.framework.DiscrepancyKind;
import org.shegong.core.framework.PlanDiscrepancy;
import org.shegong.core.framework.ServiceFramework;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.linkage.FiveSocialLinkage;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.core.model.Child;
import org.shegong.core.model.Demand;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.FieldNames;
import org.shegong.core.model.Project;
import org.shegong.core.model.Qualification;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Worker;
import org.shegong.core.qualification.RegistrationAssessment;
import org.shegong.validation.internal.constraints.IdentifierChecks;
import org.shegong.validation.internal.engine.Accessors;
import org.shegong.validation.internal.engine.Blank;
import org.shegong.validation.internal.engine.FieldLabels;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.Localized;
import org.shegong.validation.internal.engine.RecordTypeNames;
import org.shegong.validation.internal.engine.ValidationPayload;

/**
 * The record-level rules: required fields (SG-STR-001) and the cross-field domain rules of each
 * record type, as pure functions of a record and the payload that report findings to a sink.
 *
 * <p>Single-field rules (identifiers, division codes, dates in the future, ranges) are constraints
 * on the accessors instead; see the model's constraint mapping.
 *
 * <p>Each rule is defined here, next to its check: code, layer, severity, summaries, message
 * templates and example. Codes shared with core (framework discrepancies, demand requirements,
 * qualification statuses) keep core's meaning; the severities of the qualification statuses are
 * decided here ({@link #QUALIFICATION_SEVERITIES}).
 *
 * @since 0.1.0
 */
public final class RecordChecks {

  /** The code of {@link #REQUIRED}, for the batch that leaves out what the reader reported. */
  public static final String REQUIRED_CODE = "SG-STR-001";

  /** SG-STR-001: a field the exchange format marks required is missing. */
  static final Rule REQUIRED =
      Rule.builder()
          .code(REQUIRED_CODE)
          .layer(Layer.STRUCTURE)
          .severity(Severity.ERROR)
          .appliesToDrafts(false)
          .summaryZh("交换数据须包含规范标为必填（R）的字段；空白 id 视为缺失")
          .summaryEn(
              "exchange data has every field the format marks required (R); a blank id is missing")
          .messageZh("{recordType}记录缺少必填字段 {field}")
          .messageEn("required field {field} of a {recordType} record is missing")
          .example("{\"recordType\":\"agency\",\"id\":\"A-1\",\"kind\":\"SOCIAL_SERVICE_AGENCY\"}")
          .build();

  /** SG-DAT-002: an end date is before its start date. */
  static final Rule END_BEFORE_START =
      Rule.builder()
          .code("SG-DAT-002")
          .layer(Layer.DOMAIN)
          .severity(Severity.ERROR)
          .summaryZh("结束日期不得早于开始日期")
          .summaryEn("an end date is not before its start date")
          .messageZh("{field} {value} 早于 {startField} {start}")
          .messageEn("{field} {value} is before {startField} {start}")
          .example(
              "{\"recordType\":\"project\",\"startsOn\":\"2024-06-01\",\"endsOn\":\"2024-01-01\"}")
          .build();

  /** SG-FWK-010: a service plan names a framework nobody registered. */
  static final Rule FRAMEWORK_UNKNOWN =
      Rule.builder()
          .code("SG-FWK-010")
          .layer(Layer.DOMAIN)
          .severity(Severity.WARNING)
          .summaryZh("服务方案所依据的服务体系须为内置或已在配置中登记的体系")
          .summaryEn(
              "a service plan follows a framework that is built in or registered in the"
                  + " configuration")
          .messageZh("服务体系 {framework} 未登记（既非内置，也未在配置中注册），无法核对服务方案")
          .messageEn(
              "service framework {framework} is not known (neither built in nor registered in the"
                  + " configuration); the plan cannot be checked")
          .example(
              "{\"recordType\":\"station\",\"servicePlan\":{\"framework\":\"2+2+2\",\"slots\":[]}}")
          .build();

  /** SG-FWK-002…009: one rule per core {@link DiscrepancyKind}. */
  static final List<Rule> FRAMEWORK_RULES = frameworkRules();

  /** SG-WRK-001: a role is listed twice. */
  static final Rule WORKER_DUPLICATE_ROLE =
      Rule.builder()
          .code("SG-WRK-001")
          .layer(Layer.DOMAIN)
          .severity(Severity.WARNING)
          .summaryZh("同一角色不重复列出")
          .summaryEn("a role is listed once")
          .messageZh("角色 {role} 重复列出")
          .messageEn("role {role} is listed more than once")
          .example("{\"recordType\":\"worker\",\"roles\":[\"SUPERVISOR\",\"SUPERVISOR\"]}")
          .build();

  /**
   * The severities chosen for the registration statuses of {@code org.shegong.core.qualification}:
   * an impossible combination of dates is an error in the data; an overdue or expired registration
   * describes the person truthfully and is a warning; an open renewal window or a registration
   * still within its deadline is information.
   */
  static final Map<String, Severity> QUALIFICATION_SEVERITIES =
      Map.of(
          "SG-QUA-001", Severity.WARNING,
          "SG-QUA-002", Severity.WARNING,
          "SG-QUA-003", Severity.ERROR,
          "SG-QUA-005", Severity.INFO,
          "SG-QUA-006", Severity.INFO);

  /** SG-QUA-001, 002, 003, 005, 006: core's registration statuses. */
  static final List<Rule> QUALIFICATION_RULES =
      List.of(
          qualification(
              "SG-QUA-001",
              "首次登记须在取得证书后的期限内完成（默认1年）",
              "the first registration is made within the deadline after passing (1 year by default)",
              "{\"recordType\":\"worker\",\"qualification\":{\"obtainedOn\":\"2020-06-01\"}}"),
          qualification(
              "SG-QUA-002",
              "登记未过期（默认有效期3年）",
              "the registration has not expired (valid 3 years by default)",
              "{\"recordType\":\"worker\",\"qualification\":{\"registeredUntil\":\"2020-06-01\"}}"),
          qualification(
              "SG-QUA-003",
              "取证日期、登记有效期与参照日期须能同时成立",
              "the dates of passing, registration and the reference date can all be true",
              "{\"recordType\":\"worker\",\"qualification\":{\"obtainedOn\":\"2024-01-01\","
                  + "\"registeredUntil\":\"2023-01-01\"}}"),
          qualification(
              "SG-QUA-005",
              "登记已进入再次登记申请期（提示，默认有效期满前3个月）",
              "the registration is in its renewal window (information; 3 months before expiry by"
                  + " default)",
              "{\"recordType\":\"worker\",\"qualification\":{\"registeredUntil\":\"2024-08-31\"}}"),
          qualification(
              "SG-QUA-006",
              "证书尚未登记，仍在首次登记期限内（提示）",
              "the qualification is not registered yet but still within the deadline (information)",
              "{\"recordType\":\"worker\",\"qualification\":{\"obtainedOn\":\"2024-05-01\"}}"));

  /** SG-QUA-004: continuing education hours short of the policy. */
  static final Rule QUALIFICATION_EDUCATION =
      Rule.builder()
          .code("SG-QUA-004")
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
          .build();

  /** SG-SRV-001: a case stage belongs to casework only. */
  static final Rule SERVICE_CASE_STAGE =
      Rule.builder()
          .code("SG-SRV-001")
          .layer(Layer.DOMAIN)
          .severity(Severity.ERROR)
          .summaryZh("个案阶段（caseStage）仅用于个案服务（CASEWORK）")
          .summaryEn("a case stage (caseStage) belongs to casework (CASEWORK) only")
          .messageZh("caseStage 仅用于个案服务（CASEWORK），本记录的服务方式为 {method}")
          .messageEn(
              "caseStage applies to casework (CASEWORK) only; this record's method is {method}")
          .example(
              "{\"recordType\":\"serviceRecord\",\"method\":\"GROUPWORK\",\"caseStage\":\"INTAKE\"}")
          .build();

  /** SG-DEM-001…003: one rule per core {@link DemandRequirement}. */
  static final List<Rule> DEMAND_RULES = demandRules();

  /** SG-LNK-001: a five-party-linkage project does not name all five parties. */
  static final Rule LINKAGE_INCOMPLETE =
      Rule.builder()
          .code(FiveSocialLinkage.INCOMPLETE_LINKAGE)
          .layer(Layer.DOMAIN)
          .severity(Severity.ERROR)
          .summaryZh("声明五社联动的项目须列明全部五方（社区、社会组织、社会工作者、社区志愿者、社会慈善资源）")
          .summaryEn("a project that declares five-party linkage names all five parties")
          .messageZh("已声明五社联动（fiveSocialLinkage），但联动主体（linkageParties）缺少：{missing}")
          .messageEn("fiveSocialLinkage is true, but linkageParties lacks: {missing}")
          .example(
              "{\"recordType\":\"project\",\"fiveSocialLinkage\":true,\"linkageParties\":"
                  + "[\"COMMUNITY\"]}")
          .build();

  private static final LocalizedTemplate PARTY = LocalizedTemplate.of("{label}（{code}）", "{code}");

  /** SG-PRJ-001: a project's amount is positive. */
  static final Rule PROJECT_AMOUNT =
      Rule.builder()
          .code("SG-PRJ-001")
          .layer(Layer.FIELD)
          .severity(Severity.ERROR)
          .summaryZh("项目金额须大于零")
          .summaryEn("a project's amount is greater than zero")
          .messageZh("{field} {value} 元须大于零")
          .messageEn("{field} {value} yuan must be greater than zero")
          .example("{\"recordType\":\"project\",\"amount\":\"0.00\"}")
          .build();

  private static final Map<RecordType, List<Accessor>> REQUIRED_FIELDS = requiredAccessors();

  private RecordChecks() {}

  /**
   * Runs every record-level rule on a record.
   *
   * @param record the record; not null
   * @param payload the configuration; not null
   * @param sink receives the findings; not null
   */
  public static void check(ExchangeRecord record, ValidationPayload payload, FindingSink sink) {
    if (payload.profile() == org.shegong.core.issue.Profile.EXCHANGE) {
      required(record, sink);
    }
    if (record instanceof Station station) {
      station(station, payload, sink);
    } else if (record instanceof Worker worker) {
      worker(worker, payload, sink);
    } else if (record instanceof Child child) {
      ChildChecks.check(child, payload, sink);
    } else if (record instanceof ServiceRecord service) {
      serviceRecord(service, sink);
    } else if (record instanceof Demand demand) {
      demand(demand, sink);
    } else if (record instanceof Project project) {
      project(project, sink);
    }
  }

  /**
   * Reports SG-DAT-002 when an end date is before its start date.
   *
   * @param start the start date
   * @param startField the start field's name
   * @param end the end date
   * @param sink receives the finding
   * @param endPath the path of the end date
   */
  static void endNotBeforeStart(
      Optional<LocalDate> start,
      String startField,
      Optional<LocalDate> end,
      FindingSink sink,
      Object... endPath) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      sink.report(
          Finding.of(END_BEFORE_START)
              .with("value", end.get().toString())
              .with("startField", FieldLabels.of(startField))
              .with("start", start.get().toString()),
          endPath);
    }
  }

  // ---------------------------------------------------------------- structure

  private static void required(ExchangeRecord record, FindingSink sink) {
    for (Accessor accessor :
        Objects.requireNonNull(REQUIRED_FIELDS.get(record.recordType()), "every record type")) {
      if (accessor.isMissing(record)) {
        sink.report(
            Finding.of(REQUIRED).with("recordType", RecordTypeNames.of(record.recordType())),
            accessor.field);
      }
    }
  }

  /** The definition of missing, for a value of any type. */
  private static boolean isMissing(String field, @Nullable Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof Optional<?> optional) {
      return optional.isEmpty() || isMissing(field, optional.get());
    }
    if (value instanceof CharSequence text) {
      return Blank.isBlank(text.toString());
    }
    if (value instanceof Collection<?> collection) {
      // the format allows an empty categories array ("R (may be empty)"); others must have items
      return collection.isEmpty() && !"categories".equals(field);
    }
    return false;
  }

  private static Map<RecordType, List<Accessor>> requiredAccessors() {
    Map<RecordType, List<Accessor>> map = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      List<Accessor> accessors = new ArrayList<>();
      for (String field : type.requiredFields()) {
        Method method;
        try {
          method = type.javaType().getMethod(field);
        } catch (NoSuchMethodException e) {
          throw new IllegalStateException("record type " + type + " has no accessor " + field, e);
        }
        accessors.add(
            new Accessor(field, Accessors.of(type.javaType(), field), Shape.of(field, method)));
      }
      map.put(type, List.copyOf(accessors));
    }
    return map;
  }

  /**
   * What a required field's accessor returns, known from its declaration, so that {@link
   * #isMissing(String, Object)} is decided without testing the value against interfaces (each such
   * test on a hot path is slow, and slower still when threads test one class against different
   * interfaces).
   *
   * @since 0.1.0
   */
  private enum Shape {
    /** A {@code String}: missing when blank. */
    TEXT,
    /** An {@code Optional<String>}: missing when empty or blank. */
    OPTIONAL_TEXT,
    /** An {@code Optional} of a final or model type that is neither text nor a collection. */
    OPTIONAL_VALUE,
    /** A {@code List}: missing when empty. */
    LIST,
    /** A {@code List} that may be empty ({@code categories}): never missing. */
    LIST_MAY_BE_EMPTY,
    /** Anything else: {@link #isMissing(String, Object)} decides on the value. */
    OTHER;

    static Shape of(String field, Method accessor) {
      Class<?> returned = accessor.getReturnType();
      if (returned == String.class) {
        return TEXT;
      }
      if (returned == List.class) {
        return "categories".equals(field) ? LIST_MAY_BE_EMPTY : LIST;
      }
      if (returned == Optional.class
          && accessor.getGenericReturnType() instanceof ParameterizedType optional
          && optional.getActualTypeArguments()[0] instanceof Class<?> element) {
        if (element == String.class) {
          return OPTIONAL_TEXT;
        }
        // a final class, an enum or a model type (an immutable value, never text or a collection)
        boolean closed =
            Modifier.isFinal(element.getModifiers())
                || element.isEnum()
                || FieldNames.modelTypes().contains(element);
        if (closed
            && !CharSequence.class.isAssignableFrom(element)
            && !Collection.class.isAssignableFrom(element)
            && element != Optional.class) {
          return OPTIONAL_VALUE;
        }
      }
      return OTHER;
    }
  }

  /**
   * A required field, its accessor bound once and the shape of its value.
   *
   * @since 0.1.0
   */
  private record Accessor(String field, Function<Object, Object> getter, Shape shape) {
    boolean isMissing(ExchangeRecord record) {
      @Nullable Object value = getter.apply(record);
      if (value == null) {
        return true;
      }
      return switch (shape) {
        case TEXT -> Blank.isBlank((String) value);
        case OPTIONAL_TEXT -> {
          Optional<?> optional = (Optional<?>) value;
          yield optional.isEmpty() || Blank.isBlank((String) optional.get());
        }
        case OPTIONAL_VALUE -> ((Optional<?>) value).isEmpty();
        case LIST -> ((List<?>) value).isEmpty();
        case LIST_MAY_BE_EMPTY -> false;
        case OTHER -> RecordChecks.isMissing(field, value);
      };
    }
  }

  // ---------------------------------------------------------------- station

  private static void station(Station station, ValidationPayload payload, FindingSink sink) {
    if (station.level().isPresent() && station.divisionCode().isPresent()) {
      DivisionCode code = station.divisionCode().get();
      Set<DivisionLevel> levels = levelsFor(station.level().get());
      if (code.isValid() && !levels.isEmpty() && !levels.contains(code.level())) {
        sink.report(IdentifierChecks.wrongLevel(code, levels), "divisionCode");
      }
    }
    if (station.servicePlan().isPresent()) {
      servicePlan(station.servicePlan().get(), payload, sink);
    }
  }

  private static Set<DivisionLevel> levelsFor(StationLevel level) {
    RequiredDivisionLevel required = level.requiredDivisionLevel();
    return switch (required) {
      case COUNTY -> EnumSet.of(DivisionLevel.COUNTY);
      case TOWNSHIP -> EnumSet.of(DivisionLevel.TOWNSHIP);
      case VILLAGE -> EnumSet.of(DivisionLevel.VILLAGE);
      case ANY -> Set.of();
    };
  }

  private static void servicePlan(ServicePlan plan, ValidationPayload payload, FindingSink sink) {
    if (plan.framework().isEmpty() || plan.framework().get().isBlank()) {
      return;
    }
    String code = plan.framework().get();
    Optional<ServiceFramework> framework = payload.frameworks().find(code);
    if (framework.isEmpty()) {
      sink.report(
          Finding.of(FRAMEWORK_UNKNOWN).with("framework", code), "servicePlan", "framework");
      return;
    }
    for (PlanDiscrepancy discrepancy : framework.get().check(plan.slots())) {
      Finding finding =
          Finding.of(discrepancy.ruleCode())
              .with("framework", code)
              .with("detail", new Localized(discrepancy.messageZh(), discrepancy.messageEn()));
      List<Object> path = new ArrayList<>(4);
      path.add("servicePlan");
      path.add("slots");
      OptionalInt slot = discrepancy.slotIndex();
      if (slot.isPresent()) {
        path.add(slot.getAsInt());
        if (discrepancy.itemIndex().isPresent()) {
          path.add(discrepancy.itemIndex().getAsInt());
        }
      }
      sink.report(finding, path.toArray());
    }
  }

  // ---------------------------------------------------------------- worker

  private static void worker(Worker worker, ValidationPayload payload, FindingSink sink) {
    if (worker.qualification().isPresent()) {
      qualification(worker.qualification().get(), payload, sink);
    }
    Set<WorkerRole> seen = EnumSet.noneOf(WorkerRole.class);
    List<WorkerRole> roles = worker.roles();
    for (int i = 0; i < roles.size(); i++) {
      if (!seen.add(roles.get(i))) {
        sink.report(
            Finding.of(WORKER_DUPLICATE_ROLE).with("role", roles.get(i).code()), "roles", i);
      }
    }
  }

  private static void qualification(
      Qualification qualification, ValidationPayload payload, FindingSink sink) {
    if (qualification.level().isEmpty() || qualification.obtainedOn().isEmpty()) {
      return;
    }
    QualificationLevel level = qualification.level().get();
    Optional<Integer> given = qualification.continuingEducationHours();
    OptionalInt hours =
        given.isPresent() && given.get() >= 0 ? OptionalInt.of(given.get()) : OptionalInt.empty();
    RegistrationAssessment assessment =
        payload
            .qualificationPolicy()
            .assessRegistration(
                level,
                qualification.obtainedOn().get(),
                qualification.registeredUntil(),
                payload.asOf(),
                hours);
    Optional<String> code = assessment.ruleCode();
    if (code.isPresent()) {
      sink.report(
          Finding.of(code.get())
              .with(
                  "detail",
                  new Localized(
                      withoutCode(assessment.messageZh()), withoutCode(assessment.messageEn()))),
          "qualification",
          qualification.registeredUntil().isPresent() ? "registeredUntil" : "obtainedOn");
    }
    assessment
        .continuingEducation()
        .filter(check -> !check.met())
        .ifPresent(
            check ->
                sink.report(
                    Finding.of(QUALIFICATION_EDUCATION)
                        .with(
                            "detail",
                            new Localized(
                                withoutCode(check.messageZh()), withoutCode(check.messageEn()))),
                    "qualification",
                    "continuingEducationHours"));
  }

  /** Core's messages start with their rule code; the issue carries the code on its own. */
  private static String withoutCode(String message) {
    return message.startsWith("SG-") && message.length() > 11 && message.charAt(10) == ' '
        ? message.substring(11)
        : message;
  }

  // ---------------------------------------------------------------- service record

  private static void serviceRecord(ServiceRecord record, FindingSink sink) {
    if (record.caseStage().isPresent()
        && record.method().isPresent()
        && record.method().get() != ServiceMethod.CASEWORK) {
      sink.report(
          Finding.of(SERVICE_CASE_STAGE).with("method", record.method().get()), "caseStage");
    }
    endNotBeforeStart(record.startedOn(), "startedOn", record.endedOn(), sink, "endedOn");
  }

  // ---------------------------------------------------------------- demand

  private static void demand(Demand demand, FindingSink sink) {
    for (DemandRequirement requirement : DemandWorkflow.unmetRequirements(demand)) {
      String field =
          switch (requirement) {
            case SERVICE_RECORD_WHEN_DONE -> "serviceRecordIds";
            case REASON_WHEN_REJECTED -> "rejectionReason";
            case SATISFACTION_ONLY_WHEN_DONE -> "satisfaction";
          };
      sink.report(
          Finding.of(requirement.ruleCode()).with("status", demand.status().orElseThrow().code()),
          field);
    }
  }

  // ---------------------------------------------------------------- project

  private static void project(Project project, FindingSink sink) {
    Set<LinkageParty> missing = FiveSocialLinkage.missingParties(project);
    if (!missing.isEmpty()) {
      {
        StringJoiner zh = new StringJoiner("、");
        StringJoiner en = new StringJoiner(", ");
        for (LinkageParty party : missing) {
          zh.add(PARTY.formatZh(Map.of("label", party.labelZh(), "code", party.code())));
          en.add(PARTY.formatEn(Map.of("label", party.labelZh(), "code", party.code())));
        }
        sink.report(
            Finding.of(LINKAGE_INCOMPLETE)
                .with("missing", new Localized(zh.toString(), en.toString())),
            "linkageParties");
      }
    }
    project
        .amount()
        .filter(amount -> !amount.isPositive())
        .ifPresent(
            amount ->
                sink.report(
                    Finding.of(PROJECT_AMOUNT).with("value", amount.toPlainString()), "amount"));
    endNotBeforeStart(project.startsOn(), "startsOn", project.endsOn(), sink, "endsOn");
  }

  // ---------------------------------------------------------------- rule families

  private static Rule qualification(
      String code, String summaryZh, String summaryEn, String example) {
    return Rule.builder()
        .code(code)
        .layer(Layer.DOMAIN)
        .severity(
            Objects.requireNonNull(
                QUALIFICATION_SEVERITIES.get(code), "a qualification rule has a severity"))
        .summaryZh(summaryZh)
        .summaryEn(summaryEn)
        .messageZh("资格登记：{detail}")
        .messageEn("qualification registration: {detail}")
        .example(example)
        .build();
  }

  private static List<Rule> demandRules() {
    List<Rule> rules = new ArrayList<>();
    for (DemandRequirement requirement : DemandRequirement.values()) {
      rules.add(
          Rule.builder()
              .code(requirement.ruleCode())
              .layer(Layer.DOMAIN)
              .severity(requirement.severity())
              .summaryZh(requirement.descriptionZh())
              .summaryEn(requirement.descriptionEn())
              .messageZh("需求状态为{status}：" + requirement.descriptionZh())
              .messageEn("the demand's status is {status}: " + requirement.descriptionEn())
              .example(
                  switch (requirement) {
                    case SERVICE_RECORD_WHEN_DONE ->
                        "{\"recordType\":\"demand\",\"status\":\"DONE\",\"serviceRecordIds\":[]}";
                    case REASON_WHEN_REJECTED ->
                        "{\"recordType\":\"demand\",\"status\":\"REJECTED\"}";
                    case SATISFACTION_ONLY_WHEN_DONE ->
                        "{\"recordType\":\"demand\",\"status\":\"PLANNED\",\"satisfaction\":5}";
                  })
              .build());
    }
    return List.copyOf(rules);
  }

  private static List<Rule> frameworkRules() {
    List<Rule> rules = new ArrayList<>();
    for (DiscrepancyKind kind : DiscrepancyKind.values()) {
      String summaryZh =
          switch (kind) {
            case SLOT_COUNT_MISMATCH -> "方案的栏目数与体系一致";
            case FIXED_COUNT_NOT_MET -> "固定数量的栏目恰有该数量的不同条目";
            case MISSING_MEMBERS -> "封闭栏目包含全部规定成员";
            case UNEXPECTED_MEMBERS -> "封闭栏目不含规定以外的条目";
            case BELOW_MINIMUM -> "可变栏目达到声明的最少条目数";
            case ITEM_IN_TWO_SLOTS -> "同一条目不出现在两个栏目中";
            case BLANK_ITEM -> "条目不为空白";
            case REPEATED_ITEM -> "同一栏目内条目不重复";
          };
      String summaryEn =
          switch (kind) {
            case SLOT_COUNT_MISMATCH -> "the plan has as many slots as the framework";
            case FIXED_COUNT_NOT_MET -> "a fixed slot has exactly its count of distinct items";
            case MISSING_MEMBERS -> "a closed slot contains all its members";
            case UNEXPECTED_MEMBERS -> "a closed slot contains nothing but its members";
            case BELOW_MINIMUM -> "a variable slot meets its declared minimum";
            case ITEM_IN_TWO_SLOTS -> "an item appears in one slot only";
            case BLANK_ITEM -> "an item is not blank";
            case REPEATED_ITEM -> "an item is not repeated within its slot";
          };
      String slots =
          switch (kind) {
            case SLOT_COUNT_MISMATCH -> "[[\"平台\"],[\"项目\"]]";
            case FIXED_COUNT_NOT_MET -> "[[],[\"项目\"],[…],[]]";
            case MISSING_MEMBERS -> "[[\"平台\"],[\"项目\"],[\"SOCIAL_ASSISTANCE\"],[]]";
            case UNEXPECTED_MEMBERS -> "[[\"平台\"],[\"项目\"],[…,\"OTHER\"],[]]";
            case BELOW_MINIMUM -> "[[\"平台\"],[\"特色一\"]]";
            case ITEM_IN_TWO_SLOTS -> "[[\"平台\"],[\"平台\"],[…],[]]";
            case BLANK_ITEM -> "[[\" \"],[\"项目\"],[…],[]]";
            case REPEATED_ITEM -> "[[\"平台\"],[\"项目\"],[…],[\"品牌\",\"品牌\"]]";
          };
      rules.add(
          Rule.builder()
              .code(kind.ruleCode())
              .layer(Layer.DOMAIN)
              .severity(Severity.ERROR)
              .summaryZh("服务方案须符合其服务体系：" + summaryZh)
              .summaryEn("a service plan conforms to its framework: " + summaryEn)
              .messageZh("服务方案不符合服务体系 {framework}：{detail}")
              .messageEn("the service plan does not conform to framework {framework}: {detail}")
              .example(
                  "{\"recordType\":\"station\",\"servicePlan\":{\"framework\":\"1+1+5+X\",\"slots\":"
                      + slots
                      + "}}")
              .build());
    }
    return List.copyOf(rules);
  }
}
