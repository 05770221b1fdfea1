/**
 * Implementation of the division table: a dependency-free CSV reader and the compact, sorted
 * storage behind {@link org.shegong.core.division.DivisionTable}. Not exported; not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core.internal.division;

import org.jspecify.annotations.NullMarked;
