package org.shegong.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.Coded;
import org.shegong.core.code.ParentSituation;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.privacy.Masking;
import org.shegong.core.privacy.Sensitive;
import org.shegong.core.privacy.SensitiveKind;

class RedactionTest {

  @Test
  void childToStringHidesTheNameIdNumberAndGuardian() {
    String text = Samples.child().toString();
    assertThat(text)
        .contains("C-0001", "***")
        .doesNotContain(Samples.CHILD_NAME)
        .doesNotContain(Masking.name(Samples.CHILD_NAME))
        .doesNotContain(Samples.CHILD_ID_RAW)
        .doesNotContain(Samples.CHILD_ID_RAW.substring(6, 14))
        .doesNotContain(Samples.GUARDIAN_NAME)
        .doesNotContain(Samples.GUARDIAN_PHONE_RAW)
        .doesNotContain(Samples.GUARDIAN_PHONE_RAW.substring(7))
        .doesNotContain(ParentSituation.IMPRISONED.name());
  }

  @Test
  void workerToStringHidesIdNumberAndPhone() {
    String text = Samples.worker().toString();
    assertThat(text)
        .contains("W-001", "***")
        .doesNotContain(Samples.WORKER_ID_RAW)
        .doesNotContain(Samples.WORKER_PHONE_RAW)
        .doesNotContain(Samples.WORKER_PHONE_RAW.substring(7));
  }

  @Test
  void volunteerToStringHidesIdNumberAndPhone() {
    String text = Samples.volunteer().toString();
    assertThat(text)
        .contains("V-001", "***")
        .doesNotContain(Samples.VOLUNTEER_ID_RAW)
        .doesNotContain(Samples.VOLUNTEER_PHONE_RAW);
  }

  @Test
  void guardianToStringHidesNameAndPhoneButShowsTheRelation() {
    String text = Samples.guardian().toString();
    assertThat(text)
        .isEqualTo("Guardian{name=***, relation=祖父, phone=***}")
        .doesNotContain(Samples.GUARDIAN_NAME)
        .doesNotContain(Samples.GUARDIAN_PHONE_RAW);
  }

  @Test
  void parentToStringHidesTheSituation() {
    assertThat(Samples.father().toString())
        .contains("FATHER", "situation=***")
        .doesNotContain(ParentSituation.IMPRISONED.name());
  }

  @Test
  void sensitiveAccessorsAreExactlyThePrivacyRelevantOnes() {
    Map<String, SensitiveKind> sensitive = new TreeMap<>();
    for (Class<?> type : FieldNames.modelTypes()) {
      for (Method accessor : ModelReflection.accessors(type)) {
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
  void noSensitiveValueOfAnySampleAppearsInAnyToString() {
    for (Object instance : Samples.everyModelInstance()) {
      Class<?> type = ModelReflection.modelTypeOf(instance);
      for (Method accessor : ModelReflection.accessors(type)) {
        if (accessor.getAnnotation(Sensitive.class) == null) {
          continue;
        }
        Object value = ((Optional<?>) ModelReflection.invoke(instance, accessor.getName())).get();
        String raw = rawText(value);
        for (Object holder : Samples.everyModelInstance()) {
          assertThat(holder.toString())
              .as(type.getSimpleName() + "." + accessor.getName() + " in " + holder.getClass())
              .doesNotContain(raw);
        }
      }
    }
  }

  private static String rawText(Object value) {
    if (value instanceof CitizenId id) {
      return id.value();
    }
    if (value instanceof MobileNumber phone) {
      return phone.value();
    }
    if (value instanceof Coded coded) {
      return coded.code();
    }
    return value.toString();
  }
}
