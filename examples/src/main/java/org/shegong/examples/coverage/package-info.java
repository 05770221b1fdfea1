/**
 * Example: compute the township coverage of a county with {@code shegong-core} over the bundled
 * division table.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.examples.coverage;

import org.jspecify.annotations.NullMarked;
