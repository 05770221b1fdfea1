/**
 * Five-party linkage (五社联动): the community, social organisations, social workers, community
 * volunteers and charitable resources working together in a project ({@link
 * org.shegong.core.linkage.FiveSocialLinkage}).
 *
 * @since 0.1.0
 */
@DomainStyle
@NullMarked
package org.shegong.core.linkage;

import org.jspecify.annotations.NullMarked;
import org.shegong.core.internal.DomainStyle;
