package org.shegong.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.core.code.ChildCategory;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;

class AbsencePolicyTest {

  @Test
  void unsetAttributesAreAbsentInEveryModelType() {
    for (Class<?> type : FieldNames.modelTypes()) {
      Object empty = ModelReflection.emptyInstance(type);
      for (String field : FieldNames.of(type).orElseThrow()) {
        Object value = ModelReflection.invoke(empty, field);
        String where = type.getSimpleName() + "." + field;
        if (field.equals("id")) {
          assertThat(value).as(where).isEqualTo("");
        } else if (value instanceof List<?> list) {
          assertThat(list).as(where).isEmpty();
        } else {
          assertThat(value).as(where).isEqualTo(Optional.empty());
        }
      }
    }
  }

  @Test
  void unsetIdIsTheEmptyStringNeverNull() {
    Child child = Child.builder().name("x").build();
    assertThat(child.id()).isNotNull().isEmpty();
    assertThat(child.withId(" ").id()).isBlank();
  }

  @Test
  void anEmptyOptionalLeavesAnAttributeAbsent() {
    Demand demand = Demand.builder().urgency(Optional.empty()).summary(Optional.empty()).build();
    assertThat(demand.urgency()).isEmpty();
    assertThat(demand.summary()).isEmpty();
    Child withGuardian =
        Child.builder().guardian(Guardian.builder().relation("祖父").build()).build();
    assertThat(withGuardian.withGuardian(Optional.empty()).guardian()).isEmpty();
  }

  @Test
  void anEmptyListAndAnUnsetListAreTheSame() {
    assertThat(Child.builder().categories(List.of()).build()).isEqualTo(Child.builder().build());
  }

  @Test
  void nullPassedToABuilderIsAProgrammingError() {
    assertThatThrownBy(() -> Child.builder().id(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Child.builder().name((String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Child.builder().citizenId((CitizenId) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Child.builder().addCategories((ChildCategory) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Child.builder().categories(Arrays.asList(ChildCategory.ORPHAN, null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Demand.builder().urgency((Integer) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Guardian.builder().phone((MobileNumber) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Worker.builder().roles(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void nullPassedToAWithMethodIsAProgrammingError() {
    Child child = Child.builder().id("C-0001").name("王小明").build();
    assertThatThrownBy(() -> child.withName((String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> child.withBirthDate((LocalDate) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> child.withId(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void malformedIdentifiersAreHeldForValidationToReport() {
    CitizenId badId = CitizenId.lenient("460202201503040000", LocalDate.of(2024, 6, 30));
    assertThat(badId.isValid()).isFalse();
    Child child =
        Child.builder()
            .id("C-bad")
            .citizenId(badId)
            .divisionCode(DivisionCode.lenient("46020"))
            .guardian(Guardian.builder().phone(MobileNumber.lenient("12345")).build())
            .build();
    assertThat(child.citizenId()).contains(badId);
    assertThat(child.divisionCode().map(DivisionCode::isValid)).contains(false);
    assertThat(child.guardian().flatMap(Guardian::phone).map(MobileNumber::isValid))
        .contains(false);
    Agency agency = Agency.builder().creditCode(CreditCode.lenient("not-a-code")).build();
    assertThat(agency.creditCode().map(CreditCode::isValid)).contains(false);
  }

  @Test
  void outOfRangeNumbersAreHeldForValidationToReport() {
    Demand demand = Demand.builder().urgency(7).difficulty(0).satisfaction(-1).build();
    assertThat(demand.urgency()).contains(7);
    assertThat(demand.difficulty()).contains(0);
    assertThat(demand.satisfaction()).contains(-1);
    ServiceRecord record =
        ServiceRecord.builder()
            .participants(-3)
            .sessions(0)
            .volunteerCount(Integer.MIN_VALUE)
            .build();
    assertThat(record.participants()).contains(-3);
    assertThat(record.sessions()).contains(0);
    assertThat(record.volunteerCount()).contains(Integer.MIN_VALUE);
  }

  @Test
  void contradictoryDataIsHeldForValidationToReport() {
    ServiceRecord backwards =
        ServiceRecord.builder()
            .startedOn(LocalDate.of(2024, 5, 2))
            .endedOn(LocalDate.of(2024, 5, 1))
            .build();
    assertThat(backwards.endedOn()).contains(LocalDate.of(2024, 5, 1));
    Worker twice = Worker.builder().addRoles(WorkerRole.SUPERVISOR, WorkerRole.SUPERVISOR).build();
    assertThat(twice.roles()).containsExactly(WorkerRole.SUPERVISOR, WorkerRole.SUPERVISOR);
  }

  @Test
  void listsAreUnmodifiableCopies() {
    List<ChildCategory> source = new ArrayList<>(List.of(ChildCategory.ORPHAN));
    Child child = Child.builder().categories(source).build();
    source.add(ChildCategory.POVERTY);
    assertThat(child.categories()).containsExactly(ChildCategory.ORPHAN);
    assertThatThrownBy(() -> child.categories().add(ChildCategory.POVERTY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void servicePlanSlotsAreUnmodifiableCopiesAllTheWayDown() {
    List<String> slot = new ArrayList<>(List.of("资源链接平台"));
    List<List<String>> slots = new ArrayList<>();
    slots.add(slot);
    ServicePlan plan = ServicePlan.builder().framework("1+X").slots(slots).build();
    slot.add("另一项");
    slots.add(List.of("late"));
    assertThat(plan.slots()).containsExactly(List.of("资源链接平台"));
    assertThatThrownBy(() -> plan.slots().get(0).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.slots().add(List.of()))
        .isInstanceOf(UnsupportedOperationException.class);

    List<String> viaWith = new ArrayList<>(List.of("a"));
    ServicePlan copied = plan.withSlots(List.of(viaWith));
    viaWith.add("b");
    assertThat(copied.slots()).containsExactly(List.of("a"));
    assertThatThrownBy(() -> copied.slots().get(0).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void servicePlanRejectsANullItemInASlot() {
    assertThatThrownBy(() -> ServicePlan.builder().addSlots(Arrays.asList("a", null)).build())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void servicePlanWithEqualSlotsIsEqualWhateverTheListImplementation() {
    ServicePlan fromArrayList =
        ServicePlan.builder().addSlots(new ArrayList<>(List.of("a", "b"))).build();
    ServicePlan fromListOf = ServicePlan.builder().addSlots(List.of("a", "b")).build();
    assertThat(fromArrayList).isEqualTo(fromListOf).hasSameHashCodeAs(fromListOf);
  }
}
