/**
 * Example: compute the subsidy entitlements of a roster of qualified social workers and check
 * recorded payments against the policy, with {@code shegong-core}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.examples.subsidy;

import org.jspecify.annotations.NullMarked;
