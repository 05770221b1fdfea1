package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.shegong.core.id.CitizenId;
import org.shegong.core.id.MobileNumber;
import org.shegong.core.issue.Issue;
import org.shegong.core.model.ExchangeRecord;

/** Whatever identifiers a record holds, validation reports and never echoes them. */
class ValidatorProperties {

  @Property(tries = 300)
  void digitStringsInIdentifierFieldsAreNeverEchoed(
      @ForAll @NumericChars @StringLength(min = 11, max = 20) String digits) {
    List<ExchangeRecord> records =
        List.of(
            Samples.worker().withCitizenId(CitizenId.lenient(digits)),
            Samples.worker().withPhone(MobileNumber.lenient(digits)),
            Samples.child().withId("C-9").withCitizenId(CitizenId.lenient(digits)));

    for (ExchangeRecord record : records) {
      List<Issue> issues = Samples.validator().validate(record);
      for (Issue issue : issues) {
        assertThat(issue.message()).doesNotContain(digits);
        assertThat(issue.toString()).doesNotContain(digits);
      }
    }
  }

  private static final ShegongValidator ENGLISH =
      ShegongValidator.create(Samples.config().withLocale(java.util.Locale.ENGLISH));

  @Property(tries = 200)
  void aChildsNameNeverReachesAnIssueEvenWhenTypedIntoTheIdField(
      @ForAll @CharRange(from = '\u4e00', to = '\u9fa5') @StringLength(min = 2, max = 12)
          String name) {
    ExchangeRecord child =
        Samples.child().withName(name).withCitizenId(CitizenId.lenient("x" + name));

    List<Issue> issues = ENGLISH.validate(child);

    assertThat(issues).extracting(Issue::code).contains("SG-CID-001");
    for (Issue issue : issues) {
      assertThat(issue.message()).doesNotContain(name);
    }
  }
}
