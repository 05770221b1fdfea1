/**
 * Implementation details of {@code shegong-core}; not exported, not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core.internal;

import org.jspecify.annotations.NullMarked;
