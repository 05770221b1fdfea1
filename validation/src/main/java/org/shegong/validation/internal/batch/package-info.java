/**
 * Implementation of the validation module (batch); not exported, not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.validation.internal.batch;

import org.jspecify.annotations.NullMarked;
