/**
 * Implementation of {@code shegong-serialization}: the per-type binders and writers built once from
 * the model, the strict tree reader, the line reader and the rule definitions. Not exported; not
 * API.
 *
 * @since 0.1.0
 */
package org.shegong.serialization.internal;
