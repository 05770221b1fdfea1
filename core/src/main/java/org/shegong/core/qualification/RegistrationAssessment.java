package org.shegong.core.qualification;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.issue.PeriodText;
import org.shegong.core.message.LocalizedTemplate;
import org.shegong.core.message.MessageTemplate;

/**
 * A qualification's registration assessed on a reference date under a {@link QualificationPolicy}.
 *
 * <p>Created by {@link QualificationPolicy#assessRegistration}. Holds the status, the days that
 * decide it, and messages in Chinese and English that name the policy value applied. Immutable.
 *
 * @since 0.1.0
 */
public final class RegistrationAssessment {

  private static final LocalizedTemplate NOT_YET_REGISTERED =
      LocalizedTemplate.of(
          "{obtainedOn}取得的{grade}证书尚未登记，应于{dueBy}前（含）首次登记（资格政策「{policy}」首次登记期限{deadline}）",
          "{grade} ({levelEn}) qualification obtained {obtainedOn} is not registered yet; first"
              + " registration is due by {dueBy} (first-registration deadline {deadline} under"
              + " qualification policy '{policy}')");
  private static final LocalizedTemplate FIRST_REGISTRATION_OVERDUE =
      LocalizedTemplate.of(
          "{obtainedOn}取得的{grade}证书未在{dueBy}前（含）首次登记（资格政策「{policy}」首次登记期限{deadline}）",
          "{grade} ({levelEn}) qualification obtained {obtainedOn} was not registered by {dueBy}"
              + " (first-registration deadline {deadline} under qualification policy '{policy}')");
  private static final LocalizedTemplate VALID =
      LocalizedTemplate.of(
          "登记有效期至{until}；再次登记申请期（资格政策「{policy}」有效期满前{window}）自{opens}起",
          "registration valid until {until}; renewal window ({window} under qualification policy"
              + " '{policy}') opens {opens}");
  private static final LocalizedTemplate RENEWAL_WINDOW_OPEN =
      LocalizedTemplate.of(
          "登记有效期至{until}，已进入再次登记申请期（资格政策「{policy}」有效期满前{window}，自{opens}起）",
          "registration valid until {until}; renew now: the renewal window ({window} before"
              + " expiry under qualification policy '{policy}') opened {opens}");
  private static final LocalizedTemplate EXPIRED =
      LocalizedTemplate.of(
          "登记已于{expired}过期（有效期至{until}；资格政策「{policy}」登记有效期{validity}）",
          "registration expired on {expired} (last valid day {until}; registration validity"
              + " {validity} under qualification policy '{policy}')");
  private static final LocalizedTemplate OBTAINED_AFTER_REFERENCE_DATE =
      LocalizedTemplate.of(
          "取得证书日期{obtainedOn}晚于参照日期{asOf}",
          "qualification obtained {obtainedOn}, after the reference date {asOf}");
  private static final LocalizedTemplate REGISTERED_BEFORE_OBTAINED =
      LocalizedTemplate.of(
          "登记有效期至{until}，早于取得证书日期{obtainedOn}",
          "registered until {until}, before the qualification was obtained {obtainedOn}");
  private static final LocalizedTemplate REGISTERED_BEYOND_REACH =
      LocalizedTemplate.of(
          "登记有效期至{until}，超出截至{asOf}办理的任何登记所能达到的{reachable}（资格政策「{policy}」再次登记申请期{window}加登记有效期{validity}）",
          "registered until {until}, later than any registration issued by {asOf} can reach"
              + " ({reachable}: renewal window {window} plus registration validity {validity}"
              + " under qualification policy '{policy}')");

  private final QualificationPolicy policy;
  private final QualificationLevel level;
  private final LocalDate obtainedOn;
  private final Optional<LocalDate> registeredUntil;
  private final LocalDate asOf;
  private final RegistrationStatus status;
  private final LocalDate firstRegistrationLastDay;
  private final Optional<ContinuingEducationCheck> continuingEducation;

  RegistrationAssessment(
      QualificationPolicy policy,
      QualificationLevel level,
      LocalDate obtainedOn,
      Optional<LocalDate> registeredUntil,
      LocalDate asOf,
      RegistrationStatus status,
      LocalDate firstRegistrationLastDay,
      Optional<ContinuingEducationCheck> continuingEducation) {
    this.policy = policy;
    this.level = level;
    this.obtainedOn = obtainedOn;
    this.registeredUntil = registeredUntil;
    this.asOf = asOf;
    this.status = status;
    this.firstRegistrationLastDay = firstRegistrationLastDay;
    this.continuingEducation = continuingEducation;
  }

  /**
   * Returns the policy applied.
   *
   * @return the policy, never null
   */
  public QualificationPolicy policy() {
    return policy;
  }

