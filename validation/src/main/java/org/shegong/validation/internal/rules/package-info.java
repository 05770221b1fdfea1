/**
 * Implementation of the validation module (rules); not exported, not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.validation.internal.rules;

import org.jspecify.annotations.NullMarked;
