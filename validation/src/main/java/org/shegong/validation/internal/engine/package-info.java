/**
 * Implementation of the validation module (engine); not exported, not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.validation.internal.engine;

import org.jspecify.annotations.NullMarked;