  /**
   * Returns the qualification level assessed.
   *
   * @return the level, never null
   */
  public QualificationLevel level() {
    return level;
  }

  /**
   * Returns the reference date.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the registration status on the reference date.
   *
   * @return the status, never null
   */
  public RegistrationStatus status() {
    return status;
  }

  /**
   * Returns the last day on which the first registration is in time.
   *
   * @return {@code obtainedOn} plus the first-registration deadline, less one day; never null
   */
  public LocalDate firstRegistrationLastDay() {
    return firstRegistrationLastDay;
  }

  /**
   * Returns the registration's last valid day (valid on it, expired from the next day).
   *
   * @return the last valid day, or empty when never registered
   */
  public Optional<LocalDate> registeredUntil() {
    return registeredUntil;
  }

  /**
   * Returns the expiry day: the first day on which the registration is no longer valid.
   *
   * @return the day after {@link #registeredUntil()}, or empty when never registered
   */
  public Optional<LocalDate> expiresOn() {
    return registeredUntil.map(until -> until.plusDays(1));
  }

  /**
   * Returns the first day of the renewal window.
   *
   * @return see {@link QualificationPolicy#renewalWindowOpensOn}; empty when never registered
   */
  public Optional<LocalDate> renewalWindowOpensOn() {
    return registeredUntil.map(policy::renewalWindowOpensOn);
  }

  /**
   * Returns the continuing-education check, when hours were given.
   *
   * @return the check, or empty when no hours were given
   */
  public Optional<ContinuingEducationCheck> continuingEducation() {
    return continuingEducation;
  }

  /**
   * Returns the rule the status reports, if any.
   *
   * @return the status's rule code, or empty when {@link RegistrationStatus#VALID}
   */
  public Optional<String> ruleCode() {
    return status.ruleCode();
  }

  /**
   * Returns what the status means, in English, naming the policy value applied.
   *
   * @return the message, starting with the rule code when the status has one; never null
   */
  public String messageEn() {
    return message(Locale.ENGLISH);
  }

  /**
   * Returns what the status means, in Chinese, naming the policy value applied.
   *
   * @return the message, starting with the rule code when the status has one; never null
   */
  public String messageZh() {
    return message(Locale.SIMPLIFIED_CHINESE);
  }

  private String message(Locale locale) {
    Map<String, Object> arguments = MessageTemplate.arguments();
    arguments.put(
        "policy", LocalizedTemplate.isChinese(locale) ? policy.nameZh() : policy.nameEn());
    arguments.put("grade", level.gradeLabelZh());
    arguments.put("levelEn", level.labelEn());
    arguments.put("obtainedOn", obtainedOn);
    arguments.put("asOf", asOf);
    arguments.put("dueBy", firstRegistrationLastDay);
    arguments.put("deadline", PeriodText.of(policy.firstRegistrationDeadline(), locale));
    arguments.put("window", PeriodText.of(policy.renewalWindow(), locale));
    arguments.put("validity", PeriodText.of(policy.registrationValidity(), locale));
    registeredUntil.ifPresent(until -> arguments.put("until", until));
    renewalWindowOpensOn().ifPresent(opens -> arguments.put("opens", opens));
    expiresOn().ifPresent(expired -> arguments.put("expired", expired));
    LocalizedTemplate template =
        switch (status) {
          case NOT_YET_REGISTERED_WITHIN_DEADLINE -> NOT_YET_REGISTERED;
          case FIRST_REGISTRATION_OVERDUE -> FIRST_REGISTRATION_OVERDUE;
          case VALID -> VALID;
          case RENEWAL_WINDOW_OPEN -> RENEWAL_WINDOW_OPEN;
          case EXPIRED -> EXPIRED;
          case INCONSISTENT -> inconsistency(arguments);
        };
    String text = template.format(locale, arguments);
    return status.ruleCode().map(code -> code + " " + text).orElse(text);
  }

  private LocalizedTemplate inconsistency(Map<String, Object> arguments) {
    if (asOf.isBefore(obtainedOn)) {
      return OBTAINED_AFTER_REFERENCE_DATE;
    }
    if (registeredUntil.orElseThrow().isBefore(obtainedOn)) {
      return REGISTERED_BEFORE_OBTAINED;
    }
    arguments.put("reachable", policy.latestReachableUntil(asOf));
    return REGISTERED_BEYOND_REACH;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegistrationAssessment other
        && policy.equals(other.policy)
        && level == other.level
        && obtainedOn.equals(other.obtainedOn)
        && registeredUntil.equals(other.registeredUntil)
        && asOf.equals(other.asOf)
        && continuingEducation.equals(other.continuingEducation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, level, obtainedOn, registeredUntil, asOf, continuingEducation);
  }

  @Override
  public String toString() {
    return "RegistrationAssessment{" + status + ", asOf=" + asOf + ", " + level + "}";
  }
}
