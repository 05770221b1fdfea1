package org.shegong.core.subsidy;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.shegong.core.money.Money;
import org.shegong.core.privacy.Scrubber;

/**
 * A difference between a recorded payment (or its absence) and what a {@link SubsidyPolicy}
 * entitles, with messages in Chinese and English that name the policy value applied.
 *
 * <p>Found by {@link SubsidyCalculator#checkPayments}. Immutable.
 *
 * @since 0.1.0
 */
public final class PaymentDiscrepancy {

  private final DiscrepancyKind kind;
  private final String workerId;
  private final EntitlementKind entitlementKind;
  private final Optional<YearMonth> month;
  private final Optional<Money> due;
  private final Optional<Money> paid;
  private final String messageZh;
  private final String messageEn;

  PaymentDiscrepancy(
      DiscrepancyKind kind,
      String workerId,
      EntitlementKind entitlementKind,
      Optional<YearMonth> month,
      Optional<Money> due,
      Optional<Money> paid,
      String messageZh,
      String messageEn) {
    this.kind = kind;
    this.workerId = workerId;
    this.entitlementKind = entitlementKind;
    this.month = month;
    this.due = due;
    this.paid = paid;
    this.messageZh = Scrubber.scrub(kind.ruleCode() + " " + messageZh);
    this.messageEn = Scrubber.scrub(kind.ruleCode() + " " + messageEn);
  }

  /**
   * Returns the kind of discrepancy.
   *
   * @return the kind, never null
   */
  public DiscrepancyKind kind() {
    return kind;
  }

  /**
   * Returns the stable code of the rule broken.
   *
   * @return the kind's rule code, {@code SG-SUB-001} to {@code SG-SUB-005}; never null
   */
  public String ruleCode() {
    return kind.ruleCode();
  }

  /**
   * Returns the worker concerned.
   *
   * @return the worker's id, never null
   */
  public String workerId() {
    return workerId;
  }

  /**
   * Returns the kind of payment concerned.
   *
   * @return one-off or monthly, never null
   */
  public EntitlementKind entitlementKind() {
    return entitlementKind;
  }

  /**
   * Returns the month concerned, for a monthly allowance.
   *
   * @return the month, or empty for a one-off award
   */
  public Optional<YearMonth> month() {
    return month;
  }

  /**
   * Returns the amount the policy entitles.
   *
   * @return the amount due, or empty for {@link DiscrepancyKind#NOT_ENTITLED}
   */
  public Optional<Money> due() {
    return due;
  }

  /**
   * Returns the amount of the payment concerned.
   *
   * @return the amount paid, or empty for {@link DiscrepancyKind#MISSING}
   */
  public Optional<Money> paid() {
    return paid;
  }

  /**
   * Returns the message in Chinese, starting with the rule code.
   *
   * @return the message, never null
   */
  public String messageZh() {
    return messageZh;
  }

  /**
   * Returns the message in English, starting with the rule code.
   *
   * @return the message, never null
   */
  public String messageEn() {
    return messageEn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaymentDiscrepancy other
        && kind == other.kind
        && workerId.equals(other.workerId)
        && entitlementKind == other.entitlementKind
        && month.equals(other.month)
        && due.equals(other.due)
        && paid.equals(other.paid)
        && messageEn.equals(other.messageEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, workerId, entitlementKind, month, due, paid);
  }

  @Override
  public String toString() {
    return "PaymentDiscrepancy{" + messageEn + "}";
  }
}
