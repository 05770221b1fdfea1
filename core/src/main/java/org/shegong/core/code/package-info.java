/**
 * Closed code sets: national ones (GB/T 2261.1 sex, GB/T 3304 ethnicity, GB/T 2261.3 disability)
 * with their national codes, and the project's own (service domains, station levels, tiers, …)
 * whose code is their UPPER_SNAKE name.
 *
 * <p>Every code set is an enum implementing {@link org.shegong.core.code.Coded}; {@link
 * org.shegong.core.code.CodeSets} looks a constant up by its code and reports an unknown code with
 * the allowed values.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core.code;

import org.jspecify.annotations.NullMarked;
