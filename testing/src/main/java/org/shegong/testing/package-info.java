/**
 * Test support for applications that use Shegong: the {@code shegong-testing} module.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.testing;

import org.jspecify.annotations.NullMarked;
