package org.shegong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shegong.core.division.DivisionLevel;
import org.shegong.validation.constraints.CitizenIdNumber;
import org.shegong.validation.constraints.DivisionCodeValue;
import org.shegong.validation.constraints.MobilePhone;
import org.shegong.validation.constraints.UnifiedCreditCode;

/** The public constraints on a user's own DTO, through a plain Jakarta Validation validator. */
class ConstraintAnnotationsTest {

  /** A user's form. */
  static final class Applicant {
    @CitizenIdNumber String citizenId;

    @CitizenIdNumber(allowLegacy = false)
    String strictCitizenId;

    @UnifiedCreditCode String creditCode;
    @MobilePhone String phone;

    @DivisionCodeValue(level = DivisionLevel.COUNTY)
    String county;

    @DivisionCodeValue(level = {DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP})
    String residence;

    @MobilePhone(message = "请填写手机号")
    String customMessagePhone;

    static Applicant valid() {
      Applicant a = new Applicant();
      a.citizenId = Generated.workerId();
      a.strictCitizenId = Generated.workerId();
      a.creditCode = Generated.creditCode();
      a.phone = "13800001234";
      a.county = "640502";
      a.residence = "640502100201";
      a.customMessagePhone = "13800001234";
      return a;
    }
  }

  private static ValidatorFactory factory;
  private static Validator english;
  private static Validator chinese;

  @BeforeAll
  static void buildValidators() {
    Clock clock =
        Clock.fixed(
            Generated.AS_OF.atStartOfDay().toInstant(ZoneOffset.ofHours(8)), ZoneOffset.ofHours(8));
    factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .clockProvider(() -> clock)
            .buildValidatorFactory();
    english =
        factory.usingContext().messageInterpolator(new FixedLocale(Locale.ENGLISH)).getValidator();
    chinese =
        factory
            .usingContext()
            .messageInterpolator(new FixedLocale(Locale.SIMPLIFIED_CHINESE))
            .getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void acceptsValidValuesAndNulls() {
    assertThat(english.validate(Applicant.valid())).isEmpty();
    assertThat(english.validate(new Applicant())).isEmpty();
  }

  @Test
  void rejectsAWrongCheckCharacterNamingTheRuleButNotTheValue() {
    Applicant a = Applicant.valid();
    String id = Generated.workerId();
    a.citizenId = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');

    ConstraintViolation<Applicant> violation = single(english.validate(a));

    assertThat(violation.getPropertyPath()).hasToString("citizenId");
    assertThat(violation.getMessage())
        .startsWith("SG-CID-004")
        .contains("check character")
        .doesNotContain(a.citizenId);
    assertThat(ruleCodeOf(violation)).isEqualTo("SG-CID-004");
  }

  @Test
  void reportsEveryRuleBrokenAsItsOwnViolation() {
    Applicant a = Applicant.valid();
    a.citizenId = "99010519490231002" + "0";

    assertThat(english.validate(a))
        .extracting(ConstraintViolationTest::code)
        .contains("SG-CID-002", "SG-CID-003");
  }

  @Test
  void checksTheBirthDateAgainstTheValidatorsClock() {
    Applicant a = Applicant.valid();
    a.citizenId = Generated.citizenId("640502", Generated.AS_OF.plusDays(1), "013");

    assertThat(ruleCodeOf(single(english.validate(a)))).isEqualTo("SG-CID-005");
  }

  @Test
  void acceptsLegacyNumbersUnlessTold() {
    Applicant a = Applicant.valid();
    a.citizenId = "640502900517013";
    a.strictCitizenId = "640502900517013";

    ConstraintViolation<Applicant> violation = single(english.validate(a));

    assertThat(violation.getPropertyPath()).hasToString("strictCitizenId");
    assertThat(ruleCodeOf(violation)).isEqualTo("SG-CID-006");
  }

  @Test
  void checksCreditCodesPhonesAndDivisionCodes() {
    Applicant a = Applicant.valid();
    a.creditCode = "52O10000MJ0000000X";
    a.phone = "2380000123";
    a.county = "640502100";
    a.residence = "640599100201";

    assertThat(english.validate(a))
        .extracting(v -> v.getPropertyPath() + " " + ruleCodeOf(v))
        .containsExactlyInAnyOrder(
            "creditCode SG-USC-001",
            "phone SG-TEL-001",
            "county SG-DIV-004",
            "residence SG-DIV-003");
  }

  @Test
  void writesChineseMessagesFromTheChineseBundle() {
    Applicant a = Applicant.valid();
    a.phone = "2380000123";

    assertThat(single(chinese.validate(a)).getMessage()).startsWith("SG-TEL-001").contains("11位数字");
  }

  @Test
  void keepsAMessageTheUserChose() {
    Applicant a = Applicant.valid();
    a.customMessagePhone = "123";

    assertThat(single(english.validate(a)).getMessage()).isEqualTo("请填写手机号");
  }

  private static ConstraintViolation<Applicant> single(Set<ConstraintViolation<Applicant>> set) {
    assertThat(set).hasSize(1);
    return set.iterator().next();
  }

  private static String ruleCodeOf(ConstraintViolation<?> violation) {
    return ConstraintViolationTest.code(violation);
  }

  /** Helpers shared by the constraint tests. */
  static final class ConstraintViolationTest {
    static String code(ConstraintViolation<?> violation) {
      Object payload =
          violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Object.class);
      return String.valueOf(payload).substring(0, 10);
    }
  }

  /** Interpolates in one locale whatever the caller asks. */
  static final class FixedLocale implements jakarta.validation.MessageInterpolator {
    private final ParameterMessageInterpolator delegate = new ParameterMessageInterpolator();
    private final Locale locale;

    FixedLocale(Locale locale) {
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
