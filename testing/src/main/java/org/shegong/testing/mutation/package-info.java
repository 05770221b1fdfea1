/**
 * "Break exactly one rule": the {@link org.shegong.testing.mutation.Defect} catalogue of mutators,
 * each naming the rule code it should trigger, and the {@link
 * org.shegong.testing.mutation.DefectInjector} that breaks a seeded fraction of a sample and lists
 * what it broke.
 *
 * <p>This package uses only {@code shegong-core}: it works in any test runner and without AssertJ.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.testing.mutation;

import org.jspecify.annotations.NullMarked;
