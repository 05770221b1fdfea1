/**
 * JSON serialization of Shegong records: the {@code shegong-serialization} module.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.serialization;

import org.jspecify.annotations.NullMarked;
