package org.shegong.core.qualification;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.shegong.core.ShegongException;
import org.shegong.core.code.QualificationLevel;

/**
 * The numbers of the registration and continuing-education rules, as one replaceable value.
 *
 * <p>{@link #defaults()} holds the national rules (国家规定, set by the Ministry of Civil Affairs):
 * first registration within 1 year of obtaining the qualification, registration valid 3 years,
 * renewal in the 3 months before expiry, continuing education of at least 72 hours (初级) or 90 hours
 * (中级, 高级) per 3-year registration period. An adopter facing a local variant builds its own policy;
 * every message a rule produces names the policy and the value it applied. How periods count days
 * is described in the {@linkplain org.shegong.core.qualification package documentation}.
 *
 * <pre>{@code
 * QualificationPolicy local = QualificationPolicy.builder()
 *     .name("某省 2025")
 *     .renewalWindow(Period.ofMonths(6))
 *     .build();   // everything not set keeps its national default
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class QualificationPolicy implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Rule code of "a qualification policy has positive periods and hours for every level". */
  public static final String INVALID_POLICY = "SG-QUA-010";

  /** Name of the {@linkplain #defaults() national defaults}, as English messages show it. */
  public static final String NATIONAL_DEFAULTS_NAME = "national rules";

  /** Name of the {@linkplain #defaults() national defaults}, as Chinese messages show it. */
  public static final String NATIONAL_DEFAULTS_NAME_ZH = "国家规定（民政部）";

  QualificationPolicy() {}

  /**
   * Returns the national rules of registration and continuing education (see the class
   * documentation).
   *
   * @return the default policy, never null
   */
  public static QualificationPolicy defaults() {
    return Defaults.POLICY;
  }

  /**
   * Returns a builder whose attributes start at the national defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the policy's name, shown in every message a rule produces under it.
   *
   * @return the name, never null or blank; {@value #NATIONAL_DEFAULTS_NAME} by default
   */
  @Value.Default
  public String name() {
    return NATIONAL_DEFAULTS_NAME;
  }

  /**
   * Returns the policy's name as Chinese messages show it: {@value #NATIONAL_DEFAULTS_NAME_ZH} for
   * the national defaults, otherwise {@link #name()} as given.
   *
   * @return the name, never null or blank
   * @since 0.1.0
   */
  public String nameZh() {
    return NATIONAL_DEFAULTS_NAME.equals(name()) ? NATIONAL_DEFAULTS_NAME_ZH : name();
  }

  /**
   * Returns the policy's name as English messages show it, which is {@link #name()}.
   *
   * @return the name, never null or blank
   * @since 0.1.0
   */
  public String nameEn() {
    return name();
  }

  /**
   * Returns the time allowed for the first registration, counted from the day the qualification was
   * obtained.
   *
   * @return a positive period, never null; 1 year by default
   */
  @Value.Default
  public Period firstRegistrationDeadline() {
    return Period.ofYears(1);
  }

  /**
   * Returns how long one registration (first or renewed) is valid.
   *
   * @return a positive period, never null; 3 years by default
   */
  @Value.Default
  public Period registrationValidity() {
    return Period.ofYears(3);
  }

  /**
   * Returns how long before expiry renewal (再次登记) may be applied for.
   *
   * @return a positive period, never null; 3 months by default
   */
  @Value.Default
  public Period renewalWindow() {
    return Period.ofMonths(3);
  }

  /**
   * Returns the continuing-education hours required per registration period, for every level.
   *
   * <p>Setting this attribute replaces the whole map, so a custom map names every level.
   *
   * @return hours by level, never null; 72 for 初级 and 90 for 中级 and 高级 by default
   */
  @Value.Default
  public Map<QualificationLevel, Integer> continuingEducationHours() {
    return Defaults.HOURS;
  }

  /**
   * Returns the continuing-education hours a level requires per registration period.
   *
   * @param level the qualification level; not null
   * @return the required hours, zero or more
   */
  public int requiredContinuingEducationHours(QualificationLevel level) {
    return continuingEducationHours().get(Objects.requireNonNull(level, "level"));
  }

  /**
   * Checks recorded continuing-education hours of one registration period against this policy.
   *
   * @param level the qualification level; not null
   * @param recordedHours the hours recorded in the period, zero or more
   * @return the outcome, never null
   * @throws IllegalArgumentException when {@code recordedHours} is negative
   */
  public ContinuingEducationCheck checkContinuingEducation(
      QualificationLevel level, int recordedHours) {
    if (recordedHours < 0) {
      throw new IllegalArgumentException("recordedHours must not be negative: " + recordedHours);
    }
    return new ContinuingEducationCheck(
        this, level, requiredContinuingEducationHours(level), recordedHours);
  }

  /**
   * Returns the last day on which a qualification obtained on a given day may be registered for the
   * first time in time.
   *
   * @param obtainedOn the day the qualification was obtained; not null
   * @return {@code obtainedOn.plus(firstRegistrationDeadline()).minusDays(1)}, never null
   */
  public LocalDate firstRegistrationLastDay(LocalDate obtainedOn) {
    return obtainedOn.plus(firstRegistrationDeadline()).minusDays(1);
  }

  /**
   * Returns the first day of the renewal window of a registration.
   *
   * <p>The window is the {@linkplain #renewalWindow() renewal period} before the expiry day (the
   * day after {@code registeredUntil}): it opens on {@code registeredUntil.plusDays(1).minus(
   * renewalWindow())}. With 3 months, a registration valid until 2026-06-30 can be renewed from
   * 2026-04-01, one valid until 2026-06-15 from 2026-03-16.
   *
   * @param registeredUntil the registration's last valid day; not null
   * @return the first day on which renewal may be applied for, never null
   */
  public LocalDate renewalWindowOpensOn(LocalDate registeredUntil) {
    return registeredUntil.plusDays(1).minus(renewalWindow());
  }

  /**
   * Assesses a qualification's registration on a reference date, without continuing education.
   *
   * @param level the qualification level; not null
   * @param obtainedOn the day the qualification was obtained (passed); not null
   * @param registeredUntil the last valid day of the current registration, inclusive; empty when
   *     never registered
   * @param asOf the reference date; not null
   * @return the assessment, never null
   */
  public RegistrationAssessment assessRegistration(
      QualificationLevel level,
      LocalDate obtainedOn,
      Optional<LocalDate> registeredUntil,
      LocalDate asOf) {
    return assessRegistration(level, obtainedOn, registeredUntil, asOf, OptionalInt.empty());
  }

  /**
   * Assesses a qualification's registration on a reference date.
   *
   * <p>In order: {@link RegistrationStatus#INCONSISTENT} when {@code asOf} is before {@code
   * obtainedOn}, when {@code registeredUntil} is before {@code obtainedOn}, or when {@code
   * registeredUntil} is after {@code asOf.plus(renewalWindow()).plus(registrationValidity())} (no
   * first registration nor renewal issued by {@code asOf} reaches that far). Then, without a
   * registration: {@link RegistrationStatus#NOT_YET_REGISTERED_WITHIN_DEADLINE} up to and including
   * {@link #firstRegistrationLastDay}, {@link RegistrationStatus#FIRST_REGISTRATION_OVERDUE} after
   * it. With one: {@link RegistrationStatus#EXPIRED} after {@code registeredUntil}, {@link
   * RegistrationStatus#RENEWAL_WINDOW_OPEN} from {@link #renewalWindowOpensOn} to {@code
   * registeredUntil} inclusive, {@link RegistrationStatus#VALID} before.
   *
   * @param level the qualification level; not null
   * @param obtainedOn the day the qualification was obtained (passed); not null
   * @param registeredUntil the last valid day of the current registration, inclusive; empty when
   *     never registered
   * @param asOf the reference date; not null
   * @param continuingEducationHours hours recorded in the current registration period; empty when
   *     unknown, in which case the assessment has no continuing-education check
   * @return the assessment, never null
   * @throws IllegalArgumentException when the hours are negative
   */
  public RegistrationAssessment assessRegistration(
      QualificationLevel level,
      LocalDate obtainedOn,
      Optional<LocalDate> registeredUntil,
      LocalDate asOf,
      OptionalInt continuingEducationHours) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(obtainedOn, "obtainedOn");
    Objects.requireNonNull(registeredUntil, "registeredUntil");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(continuingEducationHours, "continuingEducationHours");
    LocalDate deadline = firstRegistrationLastDay(obtainedOn);
    RegistrationStatus status;
    if (asOf.isBefore(obtainedOn)) {
      status = RegistrationStatus.INCONSISTENT;
    } else if (registeredUntil.isEmpty()) {
      status =
          asOf.isAfter(deadline)
              ? RegistrationStatus.FIRST_REGISTRATION_OVERDUE
              : RegistrationStatus.NOT_YET_REGISTERED_WITHIN_DEADLINE;
    } else {
      LocalDate until = registeredUntil.get();
      if (until.isBefore(obtainedOn) || until.isAfter(latestReachableUntil(asOf))) {
        status = RegistrationStatus.INCONSISTENT;
      } else if (asOf.isAfter(until)) {
        status = RegistrationStatus.EXPIRED;
      } else if (asOf.isBefore(renewalWindowOpensOn(until))) {
        status = RegistrationStatus.VALID;
      } else {
        status = RegistrationStatus.RENEWAL_WINDOW_OPEN;
      }
    }
    Optional<ContinuingEducationCheck> education =
        continuingEducationHours.isPresent()
            ? Optional.of(checkContinuingEducation(level, continuingEducationHours.getAsInt()))
            : Optional.empty();
    return new RegistrationAssessment(
        this, level, obtainedOn, registeredUntil, asOf, status, deadline, education);
  }

  /**
   * Returns the latest {@code registeredUntil} that a registration issued on or before {@code asOf}
   * can have.
   *
   * @param asOf the reference date; not null
   * @return {@code asOf.plus(renewalWindow()).plus(registrationValidity())}, never null
   */
  public LocalDate latestReachableUntil(LocalDate asOf) {
    return asOf.plus(renewalWindow()).plus(registrationValidity());
  }

  @Value.Check
  void check() {
    requireText(name(), "name");
    requirePositive(firstRegistrationDeadline(), "firstRegistrationDeadline");
    requirePositive(registrationValidity(), "registrationValidity");
    requirePositive(renewalWindow(), "renewalWindow");
    Map<QualificationLevel, Integer> hours = continuingEducationHours();
    for (QualificationLevel level : QualificationLevel.values()) {
      Integer required = hours == null ? null : hours.get(level);
      if (required == null || required < 0) {
        throw invalid(
            "continuing-education hours for "
                + level.gradeLabelZh()
                + " ("
                + level.code()
                + ") must be given and zero or more, was "
                + required);
      }
    }
  }

  private void requireText(String value, String attribute) {
    if (value == null || value.isBlank()) {
      throw invalid(attribute + " must not be blank");
    }
  }

  private void requirePositive(Period period, String attribute) {
    if (period == null || period.isNegative() || period.isZero()) {
      throw invalid(attribute + " must be a positive period, was " + period);
    }
  }

  private ShegongException invalid(String detail) {
    return new ShegongException(
        INVALID_POLICY, INVALID_POLICY + " qualification policy '" + name() + "': " + detail);
  }

  /**
   * Builds a {@link QualificationPolicy}; attributes not set keep their national defaults.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableQualificationPolicy.Builder {
    Builder() {}
  }

  private static final class Defaults {
    static final Map<QualificationLevel, Integer> HOURS = hours();
    static final QualificationPolicy POLICY = new Builder().build();

    private static Map<QualificationLevel, Integer> hours() {
      Map<QualificationLevel, Integer> hours = new EnumMap<>(QualificationLevel.class);
      hours.put(QualificationLevel.ASSISTANT_SOCIAL_WORKER, 72);
      hours.put(QualificationLevel.SOCIAL_WORKER, 90);
      hours.put(QualificationLevel.SENIOR_SOCIAL_WORKER, 90);
      return Map.copyOf(hours);
    }
  }
}
