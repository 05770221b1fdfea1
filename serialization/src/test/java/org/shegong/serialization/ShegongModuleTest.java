package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.code.Sex;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.model.Agency;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Guardian;
import org.shegong.core.model.RecordType;
import org.shegong.core.money.Money;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class ShegongModuleTest {

  private final ObjectMapper mapper = JsonMapper.builder().addModule(new ShegongModule()).build();

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void readsBackEveryRecordTypeItWrote(RecordType type) throws Exception {
    ExchangeRecord record = Fixtures.BY_TYPE.get(type);
    String json = mapper.writeValueAsString(record);

    assertThat(mapper.readValue(json, type.javaType())).isEqualTo(record);
    assertThat(mapper.readValue(json, ExchangeRecord.class)).isEqualTo(record);
  }

  @Test
  void writesRecordTypeFirstThenFieldsInFormatOrder() throws Exception {
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(Fixtures.AGENCY));

    assertThat(tree.propertyNames())
        .containsExactly(
            "recordType",
            "id",
            "name",
            "creditCode",
            "kind",
            "divisionCode",
            "registeredOn",
            "phone");
    assertThat(tree.get("recordType").stringValue()).isEqualTo("agency");
    assertThat(tree.get("kind").stringValue()).isEqualTo("SOCIAL_SERVICE_AGENCY");
    assertThat(tree.get("registeredOn").stringValue())
        .isEqualTo(Fixtures.AGENCY.registeredOn().orElseThrow().toString());
  }

  @Test
  void writesNationalCodesMoneyAndDivisionCodesAsStrings() throws Exception {
    JsonNode child = mapper.readTree(mapper.writeValueAsString(Fixtures.CHILD));
    JsonNode project = mapper.readTree(mapper.writeValueAsString(Fixtures.PROJECT));
    String leadingZeros =
        mapper.writeValueAsString(
            Agency.builder().divisionCode(DivisionCode.lenient("011000")).build());

    assertThat(child.get("sex").stringValue())
        .isEqualTo(Fixtures.CHILD.sex().orElseThrow().code())
        .isIn("1", "2");
    assertThat(child.get("divisionCode").isString()).isTrue();
    assertThat(project.get("amount").stringValue())
        .isEqualTo(Fixtures.PROJECT.amount().orElseThrow().toPlainString())
        .matches("[0-9]+\\.[0-9]{2}");
    assertThat(leadingZeros).contains("\"divisionCode\":\"011000\"");
  }

  @Test
  void leavesOutAbsentValuesEmptyListsAndEmptyId() throws Exception {
    String json = mapper.writeValueAsString(Child.builder().build());

    // categories is required even when empty (exchange format v1): written as []
    assertThat(json).isEqualTo("{\"recordType\":\"child\",\"categories\":[]}");
    assertThat(mapper.readValue(json, Child.class)).isEqualTo(Child.builder().build());
  }

  @Test
  void readsNullAsAbsent() throws Exception {
    Child child = mapper.readValue("{\"id\":\"C-1\",\"sex\":null,\"visits\":null}", Child.class);

    assertThat(child).isEqualTo(Child.builder().id("C-1").build());
  }

  @Test
  void writesAndReadsStandaloneValues() throws Exception {
    assertThat(mapper.writeValueAsString(Sex.MALE)).isEqualTo("\"1\"");
    assertThat(mapper.readValue("\"9\"", Sex.class)).isEqualTo(Sex.UNSPECIFIED);
    assertThat(mapper.writeValueAsString(Money.parse("12.5"))).isEqualTo("\"12.50\"");
    assertThat(mapper.readValue("[\"0\",\"1\"]", Sex[].class))
        .containsExactly(Sex.UNKNOWN, Sex.MALE);
    assertThat(mapper.writeValueAsString(List.of(Fixtures.AGENCY)))
        .startsWith("[{\"recordType\":\"agency\"");
  }

  @Test
  void failsFastOnUnknownCodeNamingFieldRuleAndAllowedCodes() {
    assertThatThrownBy(() -> mapper.readValue("{\"sex\":\"M\"}", Child.class))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageStartingWith("SG-STR-003 at /sex:")
        .hasMessageContaining("allowed: 0, 1, 2, 9")
        .satisfies(e -> assertThat(((RecordMappingException) e).issue().path()).isEqualTo("/sex"));
  }

  @Test
  void failsFastOnUnknownFieldWrongTypeBadDateAndBadMoney() {
    assertThatThrownBy(() -> mapper.readValue("{\"nmae\":\"x\"}", Agency.class))
        .hasMessageStartingWith("SG-STR-004 at /nmae");
    assertThatThrownBy(
            () -> mapper.readValue("{\"urgency\":\"high\"}", org.shegong.core.model.Demand.class))
        .hasMessageStartingWith("SG-STR-002 at /urgency")
        .hasMessageContaining("expected integer, found string");
    assertThatThrownBy(() -> mapper.readValue("{\"birthDate\":\"2015/03/12\"}", Child.class))
        .hasMessageStartingWith("SG-STR-006 at /birthDate");
    assertThatThrownBy(
            () ->
                mapper.readValue("{\"amount\":\"3,000.00\"}", org.shegong.core.model.Project.class))
        .hasMessageStartingWith("SG-STR-006 at /amount");
  }

  @Test
  void failsFastOnDuplicateKeyEvenWithoutParserFeature() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"A\",\"id\":\"B\"}", Agency.class))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageStartingWith("SG-SYN-002 at /id");
  }

  @Test
  void failsFastOnWrongRecordTypeAndOnMissingRecordTypeForExchangeRecord() {
    assertThatThrownBy(() -> mapper.readValue("{\"recordType\":\"agency\"}", Child.class))
        .hasMessageStartingWith("SG-STR-005 at /recordType");
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"x\"}", ExchangeRecord.class))
        .hasMessageStartingWith("SG-STR-005 at /recordType")
        .hasMessageContaining("allowed: agency, station");
  }

  @Test
  void pathOfNestedProblemPointsIntoTheNestedObject() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"parents\":[{\"relation\":\"UNCLE\"}]}", Child.class))
        .hasMessageStartingWith("SG-STR-003 at /parents/0/relation");
  }

  @Test
  void masksSensitiveValueInMessageOfUnknownCode() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"parents\":[{\"situation\":\"IN_PRISON_SINCE_2020\"}]}", Child.class))
        .hasMessageStartingWith("SG-STR-003 at /parents/0/situation")
        .hasMessageNotContaining("IN_PRISON");
  }

  @Test
  void strictMapperRejectsTrailingTokensAndDuplicateKeys() {
    ObjectMapper strict = ShegongModule.newMapper();

    assertThatThrownBy(() -> strict.readValue("{\"id\":\"A\"} {}", Agency.class))
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> strict.readValue("{\"id\":\"A\",\"id\":\"A\"}", Agency.class))
        .hasMessageContaining("Duplicate Object property");
  }

  @Test
  void limitsNestingDepthOfRecords() {
    ObjectMapper shallow =
        JsonMapper.builder()
            .addModule(new ShegongModule(Limits.defaults().withMaxNestingDepth(2)))
            .build();

    assertThatThrownBy(
            () ->
                shallow.readValue(
                    "{\"servicePlan\":{\"slots\":[[\"a\"]]}}",
                    org.shegong.core.model.Station.class))
        .hasMessageStartingWith("SG-SYN-004")
        .hasMessageContaining("maxNestingDepth");
  }

  @Test
  void masksSensitiveValuesWhenAskedTo() throws Exception {
    String masked =
        mapper
            .writer()
            .withAttribute(ShegongModule.MASKED_OUTPUT, true)
            .writeValueAsString(Fixtures.CHILD);

    assertThat(masked)
        .doesNotContain(
            Fixtures.CHILD_ID, Fixtures.CHILD_NAME, Fixtures.GUARDIAN_NAME, Fixtures.GUARDIAN_PHONE)
        .contains(
            "\"name\":\"" + Fixtures.CHILD_NAME.charAt(0) + "**\"",
            "\"citizenId\":\""
                + Fixtures.CHILD_ID.substring(0, 6)
                + "********"
                + Fixtures.CHILD_ID.substring(14)
                + "\"")
        .contains(
            "\"phone\":\""
                + Fixtures.GUARDIAN_PHONE.substring(0, 3)
                + "****"
                + Fixtures.GUARDIAN_PHONE.substring(7)
                + "\"",
            "\"situation\":\"***\"");
    assertThat(mapper.writeValueAsString(Guardian.builder().name("张三").build()))
        .isEqualTo("{\"name\":\"张三\"}");
  }
}
