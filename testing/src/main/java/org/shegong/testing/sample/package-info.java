/**
 * Seeded, deterministic sample data: realistic, internally consistent exchange records for tests,
 * demos and the {@code shegong sample} command. Entry point: {@link
 * org.shegong.testing.sample.SampleData}.
 *
 * <p>This package uses only {@code shegong-core}: it works in any test runner and without AssertJ.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.testing.sample;

import org.jspecify.annotations.NullMarked;
