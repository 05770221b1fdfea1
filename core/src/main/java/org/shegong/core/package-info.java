/**
 * The Shegong (社工) domain: root of the {@code shegong-core} module.
 *
 * <p>This package holds what every other package of the module shares: the root of the unchecked
 * exception hierarchy. The sub-packages hold identifiers ({@code id}), closed code sets ({@code
 * code}), the administrative-division table ({@code division}) and privacy helpers ({@code
 * privacy}).
 *
 * <p>Unless a method says otherwise, parameters and return values are never {@code null}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core;

import org.jspecify.annotations.NullMarked;
