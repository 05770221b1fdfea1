package org.shegong.validation.internal.engine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.PastOrPresentDef;
import org.hibernate.validator.cfg.defs.RangeDef;
import org.hibernate.validator.constraints.Range;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.Agency;
import org.shegong.core.model.CarePlan;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Demand;
import org.shegong.core.model.Guardian;
import org.shegong.core.model.GuardianConsent;
import org.shegong.core.model.Project;
import org.shegong.core.model.Qualification;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Visit;
import org.shegong.core.model.Volunteer;
import org.shegong.core.model.VolunteerTeam;
import org.shegong.core.model.Worker;
import org.shegong.validation.constraints.CitizenIdNumber;
import org.shegong.validation.constraints.DivisionCodeValue;
import org.shegong.validation.constraints.MobilePhone;
import org.shegong.validation.constraints.UnifiedCreditCode;
import org.shegong.validation.internal.constraints.RecordRules;

/**
 * The constraints of the model, declared programmatically (core has no annotations) on the
 * accessors of the abstract model types.
 *
 * <p>Field rules are constraints on the element of an {@code Optional} accessor: the public
 * identifier constraints, {@code @PastOrPresent} against the validator's clock (SG-DAT-001) and
 * {@code @Range} (message template = rule code). Nested objects are validated by cascading. Every
 * record type has the class-level {@link RecordRules} for required fields and domain rules.
 *
 * <p>The rules checked by standard constraints are defined here, next to the mapping that checks
 * them; the identifier and division-code rules are defined with their checks in {@code
 * IdentifierChecks}.
 *
 * @since 0.1.0
 */
public final class ModelConstraints {

  /** SG-DAT-001: a date that cannot be in the future is after the reference date. */
  static final Rule DATE_IN_FUTURE =
      Rule.builder()
          .code("SG-DAT-001")
          .layer(Layer.FIELD)
          .severity(Severity.ERROR)
          .summaryZh("已发生的日期（出生、登记、开办、评估、走访、取证、同意、建档、开始服务）不得晚于参照日期")
          .summaryEn(
              "a date of something that has happened (birth, registration, opening, assessment,"
                  + " visit, certificate, consent, care plan, service start) is not after the"
                  + " reference date")
          .messageZh("{field} {value} 晚于参照日期 {asOf}")
          .messageEn("{field} {value} is after the reference date {asOf}")
          .example("{\"recordType\":\"station\",\"openedOn\":\"2999-01-01\"}")
          .build();

  /** SG-DEM-004: urgency and difficulty are 1 to 3. */
  static final Rule DEMAND_TRIAGE_RANGE =
      range(
          "SG-DEM-004",
          "紧急程度和难易程度须为1（低）至3（高）",
          "urgency and difficulty are 1 (low) to 3 (high)",
          "{\"recordType\":\"demand\",\"urgency\":7}");

  /** SG-DEM-005: satisfaction is 1 to 5. */
  static final Rule DEMAND_SATISFACTION_RANGE =
      range(
          "SG-DEM-005",
          "满意度须为1至5",
          "satisfaction is 1 to 5",
          "{\"recordType\":\"demand\",\"satisfaction\":9}");

  /** SG-SRV-002: counts of people are not negative. */
  static final Rule SERVICE_COUNT_NEGATIVE =
      notNegative(
          "SG-SRV-002",
          "服务人次和志愿者人数不得为负数",
          "participants and volunteer counts are not negative",
          "{\"recordType\":\"serviceRecord\",\"participants\":-3}");

  /** SG-SRV-003: a service has at least one session. */
  static final Rule SERVICE_SESSIONS =
      Rule.builder()
          .code("SG-SRV-003")
          .layer(Layer.FIELD)
          .severity(Severity.ERROR)
          .summaryZh("服务节数至少为1")
          .summaryEn("a service has at least one session")
          .messageZh("{field} 为 {value}，至少应为 {min}")
          .messageEn("{field} is {value}; it must be at least {min}")
          .example("{\"recordType\":\"serviceRecord\",\"sessions\":0}")
          .build();

  /** SG-VOL-001: a volunteer's service hours are not negative. */
  static final Rule VOLUNTEER_HOURS_NEGATIVE =
      notNegative(
          "SG-VOL-001",
          "志愿者服务时长不得为负数",
          "a volunteer's service hours are not negative",
          "{\"recordType\":\"volunteer\",\"serviceHours\":-4}");

  /** SG-WRK-002: continuing education hours are not negative. */
  static final Rule QUALIFICATION_HOURS_NEGATIVE =
      notNegative(
          "SG-WRK-002",
          "继续教育学时不得为负数",
          "continuing education hours are not negative",
          "{\"recordType\":\"worker\",\"qualification\":{\"continuingEducationHours\":-8}}");

  /** The built-in constraints the mapping uses, for the predefined-scope factory. */
  public static final Set<String> BUILT_IN_CONSTRAINTS =
      Set.of(
          PastOrPresent.class.getName(),
          Range.class.getName(),
          Min.class.getName(),
          Max.class.getName());

  private ModelConstraints() {}

