/**
 * Runnable scenarios that use only Shegong's public API. Not published.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.examples;

import org.jspecify.annotations.NullMarked;
