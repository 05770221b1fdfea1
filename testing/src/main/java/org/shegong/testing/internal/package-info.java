/**
 * Implementation of {@code shegong-testing}: the sample-data generator, its word lists and
 * identifier builders, and the mutations behind the defect catalogue. Not exported; not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.testing.internal;

import org.jspecify.annotations.NullMarked;
