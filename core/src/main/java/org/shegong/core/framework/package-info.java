/**
 * Numbered service systems ("1+1+5+X" and friends): their notation, their slots, a registry of
 * built-in and user frameworks, and the conformance of a station's service plan to its framework.
 *
 * <p>Frameworks are local branding, not a national standard, so they are data: {@link
 * org.shegong.core.framework.ServiceFramework} values held in a {@link
 * org.shegong.core.framework.FrameworkRegistry}. A notation such as {@code 1+1+5+X} reads and
 * prints with {@link org.shegong.core.framework.FrameworkNotation}; a plan is checked with {@link
 * org.shegong.core.framework.ServiceFramework#check(java.util.List)}, which reports every {@link
 * org.shegong.core.framework.PlanDiscrepancy} (rule codes {@code SG-FWK-002} to {@code
 * SG-FWK-009}).
 *
 * @since 0.1.0
 */
@org.shegong.core.internal.DomainStyle
@NullMarked
package org.shegong.core.framework;

import org.jspecify.annotations.NullMarked;
