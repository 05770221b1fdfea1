package org.shegong.testing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.core.code.UnknownCodeException;
import org.shegong.core.model.Child;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.FieldNames;
import org.shegong.core.model.RecordType;
import org.shegong.testing.sample.SampleData;

/** {@link RecordType} against the model types, the sealed hierarchy and the generated records. */
class RecordTypeTest {

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void theCodeIsTheJavaTypeNameInLowerCamelCaseAndTheConstantItsUpperSnakeCase(RecordType type) {
    String simpleName = type.javaType().getSimpleName();
    String lowerCamel = Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);

    assertThat(type.code()).isEqualTo(lowerCamel);
    assertThat(type.name())
        .isEqualTo(lowerCamel.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
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
  void exchangeRecordIsSealedToExactlyTheRecordTypes() {
    assertThat(ExchangeRecord.class.isSealed()).isTrue();
    Set<Class<?>> permitted = Set.of(ExchangeRecord.class.getPermittedSubclasses());
    Set<Class<?>> javaTypes =
        Arrays.stream(RecordType.values()).map(RecordType::javaType).collect(Collectors.toSet());
    assertThat(permitted).isEqualTo(javaTypes).hasSize(RecordType.values().length);
  }

  @Test
  void everyRecordReportsItsOwnRecordType() {
    Set<RecordType> seen = EnumSet.noneOf(RecordType.class);
    for (ExchangeRecord record : ModelSamples.records()) {
      assertThat(record).isInstanceOf(record.recordType().javaType());
      seen.add(record.recordType());
    }
    assertThat(seen).containsExactlyInAnyOrder(RecordType.values());
    assertThat(Child.builder().build().recordType()).isEqualTo(RecordType.CHILD);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void requiredFieldsAreFieldsOfTheRecordTypeAndUnmodifiable(RecordType type) {
    assertThat(type.requiredFields()).isNotEmpty().contains("id");
    assertThat(type.fieldNames()).containsAll(type.requiredFields());
    assertThatThrownBy(() -> type.requiredFields().add("extra"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> type.fieldNames().add("extra"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void requiredFieldsAreSetInEveryGeneratedRecordOfTheType(RecordType type) {
    // the generator writes valid records, and a valid record has its required fields
    for (ExchangeRecord record : ModelSamples.records()) {
      if (record.recordType() == type) {
        for (String field : type.requiredFields()) {
          Object value = ModelSamples.invoke(record, field);
          if (value instanceof List<?>) {
            continue; // an absent array and an empty one are the same in the model
          }
          assertThat(ModelSamples.isSet(value))
              .as(type.code() + " " + record.id() + " has " + field)
              .isTrue();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void fieldNamesAreTheFieldNamesOfTheJavaType(RecordType type) {
    assertThat(type.fieldNames()).isEqualTo(FieldNames.of(type.javaType()).orElseThrow());
    assertThat(type.fieldNames()).doesNotContain("recordType");
  }

  @Test
  void theExtensionsAreExactlyTheTypesASampleHasOnlyWithVolunteers() {
    Set<RecordType> withoutVolunteers =
        SampleData.withSeed(ModelSamples.SEED).records(3000).stream()
            .map(ExchangeRecord::recordType)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecordType.class)));
    Set<RecordType> extensions =
        Arrays.stream(RecordType.values())
            .filter(RecordType::extension)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecordType.class)));

    assertThat(extensions).isNotEmpty().doesNotContainAnyElementsOf(withoutVolunteers);
    assertThat(EnumSet.complementOf(EnumSet.copyOf(extensions))).isEqualTo(withoutVolunteers);
  }

  @Test
  void everyRecordTypeHasItsOwnLabels() {
    assertThat(Arrays.stream(RecordType.values()).map(RecordType::labelZh))
        .doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(label).isNotBlank());
    assertThat(Arrays.stream(RecordType.values()).map(RecordType::labelEn))
        .doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(label).isNotBlank());
    assertThat(Arrays.stream(RecordType.values()).filter(RecordType::national)).isEmpty();
  }
}
