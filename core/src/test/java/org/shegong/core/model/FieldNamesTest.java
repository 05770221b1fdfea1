package org.shegong.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FieldNamesTest {

  @Test
  void fieldNamesAreExactlyTheAccessorsOfEveryModelType() {
    assertThat(FieldNames.modelTypes()).hasSize(18);
    for (Class<?> type : FieldNames.modelTypes()) {
      Set<String> accessors =
          ModelReflection.accessors(type).stream().map(Method::getName).collect(Collectors.toSet());
      assertThat(FieldNames.of(type).orElseThrow())
          .as(type.getSimpleName())
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(accessors);
    }
  }

  @Test
  void nestedObjectsHaveTheSpecificationFieldNames() {
    assertThat(ServicePlan.FIELD_NAMES).containsExactly("framework", "slots");
    assertThat(Qualification.FIELD_NAMES)
        .containsExactly(
            "level", "certificateNo", "obtainedOn", "registeredUntil", "continuingEducationHours");
    assertThat(Parent.FIELD_NAMES).containsExactly("relation", "situation", "since", "until");
    assertThat(Guardian.FIELD_NAMES).containsExactly("name", "relation", "phone");
    assertThat(GuardianConsent.FIELD_NAMES).containsExactly("given", "on");
    assertThat(Classification.FIELD_NAMES)
        .containsExactly("tier", "assessedOn", "assessorId", "reasons", "nextReviewOn");
    assertThat(CarePlan.FIELD_NAMES).containsExactly("createdOn", "goals");
    assertThat(ResponsiblePeople.FIELD_NAMES)
        .containsExactly("childSupervisorId", "childDirectorId", "socialWorkerId");
    assertThat(Visit.FIELD_NAMES).containsExactly("on", "workerId", "kind");
  }

  @Test
  void findsTheFieldNamesFromTheClassOfAnInstance() {
    Guardian guardian = Samples.guardian();
    assertThat(guardian.getClass()).isNotEqualTo(Guardian.class);
    assertThat(FieldNames.of(guardian.getClass())).contains(Guardian.FIELD_NAMES);
  }

  @Test
  void findsNothingForTypesOutsideTheModel() {
    assertThat(FieldNames.of(String.class)).isEmpty();
    assertThat(FieldNames.of(Object.class)).isEmpty();
    assertThat(FieldNames.of(null)).isEqualTo(Optional.empty());
    assertThat(FieldNames.of(List.class)).isEmpty();
  }
}
