/**
 * Shegong for applications on Jackson 2: {@link org.shegong.jackson2.ShegongJackson2Module}, to
 * register on an {@code ObjectMapper}.
 *
 * <p>The module does not bind anything itself: it converts Jackson 2 tokens to Jackson 3 tokens and
 * back, and runs the binders of {@code shegong-serialization} (on Jackson 3, package {@code
 * tools.jackson}, which never clashes with the application's Jackson 2). The JSON is therefore the
 * same, character for character, as {@code ShegongModule}'s on a Jackson 3 {@code JsonMapper}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.jackson2;

import org.jspecify.annotations.NullMarked;
