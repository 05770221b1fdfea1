/**
 * Implementation of {@code shegong-serialization}: the per-type binders and writers built once from
 * the model, which read straight from Jackson's token stream, the line reader and the rule
 * definitions. Not API: exported only to {@code org.shegong.jackson2}, the Jackson 2 bridge, which
 * runs the same binders.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.serialization.internal;

import org.jspecify.annotations.NullMarked;
