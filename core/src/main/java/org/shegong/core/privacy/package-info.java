/**
 * Privacy helpers: masking of sensitive values and the {@link
 * org.shegong.core.privacy.Sensitive @Sensitive} marker for sensitive properties of the model.
 *
 * <p>No message, log line, exception or {@code toString()} of Shegong shows a raw citizen ID, phone
 * number or the name of a child or guardian; they go through {@link
 * org.shegong.core.privacy.Masking} first.
 *
 * <p>{@link org.shegong.core.privacy.Scrubber} is the last line of defence: it masks anything with
 * the shape of a citizen ID or a mobile number wherever it appears in a text, so that a value in
 * the wrong field never leaves Shegong raw.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core.privacy;

import org.jspecify.annotations.NullMarked;
