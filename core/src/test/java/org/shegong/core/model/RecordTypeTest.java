package org.shegong.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.code.UnknownCodeException;

class RecordTypeTest {

  @Test
  void codesAreTheExchangeFormatSpellings() {
    assertThat(Arrays.stream(RecordType.values()).map(RecordType::code))
        .containsExactly(
            "agency",
            "station",
            "worker",
            "child",
            "serviceRecord",
            "demand",
            "project",
            "volunteer",
            "volunteerTeam");
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void ofCodeFindsEveryRecordTypeByItsCode(RecordType type) {
    assertThat(RecordType.ofCode(type.code())).isSameAs(type);
  }

  @Test
  void ofCodeRejectsAnUnknownOrMisspelledType() {
    assertThatThrownBy(() -> RecordType.ofCode("service_record"))
        .isInstanceOf(UnknownCodeException.class);
    assertThatThrownBy(() -> RecordType.ofCode("Child")).isInstanceOf(UnknownCodeException.class);
  }

  @Test
  void javaTypeIsTheModelClassOfEachRecordType() {
    Map<RecordType, Class<?>> expected =
        Map.of(
            RecordType.AGENCY, Agency.class,
            RecordType.STATION, Station.class,
            RecordType.WORKER, Worker.class,
            RecordType.CHILD, Child.class,
            RecordType.SERVICE_RECORD, ServiceRecord.class,
            RecordType.DEMAND, Demand.class,
            RecordType.PROJECT, Project.class,
            RecordType.VOLUNTEER, Volunteer.class,
            RecordType.VOLUNTEER_TEAM, VolunteerTeam.class);
    for (RecordType type : RecordType.values()) {
      assertThat(type.javaType()).as(type.code()).isEqualTo(expected.get(type));
    }
  }

  @Test
  void everyRecordReportsItsOwnRecordType() {
    List<ExchangeRecord> records =
        List.of(
            Samples.agency(),
            Samples.station(),
            Samples.worker(),
            Samples.child(),
            Samples.serviceRecord(),
            Samples.demand(),
            Samples.project(),
            Samples.volunteer(),
            Samples.volunteerTeam());
    assertThat(records).extracting(ExchangeRecord::recordType).containsExactly(RecordType.values());
    for (ExchangeRecord record : records) {
      assertThat(record).isInstanceOf(record.recordType().javaType());
    }
    assertThat(Child.builder().build().recordType()).isEqualTo(RecordType.CHILD);
  }

  @Test
  void exchangeRecordIsSealedToExactlyTheRecordTypes() {
    assertThat(ExchangeRecord.class.isSealed()).isTrue();
    Set<Class<?>> permitted = Set.of(ExchangeRecord.class.getPermittedSubclasses());
    Set<Class<?>> javaTypes =
        Arrays.stream(RecordType.values()).map(RecordType::javaType).collect(Collectors.toSet());
    assertThat(permitted).isEqualTo(javaTypes);
  }

  @Test
  void requiredFieldsAreThoseTheSpecificationMarksRequired() {
    assertThat(RecordType.AGENCY.requiredFields())
        .containsExactly("id", "name", "creditCode", "kind", "divisionCode");
    assertThat(RecordType.STATION.requiredFields())
        .containsExactly("id", "name", "level", "divisionCode", "status");
    assertThat(RecordType.WORKER.requiredFields())
        .containsExactly("id", "name", "citizenId", "roles");
    assertThat(RecordType.CHILD.requiredFields())
        .containsExactly("id", "name", "citizenId", "divisionCode", "categories", "classification");
    assertThat(RecordType.SERVICE_RECORD.requiredFields())
        .containsExactly("id", "stationId", "workerIds", "method", "domain", "startedOn")
        .doesNotContain("endedOn");
    assertThat(RecordType.DEMAND.requiredFields())
        .containsExactly(
            "id", "divisionCode", "channel", "summary", "urgency", "difficulty", "status");
    assertThat(RecordType.PROJECT.requiredFields())
        .containsExactly("id", "name", "funding", "amount", "agencyId", "startsOn", "endsOn");
    assertThat(RecordType.VOLUNTEER.requiredFields()).containsExactly("id", "name");
    assertThat(RecordType.VOLUNTEER_TEAM.requiredFields()).containsExactly("id", "name");
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void requiredFieldsAreFieldsOfTheRecordTypeAndUnmodifiable(RecordType type) {
    assertThat(type.fieldNames()).containsAll(type.requiredFields());
    assertThatThrownBy(() -> type.requiredFields().add("extra"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> type.fieldNames().add("extra"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void fieldNamesFollowTheSpecificationOrder() {
    assertThat(RecordType.SERVICE_RECORD.fieldNames())
        .containsExactly(
            "id",
            "stationId",
            "workerIds",
            "method",
            "domain",
            "startedOn",
            "endedOn",
            "recipientIds",
            "targetGroups",
            "participants",
            "volunteerCount",
            "caseStage",
            "sessions");
    assertThat(RecordType.CHILD.fieldNames())
        .containsExactly(
            "id",
            "name",
            "citizenId",
            "birthDate",
            "sex",
            "divisionCode",
            "ruralHousehold",
            "categories",
            "parents",
            "guardian",
            "guardianConsent",
            "classification",
            "carePlan",
            "responsibleIds",
            "visits");
    assertThat(RecordType.AGENCY.fieldNames())
        .containsExactly(
            "id", "name", "creditCode", "kind", "divisionCode", "registeredOn", "phone");
    assertThat(RecordType.PROJECT.fieldNames())
        .containsExactly(
            "id",
            "name",
            "funding",
            "amount",
            "agencyId",
            "startsOn",
            "endsOn",
            "linkageParties",
            "fiveSocialLinkage");
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void fieldNamesAreTheFieldNamesOfTheJavaType(RecordType type) {
    assertThat(type.fieldNames()).isEqualTo(FieldNames.of(type.javaType()).orElseThrow());
    assertThat(type.fieldNames()).doesNotContain("recordType");
  }

  @Test
  void onlyVolunteerTypesAreExtensions() {
    assertThat(Arrays.stream(RecordType.values()).filter(RecordType::extension))
        .containsExactly(RecordType.VOLUNTEER, RecordType.VOLUNTEER_TEAM);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void everyRecordTypeHasLabels(RecordType type) {
    assertThat(type.labelZh()).isNotBlank();
    assertThat(type.labelEn()).isNotBlank();
    assertThat(type.national()).isFalse();
  }
}
