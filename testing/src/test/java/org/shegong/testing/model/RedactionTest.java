package org.shegong.testing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.Coded;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.FieldNames;
import org.shegong.core.privacy.Masking;
import org.shegong.core.privacy.Sensitive;
import org.shegong.core.privacy.SensitiveKind;

/** {@code toString()} of the model never shows a sensitive value of any sampled record. */
class RedactionTest {

  @Test
  void sensitiveAccessorsAreExactlyThePrivacyRelevantOnes() {
    // the privacy decision itself, written out: removing a @Sensitive mark fails here
    Map<String, SensitiveKind> sensitive = new TreeMap<>();
    for (Class<?> type : FieldNames.modelTypes()) {
      for (Method accessor : ModelSamples.accessors(type)) {
        Sensitive mark = accessor.getAnnotation(Sensitive.class);
        if (mark != null) {
          sensitive.put(type.getSimpleName() + "." + accessor.getName(), mark.value());
        }
      }
    }
    assertThat(sensitive)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Child.name", SensitiveKind.PERSON_NAME,
                "Child.citizenId", SensitiveKind.CITIZEN_ID,
                "Child.birthDate", SensitiveKind.BIRTH_DATE,
                "Worker.citizenId", SensitiveKind.CITIZEN_ID,
                "Worker.phone", SensitiveKind.PHONE,
                "Volunteer.citizenId", SensitiveKind.CITIZEN_ID,
                "Volunteer.phone", SensitiveKind.PHONE,
                "Guardian.name", SensitiveKind.PERSON_NAME,
                "Guardian.phone", SensitiveKind.PHONE,
                "Parent.situation", SensitiveKind.FAMILY_SITUATION));
  }

  @Test
  void everySetSensitiveAttributePrintsAsStars() {
    for (Object instance : ModelSamples.everyObject()) {
      for (Method accessor : sensitiveAccessors(instance)) {
        if (ModelSamples.isSet(ModelSamples.invoke(instance, accessor.getName()))) {
          assertThat(instance.toString())
              .as(instance.getClass().getSimpleName() + "." + accessor.getName())
              .contains(accessor.getName() + "=***");
        }
      }
    }
  }

  @Test
  void noSensitiveValueOfAnySampleAppearsInItsRecordsToString() {
    int checked = 0;
    for (ExchangeRecord record : ModelSamples.records()) {
      String text = record.toString();
      for (Object object : ModelSamples.objectsIn(record)) {
        for (Method accessor : sensitiveAccessors(object)) {
          Optional<?> value = (Optional<?>) ModelSamples.invoke(object, accessor.getName());
          for (String raw : value.map(RedactionTest::rawTexts).orElse(List.of())) {
            assertThat(text)
                .as(record.recordType().code() + " " + record.id() + ": " + accessor.getName())
                .doesNotContain(raw);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  private static List<Method> sensitiveAccessors(Object instance) {
    return ModelSamples.accessors(ModelSamples.modelTypeOf(instance)).stream()
        .filter(m -> m.getAnnotation(Sensitive.class) != null)
        .toList();
  }

  /** The texts that would give the value away: raw, and for a name its masked form too. */
  private static List<String> rawTexts(Object value) {
    if (value instanceof CitizenId id) {
      // the whole number and its birth date part (positions 7-14)
      return id.value().length() == 18
          ? List.of(id.value(), id.value().substring(6, 14))
          : List.of(id.value());
    }
    if (value instanceof MobileNumber phone) {
      return List.of(phone.value());
    }
    if (value instanceof Coded coded) {
      return List.of(coded.code(), ((Enum<?>) coded).name());
    }
    if (value instanceof String name) {
      return List.of(name, Masking.name(name));
    }
    return List.of(value.toString());
  }
}
