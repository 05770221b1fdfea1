package org.shegong.core.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * The record types of the exchange format, with their codes (the {@code recordType} values of an
 * exchange file), their Java types and their field names.
 *
 * <p>{@link #VOLUNTEER} and {@link #VOLUNTEER_TEAM} are extensions beyond exchange format v1: they
 * are not in the v1 specification, so a v1 partner may not know them. Their field names follow the
 * format's conventions.
 *
 * <p>{@link #requiredFields()} are the fields the specification marks <b>R</b> (required in the
 * {@code EXCHANGE} profile). For a collection field, "required" means the array must be present in
 * the JSON text; the model cannot tell an absent array from an empty one (both are an empty list),
 * so on a model instance an empty list satisfies a required collection field. For {@code
 * categories} of {@code child} the specification says so explicitly ("R (may be empty)").
 *
 * @since 0.1.0
 */
public enum RecordType implements Coded {
  /** 社工机构 / social organisation: record type {@code agency}. */
  AGENCY(
      "agency",
      "社工机构",
      "agency",
      Agency.class,
      Agency.FIELD_NAMES,
      List.of("id", "name", "creditCode", "kind", "divisionCode")),
  /** 社工站, 指导中心, 社工室 and other service posts: record type {@code station}. */
  STATION(
      "station",
      "社工站点",
      "station",
      Station.class,
      Station.FIELD_NAMES,
      List.of("id", "name", "level", "divisionCode", "status")),
  /** 社会工作者, 儿童主任, 儿童督导员, 督导: record type {@code worker}. */
  WORKER(
      "worker",
      "社会工作者",
      "worker",
      Worker.class,
      Worker.FIELD_NAMES,
      List.of("id", "name", "citizenId", "roles")),
  /** 儿童档案, one per child: record type {@code child}. */
  CHILD(
      "child",
      "儿童档案",
      "child",
      Child.class,
      Child.FIELD_NAMES,
      List.of("id", "name", "citizenId", "divisionCode", "categories", "classification")),
  /** One delivered service: record type {@code serviceRecord}. */
  SERVICE_RECORD(
      "serviceRecord",
      "服务记录",
      "service record",
      ServiceRecord.class,
      ServiceRecord.FIELD_NAMES,
      List.of("id", "stationId", "workerIds", "method", "domain", "startedOn")),
  /** An item of the 需求清单: record type {@code demand}. */
  DEMAND(
      "demand",
      "需求清单条目",
      "demand",
      Demand.class,
      Demand.FIELD_NAMES,
      List.of("id", "divisionCode", "channel", "summary", "urgency", "difficulty", "status")),
  /** 政府购买服务, 公益创投, charity-funded project: record type {@code project}. */
  PROJECT(
      "project",
      "项目",
      "project",
      Project.class,
      Project.FIELD_NAMES,
      List.of("id", "name", "funding", "amount", "agencyId", "startsOn", "endsOn")),
  /**
   * 志愿者 / volunteer: record type {@code volunteer}, an extension beyond exchange format v1; its
   * required fields are {@code id} and {@code name}.
   */
  VOLUNTEER(
      "volunteer",
      "志愿者",
      "volunteer",
      Volunteer.class,
      Volunteer.FIELD_NAMES,
      List.of("id", "name")),
  /**
   * 志愿服务队 / volunteer team: record type {@code volunteerTeam}, an extension beyond exchange format
   * v1; its required fields are {@code id} and {@code name}.
   */
  VOLUNTEER_TEAM(
      "volunteerTeam",
      "志愿服务队",
      "volunteer team",
      VolunteerTeam.class,
      VolunteerTeam.FIELD_NAMES,
      List.of("id", "name"));

  private final String code;
  private final String labelZh;
  private final String labelEn;
  private final Class<? extends ExchangeRecord> javaType;
  private final List<String> fieldNames;
  private final Set<String> requiredFields;

  RecordType(
      String code,
      String labelZh,
      String labelEn,
      Class<? extends ExchangeRecord> javaType,
      List<String> fieldNames,
      List<String> requiredFields) {
    this.code = code;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.javaType = javaType;
    this.fieldNames = fieldNames;
    this.requiredFields = Collections.unmodifiableSet(new LinkedHashSet<>(requiredFields));
  }

  /**
   * Returns the record type with the given code.
   *
   * @param code the code as spelled in the exchange format, for example {@code "serviceRecord"};
   *     not null
   * @return the record type, never null
   * @throws org.shegong.core.code.UnknownCodeException when no record type has that code
   */
  public static RecordType ofCode(String code) {
    return CodeSets.byCode(RecordType.class, code);
  }

  /**
   * Returns the code of the record type, the {@code recordType} value of an exchange file.
   *
   * @return for example {@code "serviceRecord"}, never null
   */
  @Override
  public String code() {
    return code;
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  /**
   * Returns the model type of records of this type.
   *
   * @return the abstract model class, for example {@code Child.class}; never null
   */
  public Class<? extends ExchangeRecord> javaType() {
    return javaType;
  }

  /**
   * Returns every JSON field name of this record type (the accessor names), in the order of the
   * exchange format; {@code recordType} itself is not included.
   *
   * <p>A field of a JSON record that is not in this list is an unknown field.
   *
   * @return an unmodifiable list, never null; the same as the model class's {@code FIELD_NAMES}
   */
  public List<String> fieldNames() {
    return fieldNames;
  }

  /**
   * Returns the JSON field names the exchange format marks required (<b>R</b>) for this record
   * type, in the order of the exchange format.
   *
   * <p>For a collection field (for example {@code categories} of {@code child}, {@code roles} of
   * {@code worker}) an empty list satisfies the requirement on a model instance, since the model
   * holds an absent array as an empty list. Of {@code startedOn, endedOn} only {@code startedOn} is
   * required. For the extension types {@link #VOLUNTEER} and {@link #VOLUNTEER_TEAM} the set is
   * {@code id, name}.
   *
   * @return an unmodifiable set iterating in the exchange format's order, never null; a subset of
   *     {@link #fieldNames()}
   */
  public Set<String> requiredFields() {
    return requiredFields;
  }

  /**
   * Tells whether this record type is an extension beyond exchange format v1.
   *
   * @return {@code true} for {@link #VOLUNTEER} and {@link #VOLUNTEER_TEAM}
   */
  public boolean extension() {
    return this == VOLUNTEER || this == VOLUNTEER_TEAM;
  }
}
