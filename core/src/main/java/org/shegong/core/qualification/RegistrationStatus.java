package org.shegong.core.qualification;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.core.code.CodeSets;
import org.shegong.core.code.Coded;

/**
 * State of a qualification's registration (登记) on a reference date.
 *
 * <p>A project code set: each constant's {@linkplain #code() code} is its name.
 *
 * @since 0.1.0
 */
public enum RegistrationStatus implements Coded {
  /** Not registered yet, and the first-registration deadline has not passed (rule SG-QUA-006). */
  NOT_YET_REGISTERED_WITHIN_DEADLINE(
      "尚未登记（仍在首次登记期限内）", "not yet registered, within the deadline", "SG-QUA-006"),
  /** Not registered, and the first-registration deadline has passed (rule SG-QUA-001). */
  FIRST_REGISTRATION_OVERDUE("首次登记逾期", "first registration overdue", "SG-QUA-001"),
  /** Registered, and the renewal window has not opened yet. */
  VALID("登记有效", "registration valid", null),
  /** Registered and still valid, inside the renewal window before expiry (rule SG-QUA-005). */
  RENEWAL_WINDOW_OPEN("登记有效，可申请再次登记", "valid, renewal window open", "SG-QUA-005"),
  /** The registration's last valid day has passed (rule SG-QUA-002). */
  EXPIRED("登记已过期", "registration expired", "SG-QUA-002"),
  /**
   * The dates cannot all be true: obtained after the reference date, registered until a day before
   * the qualification was obtained, or registered further ahead than any registration issued by the
   * reference date can reach (rule SG-QUA-003).
   */
  INCONSISTENT("登记日期不一致", "registration dates inconsistent", "SG-QUA-003");

  private final String labelZh;
  private final String labelEn;
  private final @Nullable String ruleCode;

  RegistrationStatus(String labelZh, String labelEn, @Nullable String ruleCode) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.ruleCode = ruleCode;
  }

  /**
   * Returns the member with the given code.
   *
   * @param code the code, for example {@code "EXPIRED"}; not null
   * @return the member, never null
   * @throws org.shegong.core.code.UnknownCodeException when no member has that code
   */
  public static RegistrationStatus ofCode(String code) {
    return CodeSets.byCode(RegistrationStatus.class, code);
  }

  /**
   * Returns the code of the rule this status reports, if it reports one.
   *
   * @return the rule code ({@code SG-QUA-…}), or empty for {@link #VALID}
   */
  public Optional<String> ruleCode() {
    return Optional.ofNullable(ruleCode);
  }

  /**
   * Tells whether the holder may practise as a registered social worker in this state.
   *
   * @return {@code true} for {@link #VALID} and {@link #RENEWAL_WINDOW_OPEN}
   */
  public boolean registered() {
    return this == VALID || this == RENEWAL_WINDOW_OPEN;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
