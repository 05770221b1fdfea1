/**
 * Regional incentive policies for qualified social workers (社会工作人才激励): one-off awards and monthly
 * allowances per qualification level, what a worker or a roster is entitled to, and recorded
 * payments checked against the policy.
 *
 * <p>Amounts are {@link org.shegong.core.money.Money}, exact to the 分; nothing is ever floating
 * point.
 *
 * @since 0.1.0
 */
@DomainStyle
@NullMarked
package org.shegong.core.subsidy;

import org.jspecify.annotations.NullMarked;
import org.shegong.core.internal.DomainStyle;
