/**
 * AssertJ assertions for validation reports, issues and domain types. Entry point: {@link
 * org.shegong.testing.assertions.ShegongAssertions}.
 *
 * <p>The only package of {@code shegong-testing} that uses AssertJ (an optional dependency of the
 * module). Failure messages list the actual issues by severity, code, line, record and JSON
 * Pointer; they never print field values, and digit runs that look like citizen IDs or mobile
 * numbers inside issue messages are masked as a second line of defence.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.testing.assertions;

import org.jspecify.annotations.NullMarked;
