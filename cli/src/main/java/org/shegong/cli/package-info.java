/**
 * The {@code shegong} command line: the {@code shegong-cli} module.
 *
 * @since 0.1.0
 */
package org.shegong.cli;
