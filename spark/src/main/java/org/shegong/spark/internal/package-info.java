/**
 * The implementation of the Spark adapter: numbering of lines, the per-record stage, the
 * cross-record joins. Not an API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.spark.internal;

import org.jspecify.annotations.NullMarked;
