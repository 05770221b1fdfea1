package org.shegong.core.qualification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.issue.PeriodText;

/**
 * A qualification's registration assessed on a reference date under a {@link QualificationPolicy}.
 *
 * <p>Created by {@link QualificationPolicy#assessRegistration}. Holds the status, the days that
 * decide it, and messages in Chinese and English that name the policy value applied. Immutable.
 *
 * @since 0.1.0
 */
public final class RegistrationAssessment {

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
    String under = " under qualification policy '" + policy.nameEn() + "'";
    String grade = level.gradeLabelZh() + " (" + level.labelEn() + ")";
    String text =
        switch (status) {
          case NOT_YET_REGISTERED_WITHIN_DEADLINE ->
              grade
                  + " qualification obtained "
                  + obtainedOn
                  + " is not registered yet; first registration is due by "
                  + firstRegistrationLastDay
                  + " (first-registration deadline "
                  + PeriodText.en(policy.firstRegistrationDeadline())
                  + under
                  + ")";
          case FIRST_REGISTRATION_OVERDUE ->
              grade
                  + " qualification obtained "
                  + obtainedOn
                  + " was not registered by "
                  + firstRegistrationLastDay
                  + " (first-registration deadline "
                  + PeriodText.en(policy.firstRegistrationDeadline())
                  + under
                  + ")";
          case VALID ->
              "registration valid until "
                  + registeredUntil.orElseThrow()
                  + "; renewal window ("
                  + PeriodText.en(policy.renewalWindow())
                  + under
                  + ") opens "
                  + renewalWindowOpensOn().orElseThrow();
          case RENEWAL_WINDOW_OPEN ->
              "registration valid until "
                  + registeredUntil.orElseThrow()
                  + "; renew now: the renewal window ("
                  + PeriodText.en(policy.renewalWindow())
                  + " before expiry"
                  + under
                  + ") opened "
                  + renewalWindowOpensOn().orElseThrow();
          case EXPIRED ->
              "registration expired on "
                  + expiresOn().orElseThrow()
                  + " (last valid day "
                  + registeredUntil.orElseThrow()
                  + "; registration validity "
                  + PeriodText.en(policy.registrationValidity())
                  + under
                  + ")";
          case INCONSISTENT -> inconsistencyEn(under);
        };
    return status.ruleCode().map(code -> code + " " + text).orElse(text);
  }

  /**
   * Returns what the status means, in Chinese, naming the policy value applied.
   *
   * @return the message, starting with the rule code when the status has one; never null
   */
  public String messageZh() {
    String under = "资格政策「" + policy.nameZh() + "」";
    String text =
        switch (status) {
          case NOT_YET_REGISTERED_WITHIN_DEADLINE ->
              obtainedOn
                  + "取得的"
                  + level.gradeLabelZh()
                  + "证书尚未登记，应于"
                  + firstRegistrationLastDay
                  + "前（含）首次登记（"
                  + under
                  + "首次登记期限"
                  + PeriodText.zh(policy.firstRegistrationDeadline())
                  + "）";
          case FIRST_REGISTRATION_OVERDUE ->
              obtainedOn
                  + "取得的"
                  + level.gradeLabelZh()
                  + "证书未在"
                  + firstRegistrationLastDay
                  + "前（含）首次登记（"
                  + under
                  + "首次登记期限"
                  + PeriodText.zh(policy.firstRegistrationDeadline())
                  + "）";
          case VALID ->
              "登记有效期至"
                  + registeredUntil.orElseThrow()
                  + "；再次登记申请期（"
                  + under
                  + "有效期满前"
                  + PeriodText.zh(policy.renewalWindow())
                  + "）自"
                  + renewalWindowOpensOn().orElseThrow()
                  + "起";
          case RENEWAL_WINDOW_OPEN ->
              "登记有效期至"
                  + registeredUntil.orElseThrow()
                  + "，已进入再次登记申请期（"
                  + under
                  + "有效期满前"
                  + PeriodText.zh(policy.renewalWindow())
                  + "，自"
                  + renewalWindowOpensOn().orElseThrow()
                  + "起）";
          case EXPIRED ->
              "登记已于"
                  + expiresOn().orElseThrow()
                  + "过期（有效期至"
                  + registeredUntil.orElseThrow()
                  + "；"
                  + under
                  + "登记有效期"
                  + PeriodText.zh(policy.registrationValidity())
                  + "）";
          case INCONSISTENT -> inconsistencyZh(under);
        };
    return status.ruleCode().map(code -> code + " " + text).orElse(text);
  }

  private String inconsistencyEn(String under) {
    if (asOf.isBefore(obtainedOn)) {
      return "qualification obtained " + obtainedOn + ", after the reference date " + asOf;
    }
    LocalDate until = registeredUntil.orElseThrow();
    if (until.isBefore(obtainedOn)) {
      return "registered until " + until + ", before the qualification was obtained " + obtainedOn;
    }
    return "registered until "
        + until
        + ", later than any registration issued by "
        + asOf
        + " can reach ("
        + policy.latestReachableUntil(asOf)
        + ": renewal window "
        + PeriodText.en(policy.renewalWindow())
        + " plus registration validity "
        + PeriodText.en(policy.registrationValidity())
        + under
        + ")";
  }

  private String inconsistencyZh(String under) {
    if (asOf.isBefore(obtainedOn)) {
      return "取得证书日期" + obtainedOn + "晚于参照日期" + asOf;
    }
    LocalDate until = registeredUntil.orElseThrow();
    if (until.isBefore(obtainedOn)) {
      return "登记有效期至" + until + "，早于取得证书日期" + obtainedOn;
    }
    return "登记有效期至"
        + until
        + "，超出截至"
        + asOf
        + "办理的任何登记所能达到的"
        + policy.latestReachableUntil(asOf)
        + "（"
        + under
        + "再次登记申请期"
        + PeriodText.zh(policy.renewalWindow())
        + "加登记有效期"
        + PeriodText.zh(policy.registrationValidity())
        + "）";
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
