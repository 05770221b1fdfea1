package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shegong.core.division.DivisionCode;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.CreditCode;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.issue.Issue;
import org.shegong.core.issue.Report;
import org.shegong.core.model.ExchangeRecord;
import org.shegong.core.model.Guardian;

/** No issue, message or report shows a raw citizen ID, phone number or child's name. */
class MaskingTest {

  private static final String BAD_CHECK_ID =
      Generated.childId().substring(0, 17) + (Generated.childId().charAt(17) == '1' ? '2' : '1');
  private static final String FUTURE_ID =
      Generated.citizenId("640502", LocalDate.of(2025, 5, 5), "002");
  private static final String BAD_PHONE = "1281234567";

  private static List<ExchangeRecord> brokenRecords() {
    return Generated.samplesPlus(
        // a child whose birth date disagrees with the ID, and a second file for the same ID
        Generated.child().withId("C-2").withBirthDate(LocalDate.of(2015, 3, 2)),
        Generated.child().withId("C-3").withCitizenId(CitizenId.lenient(BAD_CHECK_ID)),
        Generated.child()
            .withId("C-4")
            .withCitizenId(CitizenId.lenient(FUTURE_ID))
            .withGuardian(
                Guardian.builder().name("王大爷").phone(MobileNumber.lenient(BAD_PHONE)).build()),
        Generated.worker().withId("W-9").withPhone(MobileNumber.lenient(BAD_PHONE)),
        // identifiers typed into the wrong fields
        Generated.agency()
            .withId("A-9")
            .withCreditCode(CreditCode.lenient(Generated.childId()))
            .withDivisionCode(DivisionCode.lenient(Generated.workerId())));
  }

  @Test
  void issuesOfBrokenRecordsNeverShowSensitiveValues() {
    List<String> texts = new ArrayList<>();
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      ShegongValidator validator = ShegongValidator.create(Generated.config().withLocale(locale));
      Report report = validator.validateAll(brokenRecords());
      assertThat(report.issues()).hasSizeGreaterThanOrEqualTo(8);
      texts.add(report.toString());
      for (Issue issue : report.issues()) {
        texts.add(issue.message());
        texts.add(issue.toString());
      }
      for (ExchangeRecord record : brokenRecords()) {
        validator.validate(record).forEach(issue -> texts.add(issue.toString()));
      }
    }

    assertThat(texts)
        .allSatisfy(
            text ->
                assertThat(text)
                    .doesNotContain(Generated.childId())
                    .doesNotContain(Generated.workerId())
                    .doesNotContain(BAD_CHECK_ID)
                    .doesNotContain(FUTURE_ID)
                    .doesNotContain("20150301")
                    .doesNotContain(BAD_PHONE)
                    .doesNotContain(
                        Generated.child().guardian().orElseThrow().phone().orElseThrow().value())
                    .doesNotContain(Generated.child().name().orElseThrow())
                    .doesNotContain("王大爷"));
    assertThat(String.join("\n", texts))
        .as("the messages do name the masked values")
        .contains("640502********0021".substring(0, 6))
        .contains("SG-BAT-003")
        .contains("SG-CHD-001")
        .contains("SG-TEL-001");
  }
}