  /**
   * Declares the model's constraints on a mapping.
   *
   * @param mapping a mapping of the factory being built; not null
   * @return the same mapping
   */
  public static ConstraintMapping declare(ConstraintMapping mapping) {
    Types types = new Types(mapping);
    TypeConstraintMappingContext<Agency> agency = types.record(Agency.class);
    element(agency, "creditCode", new GenericConstraintDef<>(UnifiedCreditCode.class));
    element(agency, "divisionCode", division(DivisionLevel.COUNTY));
    element(agency, "registeredOn", notFuture());

    TypeConstraintMappingContext<Station> station = types.record(Station.class);
    // the level a station's code needs depends on the station's level: a record rule checks it
    element(station, "divisionCode", division());
    element(station, "openedOn", notFuture());

    TypeConstraintMappingContext<Worker> worker = types.record(Worker.class);
    element(worker, "citizenId", new GenericConstraintDef<>(CitizenIdNumber.class));
    element(worker, "phone", new GenericConstraintDef<>(MobilePhone.class));
    cascade(worker, "qualification");
    TypeConstraintMappingContext<Qualification> qualification = types.of(Qualification.class);
    element(qualification, "obtainedOn", notFuture());
    element(
        qualification,
        "continuingEducationHours",
        range(0, Integer.MAX_VALUE, QUALIFICATION_HOURS_NEGATIVE));

    TypeConstraintMappingContext<Child> child = types.record(Child.class);
    element(child, "citizenId", new GenericConstraintDef<>(CitizenIdNumber.class));
    element(child, "birthDate", notFuture());
    element(child, "divisionCode", division(DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP));
    cascade(child, "guardian");
    cascade(child, "guardianConsent");
    cascade(child, "classification");
    cascade(child, "carePlan");
    cascade(child, "visits");
    element(types.of(Guardian.class), "phone", new GenericConstraintDef<>(MobilePhone.class));
    element(types.of(GuardianConsent.class), "on", notFuture());
    element(types.of(Classification.class), "assessedOn", notFuture());
    element(types.of(CarePlan.class), "createdOn", notFuture());
    element(types.of(Visit.class), "on", notFuture());

    TypeConstraintMappingContext<ServiceRecord> service = types.record(ServiceRecord.class);
    element(service, "startedOn", notFuture());
    element(service, "participants", range(0, Integer.MAX_VALUE, SERVICE_COUNT_NEGATIVE));
    element(service, "volunteerCount", range(0, Integer.MAX_VALUE, SERVICE_COUNT_NEGATIVE));
    element(service, "sessions", range(1, Integer.MAX_VALUE, SERVICE_SESSIONS));

    TypeConstraintMappingContext<Demand> demand = types.record(Demand.class);
    element(demand, "divisionCode", division(DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP));
    element(demand, "urgency", range(1, 3, DEMAND_TRIAGE_RANGE));
    element(demand, "difficulty", range(1, 3, DEMAND_TRIAGE_RANGE));
    element(demand, "satisfaction", range(1, 5, DEMAND_SATISFACTION_RANGE));

    types.record(Project.class);

    TypeConstraintMappingContext<Volunteer> volunteer = types.record(Volunteer.class);
    element(volunteer, "citizenId", new GenericConstraintDef<>(CitizenIdNumber.class));
    element(volunteer, "phone", new GenericConstraintDef<>(MobilePhone.class));
    element(volunteer, "serviceHours", range(0, Integer.MAX_VALUE, VOLUNTEER_HOURS_NEGATIVE));

    types.record(VolunteerTeam.class);
    for (Class<?> type : ModelTypes.all()) {
      types.of(type);
    }
    return mapping;
  }

  /**
   * The one context of each type in a mapping (a type can be configured once only).
   *
   * @since 0.1.0
   */
  private static final class Types {
    private final ConstraintMapping mapping;
    private final Map<Class<?>, TypeConstraintMappingContext<?>> contexts = new HashMap<>();

    Types(ConstraintMapping mapping) {
      this.mapping = mapping;
    }

    /** Core carries no constraint annotations: Hibernate Validator is spared the search. */
    @SuppressWarnings("unchecked")
    <T> TypeConstraintMappingContext<T> of(Class<T> type) {
      return (TypeConstraintMappingContext<T>)
          contexts.computeIfAbsent(type, t -> mapping.type(t).ignoreAllAnnotations());
    }

    <T> TypeConstraintMappingContext<T> record(Class<T> type) {
      TypeConstraintMappingContext<T> context = of(type);
      context.constraint(new GenericConstraintDef<>(RecordRules.class));
      return context;
    }
  }

  private static void element(
      TypeConstraintMappingContext<?> type, String accessor, ConstraintDef<?, ?> constraint) {
    type.getter(accessor).containerElementType().constraint(constraint);
  }

  private static void cascade(TypeConstraintMappingContext<?> type, String accessor) {
    type.getter(accessor).containerElementType().valid();
  }

  private static PastOrPresentDef notFuture() {
    return new PastOrPresentDef().message(DATE_IN_FUTURE.code());
  }

  private static RangeDef range(long min, long max, Rule rule) {
    return new RangeDef().min(min).max(max).message(rule.code());
  }

  private static Rule range(String code, String summaryZh, String summaryEn, String example) {
    return Rule.builder()
        .code(code)
        .layer(Layer.FIELD)
        .severity(Severity.ERROR)
        .summaryZh(summaryZh)
        .summaryEn(summaryEn)
        .messageZh("{field} 为 {value}，应在 {min} 至 {max} 之间")
        .messageEn("{field} is {value}; it must be from {min} to {max}")
        .example(example)
        .build();
  }

  private static Rule notNegative(String code, String summaryZh, String summaryEn, String example) {
    return Rule.builder()
        .code(code)
        .layer(Layer.FIELD)
        .severity(Severity.ERROR)
        .summaryZh(summaryZh)
        .summaryEn(summaryEn)
        .messageZh("{field} 为 {value}，不得为负数")
        .messageEn("{field} is {value}; it must not be negative")
        .example(example)
        .build();
  }

  private static GenericConstraintDef<DivisionCodeValue> division(DivisionLevel... levels) {
    return new GenericConstraintDef<>(DivisionCodeValue.class).param("level", levels);
  }
}
