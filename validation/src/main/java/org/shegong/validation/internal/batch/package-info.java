/**
 * Implementation of the validation module (batch); not exported, not API.
 *
 * @since 0.1.0
 */
package org.shegong.validation.internal.batch;
