/**
 * Privacy helpers: masking of sensitive values and the {@link
 * org.shegong.core.privacy.Sensitive @Sensitive} marker for sensitive properties of the model.
 *
 * <p>No message, log line, exception or {@code toString()} of Shegong shows a raw citizen ID, phone
 * number or the name of a child or guardian; they go through {@link
 * org.shegong.core.privacy.Masking} first.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core.privacy;

import org.jspecify.annotations.NullMarked;
