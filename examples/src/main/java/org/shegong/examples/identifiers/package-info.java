/**
 * Example: check identifiers and division codes with {@code shegong-core} and print a verdict for
 * each, with sensitive values masked.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.examples.identifiers;

import org.jspecify.annotations.NullMarked;
