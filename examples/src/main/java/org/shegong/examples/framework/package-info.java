/**
 * Example: build a station with a "1+1+5+X" service plan and validate it with {@code
 * shegong-validation}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.examples.framework;

import org.jspecify.annotations.NullMarked;
