/**
 * Implementation of {@code shegong-jackson2}: the token converters between Jackson 2 and Jackson 3
 * and the serializers and deserializers that use them. Not exported; not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.jackson2.internal;

import org.jspecify.annotations.NullMarked;
