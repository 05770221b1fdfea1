/**
 * The social-worker qualification (社会工作者职业水平证书): registration deadlines, validity, the renewal
 * window and continuing education, as pure functions of a replaceable {@link
 * org.shegong.core.qualification.QualificationPolicy}.
 *
 * <p><b>Day semantics.</b> A period {@code P} counted from a day {@code S} covers {@code S} up to,
 * but not including, {@code S.plus(P)}: its last day is {@code S.plus(P).minusDays(1)}. So with the
 * national defaults a qualification obtained on 2023-06-10 must first be registered by 2024-06-09;
 * a registration whose last valid day ({@code registeredUntil}) is 2026-06-30 expires on
 * 2026-07-01, and its renewal window (the three months before expiry) opens on 2026-04-01.
 *
 * @since 0.1.0
 */
@DomainStyle
@NullMarked
package org.shegong.core.qualification;

import org.jspecify.annotations.NullMarked;
import org.shegong.core.internal.DomainStyle;
