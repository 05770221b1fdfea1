package org.shegong.core.subsidy;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.ShegongException;
import org.shegong.core.money.Money;

/**
 * A recorded incentive payment to a worker, to be checked against a {@link SubsidyPolicy}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PaymentRecord {

  /** Rule code of "a payment names a worker, a kind, an amount, and a month when monthly". */
  public static final String INVALID_PAYMENT = "SG-SUB-012";

  PaymentRecord() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a monthly-allowance payment.
   *
   * @param workerId the worker's record id; not null
   * @param month the month paid for; not null
   * @param amount the amount paid; not null
   * @return the payment, never null
   */
  public static PaymentRecord monthly(String workerId, YearMonth month, Money amount) {
    return builder()
        .workerId(workerId)
        .kind(EntitlementKind.MONTHLY)
        .month(month)
        .amount(amount)
        .build();
  }

  /**
   * Returns a one-off award payment.
   *
   * @param workerId the worker's record id; not null
   * @param amount the amount paid; not null
   * @return the payment, never null
   */
  public static PaymentRecord oneOff(String workerId, Money amount) {
    return builder().workerId(workerId).kind(EntitlementKind.ONE_OFF).amount(amount).build();
  }

  /**
   * Returns the id of the worker paid.
   *
   * @return the id, never null or blank
   */
  public abstract String workerId();

  /**
   * Returns what the payment is for.
   *
   * @return the kind, never null
   */
  public abstract EntitlementKind kind();

  /**
   * Returns the month paid for; required for monthly allowances, ignored for one-off awards.
   *
   * @return the month, or empty
   */
  public abstract Optional<YearMonth> month();

  /**
   * Returns the amount paid.
   *
   * @return the amount, never null
   */
  public abstract Money amount();

  @Value.Check
  void check() {
    if (workerId() == null || workerId().isBlank()) {
      throw invalid("workerId must not be blank");
    }
    if (kind() == null || amount() == null) {
      throw invalid("kind and amount are required");
    }
    if (kind() == EntitlementKind.MONTHLY && month().isEmpty()) {
      throw invalid("a monthly-allowance payment needs the month it pays for");
    }
  }

  private ShegongException invalid(String detail) {
    return new ShegongException(
        INVALID_PAYMENT, INVALID_PAYMENT + " payment to '" + workerId() + "': " + detail);
  }

  /**
   * Builds a {@link PaymentRecord}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePaymentRecord.Builder {
    Builder() {}
  }
}
