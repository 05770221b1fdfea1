package org.shegong.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shegong.core.code.WorkerRole;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.MobileNumber;

/**
 * {@code toString()} of the model never prints a citizen ID, a phone number or a person's name raw,
 * whichever attribute holds it: ids and references are scrubbed, sensitive attributes redacted, the
 * names of workers and volunteers masked.
 */
class ModelToStringTest {

  private static final String ID = "340323198307278409";
  private static final String PHONE = "13812345678";

  @Test
  void aWorkerWithPersonalDataInItsIdAndReferencesPrintsNoneOfItRaw() {
    Worker worker =
        Worker.builder()
            .id(ID)
            .name("王芳")
            .citizenId(CitizenId.lenient(ID))
            .phone(MobileNumber.lenient(PHONE))
            .stationId(PHONE)
            .agencyId("A-1")
            .addRoles(WorkerRole.values()[0])
            .build();

    String text = worker.toString();

    assertThat(text)
        .startsWith("Worker{id=340323********8409, name=王*")
        .contains("citizenId=***", "phone=***", "stationId=138****5678", "agencyId=A-1")
        .contains("roles=[" + WorkerRole.values()[0] + "]")
        .doesNotContain(ID, PHONE, "王芳");
  }

  @Test
  void aChildAndItsGuardianPrintTheirSensitiveValuesRedacted() {
    Child child =
        Child.builder()
            .id("C-" + PHONE)
            .name("郑平兰")
            .citizenId(CitizenId.lenient(ID))
            .guardian(Guardian.builder().name("郑芳").phone(MobileNumber.lenient(PHONE)).build())
            .build();

    String text = child.toString();

    assertThat(text)
        .startsWith("Child{id=C-138****5678, name=***, citizenId=***")
        .contains("guardian=Guardian{name=***, phone=***")
        .doesNotContain(ID, PHONE, "郑平兰", "郑芳");
  }

  @Test
  void absentAndEmptyAttributesAreLeftOut() {
    assertThat(Agency.builder().id("A-1").build()).hasToString("Agency{id=A-1}");
    assertThat(Volunteer.builder().name("Li Fang").teamId(PHONE).build().toString())
        .doesNotContain("Li Fang", PHONE)
        .contains("name=L******");
  }
}
