/**
 * Implementation of the validation module (constraints); not exported, not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.validation.internal.constraints;

import org.jspecify.annotations.NullMarked;
