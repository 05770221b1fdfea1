package org.shegong.core.subsidy;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.shegong.core.code.QualificationLevel;
import org.shegong.core.money.Money;

/**
 * One amount a worker is entitled to under a {@link SubsidyPolicy}: a one-off award, or the
 * allowance of one month.
 *
 * <p>Computed by {@link SubsidyCalculator}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Entitlement {

  Entitlement() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the worker entitled.
   *
   * @return the id, never null
   */
  public abstract String workerId();

  /**
   * Returns the kind of entitlement.
   *
   * @return the kind, never null
   */
  public abstract EntitlementKind kind();

  /**
   * Returns the qualification level the amount is for.
   *
   * @return the level, never null
   */
  public abstract QualificationLevel level();

  /**
   * Returns the month a monthly allowance is for.
   *
   * @return the month for {@link EntitlementKind#MONTHLY}, empty for {@link
   *     EntitlementKind#ONE_OFF}
   */
  public abstract Optional<YearMonth> month();

  /**
   * Returns the amount due.
   *
   * @return the amount, never null
   */
  public abstract Money amount();

  /**
   * Builds an {@link Entitlement}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEntitlement.Builder {
    Builder() {}
  }
}
