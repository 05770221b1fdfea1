package org.shegong.validation.internal.engine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.PastOrPresentDef;
import org.hibernate.validator.cfg.defs.RangeDef;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;
import org.shegong.core.division.DivisionLevel;
import org.shegong.core.issue.Layer;
import org.shegong.core.issue.Rule;
import org.shegong.core.issue.Severity;
import org.shegong.core.model.Agency;
import org.shegong.core.model.CarePlan;
import org.shegong.core.model.Child;
import org.shegong.core.model.Classification;
import org.shegong.core.model.Demand;
import org.shegong.core.model.ExchangeRecord;
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
import org.shegong.core.privacy.Masking;
import org.shegong.validation.constraints.CitizenIdNumber;
import org.shegong.validation.constraints.DivisionCodeValue;
import org.shegong.validation.constraints.MobilePhone;
import org.shegong.validation.constraints.UnifiedCreditCode;
import org.shegong.validation.internal.constraints.RecordRules;

/**
 * The constraints of the model (core has no annotations), declared once as data on the accessors of
 * the abstract model types: the single declaration from which both engines are derived.
 *
 * <p>Field rules are checks on the element of an {@code Optional} accessor ({@link #ELEMENTS}): the
 * public identifier constraints, not after the reference date (SG-DAT-001) and ranges (message
 * template = rule code). Nested objects are validated by cascading ({@link #CASCADES}). Every
 * record type ({@link #RECORD_TYPES}) has the class-level {@link RecordRules}: required fields and
 * the domain rules of {@code RecordChecks}.
 *
 * <p>{@link #declare} turns the declarations into a Hibernate Validator mapping ({@code
 * ModelValidatorFactory}); {@link RecordPlans} turns them into the direct engine's plans, whose
 * checks are the same code: the identifier checks of {@code IdentifierChecks}, and {@link
 * #notFuture} and {@link #inRange} for the two standard constraints, which give the findings that
 * {@link IssueFactory#findingOf} makes of {@code @PastOrPresent} and {@code @Range} violations.
 *
 * <p>The rules checked by standard constraints are defined here, next to the declarations that
 * check them; the identifier and division-code rules are defined with their checks in {@code
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
   * What the element of a property must satisfy: one of the model's field constraints.
   *
   * <p>Each kind stands for one constraint of the Hibernate Validator mapping ({@link #declare})
   * and for the same check in the direct engine ({@link RecordPlans}).
   *
   * @since 0.1.0
   */
  public sealed interface ElementCheck
      permits CitizenIdCheck, MobileCheck, CreditCodeCheck, DivisionCheck, NotFuture, InRange {}

  /**
   * {@code @CitizenIdNumber}: the citizen ID rules SG-CID-001…006 against the reference date.
   *
   * @since 0.1.0
   */
  public record CitizenIdCheck() implements ElementCheck {}

  /**
   * {@code @MobilePhone}: the mobile number rule SG-TEL-001.
   *
   * @since 0.1.0
   */
  public record MobileCheck() implements ElementCheck {}

  /**
   * {@code @UnifiedCreditCode}: the credit code rules SG-USC-001…003 (003 when configured strict).
   *
   * @since 0.1.0
   */
  public record CreditCodeCheck() implements ElementCheck {}

  /**
   * {@code @DivisionCodeValue}: a well-formed code of one of the levels, in the division table.
   *
   * @param levels the levels allowed, empty for any; not null
   * @since 0.1.0
   */
  public record DivisionCheck(Set<DivisionLevel> levels) implements ElementCheck {
    /**
     * Copies the levels.
     *
     * @param levels the levels allowed, empty for any; not null
     */
    public DivisionCheck {
      levels = levels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(levels));
    }
  }

  /**
   * {@code @PastOrPresent} against the reference date: SG-DAT-001.
   *
   * @since 0.1.0
   */
  public record NotFuture() implements ElementCheck {}

  /**
   * {@code @Range(min, max)} with the rule code as message template.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @param rule the rule a value outside the range breaks; not null
   * @since 0.1.0
   */
  public record InRange(long min, long max, Rule rule) implements ElementCheck {}

  /**
   * A field constraint on the element of an {@code Optional} accessor of a model type.
   *
   * @param type the abstract model type; not null
   * @param property the accessor, which is also the JSON field name; not null
   * @param check what the element must satisfy; not null
   * @since 0.1.0
   */
  public record Element(Class<?> type, String property, ElementCheck check) {}

  /**
   * A nested object (an {@code Optional} or a {@code List} of a model type) whose own constraints
   * apply, at the path of the accessor.
   *
   * @param type the model type that holds the accessor; not null
   * @param property the accessor, which is also the JSON field name; not null
   * @since 0.1.0
   */
  public record Cascade(Class<?> type, String property) {}

  /** Every field constraint of the model, type by type. */
  public static final List<Element> ELEMENTS =
      List.of(
          new Element(Agency.class, "creditCode", new CreditCodeCheck()),
          new Element(Agency.class, "divisionCode", division(DivisionLevel.COUNTY)),
          new Element(Agency.class, "registeredOn", new NotFuture()),
          // the level a station's code needs depends on the station's level: a record rule checks
          // it
          new Element(Station.class, "divisionCode", division()),
          new Element(Station.class, "openedOn", new NotFuture()),
          new Element(Worker.class, "citizenId", new CitizenIdCheck()),
          new Element(Worker.class, "phone", new MobileCheck()),
          new Element(Qualification.class, "obtainedOn", new NotFuture()),
          new Element(
              Qualification.class,
              "continuingEducationHours",
              new InRange(0, Integer.MAX_VALUE, QUALIFICATION_HOURS_NEGATIVE)),
          new Element(Child.class, "citizenId", new CitizenIdCheck()),
          new Element(Child.class, "birthDate", new NotFuture()),
          new Element(
              Child.class, "divisionCode", division(DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP)),
          new Element(Guardian.class, "phone", new MobileCheck()),
          new Element(GuardianConsent.class, "on", new NotFuture()),
          new Element(Classification.class, "assessedOn", new NotFuture()),
          new Element(CarePlan.class, "createdOn", new NotFuture()),
          new Element(Visit.class, "on", new NotFuture()),
          new Element(ServiceRecord.class, "startedOn", new NotFuture()),
          new Element(
              ServiceRecord.class,
              "participants",
              new InRange(0, Integer.MAX_VALUE, SERVICE_COUNT_NEGATIVE)),
          new Element(
              ServiceRecord.class,
              "volunteerCount",
              new InRange(0, Integer.MAX_VALUE, SERVICE_COUNT_NEGATIVE)),
          new Element(
              ServiceRecord.class, "sessions", new InRange(1, Integer.MAX_VALUE, SERVICE_SESSIONS)),
          new Element(
              Demand.class,
              "divisionCode",
              division(DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP)),
          new Element(Demand.class, "urgency", new InRange(1, 3, DEMAND_TRIAGE_RANGE)),
          new Element(Demand.class, "difficulty", new InRange(1, 3, DEMAND_TRIAGE_RANGE)),
          new Element(Demand.class, "satisfaction", new InRange(1, 5, DEMAND_SATISFACTION_RANGE)),
          new Element(Volunteer.class, "citizenId", new CitizenIdCheck()),
          new Element(Volunteer.class, "phone", new MobileCheck()),
          new Element(
              Volunteer.class,
              "serviceHours",
              new InRange(0, Integer.MAX_VALUE, VOLUNTEER_HOURS_NEGATIVE)));

  /** Every nested object whose constraints apply. */
  public static final List<Cascade> CASCADES =
      List.of(
          new Cascade(Worker.class, "qualification"),
          new Cascade(Child.class, "guardian"),
          new Cascade(Child.class, "guardianConsent"),
          new Cascade(Child.class, "classification"),
          new Cascade(Child.class, "carePlan"),
          new Cascade(Child.class, "visits"));

  /**
   * The record types, each with the class-level {@link RecordRules} (required fields and the domain
   * rules of {@code RecordChecks}).
   */
  public static final List<Class<? extends ExchangeRecord>> RECORD_TYPES =
      List.of(
          Agency.class,
          Station.class,
          Worker.class,
          Child.class,
          ServiceRecord.class,
          Demand.class,
          Project.class,
          Volunteer.class,
          VolunteerTeam.class);

  /**
   * Declares the model's constraints ({@link #ELEMENTS}, {@link #CASCADES}, {@link #RECORD_TYPES})
   * on a Hibernate Validator mapping.
   *
   * @param mapping a mapping of the factory being built; not null
   * @return the same mapping
   */
  public static ConstraintMapping declare(ConstraintMapping mapping) {
    Types types = new Types(mapping);
    for (Class<?> type : RECORD_TYPES) {
      types.record(type);
    }
    for (Element element : ELEMENTS) {
      types
          .of(element.type())
          .getter(element.property())
          .containerElementType()
          .constraint(definition(element.check()));
    }
    for (Cascade cascade : CASCADES) {
      types.of(cascade.type()).getter(cascade.property()).containerElementType().valid();
    }
    for (Class<?> type : ModelTypes.all()) {
      types.of(type);
    }
    return mapping;
  }

  /**
   * Finds SG-DAT-001 on a date, as {@code @PastOrPresent} with the validator's fixed clock does.
   *
   * @param property the field; {@code birthDate} shows the year only
   * @param value the date; not null
   * @param asOf the reference date; not null
   * @return the finding, or null when the date is not after the reference date
   */
  public static @Nullable Finding notFuture(String property, LocalDate value, LocalDate asOf) {
    return value.isAfter(asOf)
        ? Finding.of(DATE_IN_FUTURE).with("value", shownValue(property, value))
        : null;
  }

  /**
   * Finds the rule of a range on a number, as {@code @Range} does.
   *
   * @param range the range; not null
   * @param value the number; not null
   * @return the finding with {@code value}, {@code min} and {@code max}, or null when in range
   */
  public static @Nullable Finding inRange(InRange range, Number value) {
    long number = value.longValue();
    if (number >= range.min() && number <= range.max()) {
      return null;
    }
    return Finding.of(range.rule())
        .with("value", String.valueOf(value))
        .with("min", range.min())
        .with("max", range.max());
  }

  /**
   * Returns how the value of a standard constraint's violation is shown in its message.
   *
   * @param property the JSON name of the field; not null
   * @param value the offending value; not null
   * @return the value as text; a birth date next to a masked citizen ID would give the ID back, so
   *     only its year is shown
   */
  public static String shownValue(String property, Object value) {
    String text = String.valueOf(value);
    return property.equals("birthDate") ? Masking.birthDate(text) : text;
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

    <T> void record(Class<T> type) {
      of(type).constraint(new GenericConstraintDef<>(RecordRules.class));
    }
  }

  private static ConstraintDef<?, ?> definition(ElementCheck check) {
    if (check instanceof CitizenIdCheck) {
      return new GenericConstraintDef<>(CitizenIdNumber.class);
    } else if (check instanceof MobileCheck) {
      return new GenericConstraintDef<>(MobilePhone.class);
    } else if (check instanceof CreditCodeCheck) {
      return new GenericConstraintDef<>(UnifiedCreditCode.class);
    } else if (check instanceof DivisionCheck division) {
      return new GenericConstraintDef<>(DivisionCodeValue.class)
          .param("level", division.levels().toArray(new DivisionLevel[0]));
    } else if (check instanceof NotFuture) {
      return new PastOrPresentDef().message(DATE_IN_FUTURE.code());
    } else {
      InRange range = (InRange) check;
      return new RangeDef().min(range.min()).max(range.max()).message(range.rule().code());
    }
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

  private static DivisionCheck division(DivisionLevel... levels) {
    return new DivisionCheck(Set.of(levels));
  }
}
