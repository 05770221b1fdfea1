/**
 * The {@code shegong} command line: the {@code shegong-cli} module.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.cli;

import org.jspecify.annotations.NullMarked;
