package org.shegong.validation.internal.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
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
import org.shegong.core.framework.PlanDiscrepancy;
import org.shegong.core.framework.ServiceFramework;
import org.shegong.core.linkage.FiveSocialLinkage;
import org.shegong.core.model.Child;
import org.shegong.core.model.Demand;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Project;
import org.shegong.core.model.Qualification;
import org.shegong.core.model.RecordType;
import org.shegong.core.model.ServicePlan;
import org.shegong.core.model.ServiceRecord;
import org.shegong.core.model.Station;
import org.shegong.core.model.Worker;
import org.shegong.core.qualification.RegistrationAssessment;
import org.shegong.validation.internal.constraints.IdentifierChecks;
import org.shegong.validation.internal.engine.Finding;
import org.shegong.validation.internal.engine.Localized;
import org.shegong.validation.internal.engine.ValidationPayload;

/**
 * The record-level rules: required fields (SG-STR-001) and the cross-field domain rules of each
 * record type, as pure functions of a record and the payload that report findings to a sink.
 *
 * <p>Single-field rules (identifiers, division codes, dates in the future, ranges) are constraints
 * on the accessors instead; see the model's constraint mapping.
 *
 * @since 0.1.0
 */
public final class RecordChecks {

  private static final Map<RecordType, List<Accessor>> REQUIRED = requiredAccessors();

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
          Finding.of(ValidationRules.END_BEFORE_START)
              .with("value", end.get().toString())
              .with("startField", startField)
              .with("start", start.get().toString()),
          endPath);
    }
  }

  // ---------------------------------------------------------------- structure

  private static void required(ExchangeRecord record, FindingSink sink) {
    for (Accessor accessor : REQUIRED.get(record.recordType())) {
      if (isMissing(accessor.field, accessor.get(record))) {
        sink.report(
            Finding.of(ValidationRules.REQUIRED).with("recordType", record.recordType().code()),
            accessor.field);
      }
    }
  }

  private static boolean isMissing(String field, Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof Optional<?> optional) {
      return optional.isEmpty() || isMissing(field, optional.get());
    }
    if (value instanceof CharSequence text) {
      return text.toString().isBlank();
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
        try {
          accessors.add(new Accessor(field, type.javaType().getMethod(field)));
        } catch (NoSuchMethodException e) {
          throw new IllegalStateException("record type " + type + " has no accessor " + field, e);
        }
      }
      map.put(type, List.copyOf(accessors));
    }
    return map;
  }

  private record Accessor(String field, Method method) {
    Object get(ExchangeRecord record) {
      try {
        return method.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + field + " of " + record.recordType(), e);
      }
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
          Finding.of(ValidationRules.FRAMEWORK_UNKNOWN).with("framework", code),
          "servicePlan",
          "framework");
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
            Finding.of(ValidationRules.WORKER_DUPLICATE_ROLE).with("role", roles.get(i).code()),
            "roles",
            i);
      }
    }
  }

  private static void qualification(
      Qualification qualification, ValidationPayload payload, FindingSink sink) {
    if (qualification.level().isEmpty() || qualification.obtainedOn().isEmpty()) {
      return;
    }
    QualificationLevel level = qualification.level().get();
    OptionalInt hours =
        qualification.continuingEducationHours().filter(h -> h >= 0).stream()
            .mapToInt(Integer::intValue)
            .findFirst();
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
                    Finding.of(ValidationRules.QUALIFICATION_EDUCATION)
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
          Finding.of(ValidationRules.SERVICE_CASE_STAGE).with("method", record.method().get()),
          "caseStage");
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
          zh.add(party.labelZh() + "（" + party.code() + "）");
          en.add(party.code());
        }
        sink.report(
            Finding.of(ValidationRules.LINKAGE_INCOMPLETE)
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
                    Finding.of(ValidationRules.PROJECT_AMOUNT)
                        .with("value", amount.toPlainString()),
                    "amount"));
    endNotBeforeStart(project.startsOn(), "startsOn", project.endsOn(), sink, "endsOn");
  }
}
