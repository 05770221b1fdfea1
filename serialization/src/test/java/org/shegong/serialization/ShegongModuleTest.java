package org.shegong.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

class ShegongModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new ShegongModule());

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void readsBackEveryRecordTypeItWrote(RecordType type) throws Exception {
    ExchangeRecord record = Samples.BY_TYPE.get(type);
    String json = mapper.writeValueAsString(record);

    assertThat(mapper.readValue(json, type.javaType())).isEqualTo(record);
    assertThat(mapper.readValue(json, ExchangeRecord.class)).isEqualTo(record);
  }

  @Test
  void writesRecordTypeFirstThenFieldsInFormatOrder() throws Exception {
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(Samples.AGENCY));

    assertThat(tree.fieldNames())
        .toIterable()
        .containsExactly(
            "recordType",
            "id",
            "name",
            "creditCode",
            "kind",
            "divisionCode",
            "registeredOn",
            "phone");
    assertThat(tree.get("recordType").textValue()).isEqualTo("agency");
    assertThat(tree.get("kind").textValue()).isEqualTo("SOCIAL_SERVICE_AGENCY");
    assertThat(tree.get("registeredOn").textValue()).isEqualTo("2019-03-15");
  }

  @Test
  void writesNationalCodesMoneyAndDivisionCodesAsStrings() throws Exception {
    JsonNode child = mapper.readTree(mapper.writeValueAsString(Samples.CHILD));
    JsonNode project = mapper.readTree(mapper.writeValueAsString(Samples.PROJECT));
    String leadingZeros =
        mapper.writeValueAsString(
            Agency.builder().divisionCode(DivisionCode.lenient("011000")).build());

    assertThat(child.get("sex").textValue()).isEqualTo("2");
    assertThat(child.get("divisionCode").isTextual()).isTrue();
    assertThat(project.get("amount").textValue()).isEqualTo("300000.00");
    assertThat(leadingZeros).contains("\"divisionCode\":\"011000\"");
  }

  @Test
  void leavesOutAbsentValuesEmptyListsAndEmptyId() throws Exception {
    String json = mapper.writeValueAsString(Child.builder().build());

    assertThat(json).isEqualTo("{\"recordType\":\"child\"}");
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
    assertThat(mapper.writeValueAsString(List.of(Samples.AGENCY)))
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
        .hasMessageContaining("Duplicate field");
  }

  @Test
  void limitsNestingDepthOfRecords() {
    ObjectMapper shallow =
        new ObjectMapper()
            .registerModule(new ShegongModule(Limits.defaults().withMaxNestingDepth(2)));

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
            .writeValueAsString(Samples.CHILD);

    assertThat(masked)
        .doesNotContain(
            Samples.CHILD_ID, Samples.CHILD_NAME, Samples.GUARDIAN_NAME, Samples.GUARDIAN_PHONE)
        .contains(
            "\"name\":\"王**\"",
            "\"citizenId\":\"640502********" + Samples.CHILD_ID.substring(14) + "\"")
        .contains("\"phone\":\"139****5678\"", "\"situation\":\"***\"");
    assertThat(mapper.writeValueAsString(Guardian.builder().name("张三").build()))
        .isEqualTo("{\"name\":\"张三\"}");
  }
}
