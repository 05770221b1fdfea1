/**
 * Amounts of money in 元 (CNY) with at most two fraction digits, never floating point.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core.money;

import org.jspecify.annotations.NullMarked;
