/**
 * The commands of {@code shegong} and their plumbing; not an API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.cli.internal;

import org.jspecify.annotations.NullMarked;
