/**
 * The pipeline's implementation: chunking, the reading and validation adapters, the worker threads,
 * the in-order merge and the issue spool. Not exported.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.pipeline.internal;

import org.jspecify.annotations.NullMarked;
